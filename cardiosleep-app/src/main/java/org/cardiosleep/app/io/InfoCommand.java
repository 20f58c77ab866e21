package org.cardiosleep.app.io;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.SignalInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cardiosleep info FILE...}: a header summary of each recording. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print a summary of recordings: channels, rates, duration, annotations.")
public final class InfoCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "EDF/EDF+/BDF, WFDB (.hea or record name), ISHNE Holter or CSV files.")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON (one array of objects) instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> all = new ArrayList<>();
        for (Path f : files) {
            try (Recording r = Recordings.open(f)) {
                Map<String, Object> m = summary(r);
                if (json) {
                    all.add(m);
                } else {
                    printText(out, r);
                }
            }
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all));
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> summary(Recording r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.source().toString());
        m.put("format", r.format());
        m.put("start", r.startTime().map(Object::toString).orElse(null));
        m.put("durationSec", r.durationSec());
        m.put("segments", r.segments().size());
        m.put("annotations", r.annotations().size());
        m.put("details", r.details());
        List<Map<String, Object>> sig = new ArrayList<>();
        for (SignalInfo s : r.signals()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", s.label());
            x.put("samplingRateHz", s.samplingRateHz());
            x.put("samples", s.sampleCount());
            x.put("unit", s.physicalUnit());
            x.put("physicalMin", s.physicalMin());
            x.put("physicalMax", s.physicalMax());
            x.put("digitalMin", s.digitalMin());
            x.put("digitalMax", s.digitalMax());
            sig.add(x);
        }
        m.put("signals", sig);
        return m;
    }

    private static void printText(PrintWriter out, Recording r) {
        out.printf("%s  (%s)%n", r.source(), r.format());
        out.printf("  start       %s%n", r.startTime().map(Object::toString).orElse("unknown"));
        out.printf("  duration    %s (%.1f s)%s%n", hms(r.durationSec()), r.durationSec(),
                r.segments().size() > 1 ? ", " + r.segments().size() + " segments" : "");
        out.printf("  annotations %d%n", r.annotations().size());
        r.details().forEach((k, v) -> {
            if (!v.isBlank()) {
                out.printf("  %-11s %s%n", k, v);
            }
        });
        out.printf("  %-3s %-20s %10s %12s %-6s %s%n", "#", "label", "rate (Hz)", "samples", "unit", "physical range");
        int i = 0;
        for (SignalInfo s : r.signals()) {
            out.printf("  %-3d %-20s %10.4g %12d %-6s %.4g .. %.4g%n", i++, s.label(), s.samplingRateHz(),
                    s.sampleCount(), s.physicalUnit(), s.physicalMin(), s.physicalMax());
        }
    }

    static String hms(double sec) {
        long s = Math.round(sec);
        return String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
