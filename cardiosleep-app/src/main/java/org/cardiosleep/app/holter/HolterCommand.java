package org.cardiosleep.app.holter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.wfdb.WfdbHeader;
import org.cardiosleep.pheno.holter.HolterAnalysis;
import org.cardiosleep.pheno.holter.HolterInput;
import org.cardiosleep.pheno.holter.HolterResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cardiosleep holter FILE -o OUT}: the Holter report of one recording. Beats come from a
 * beat-annotation file ({@code --beats}, or FILE itself when it is one, or the record's
 * {@code .atr}/{@code .qrs}/{@code .ecg} found beside it); their labels, when the file has them,
 * are used as the beat classes and reported as reference annotations.
 */
@Command(name = "holter", mixinStandardHelpOptions = true,
        description = "Holter phenotypes (rhythm, ectopy, HR, HRV) of one recording: holter.json, beats.csv, "
                + "events.csv and WFDB annotations (REC.hol) in the output directory.")
public final class HolterCommand implements Callable<Integer> {
    private static final String[] BEAT_ANNOTATORS = {"atr", "qrs", "ecg"};

    @Parameters(index = "0", description = "Record (WFDB header or record path) or a WFDB beat-annotation file.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, description = "Output directory (replaced atomically).")
    Path output;

    @Option(names = "--beats", description = "Beat annotation file (.atr, .qrs, .ecg, ...) to use for the beats.")
    Path beats;

    @Option(names = "--start-time", description = "Clock time of the recording start, HH:MM[:SS] (overrides the header).")
    String startTime;

    @Option(names = "--stages", description = "Hypnogram: a text file with one stage per 30-s epoch (W, N1, N2, N3, REM).")
    Path stages;

    @Override
    public Integer call() throws Exception {
        Path beatFile = beatFile();
        AnnotatedBeats b = AnnotatedBeats.read(beatFile);
        String record = recordName(beatFile);
        Path header = beatFile.resolveSibling(record + ".hea");
        WfdbHeader h = WfdbHeader.read(header);
        double duration = b.timeSec()[b.timeSec().length - 1];
        if (h.samplesPerSignal() > 0 && h.signalCount() > 0) {
            duration = Math.max(duration, h.samplesPerSignal() / h.frameRateHz());
        }
        Optional<LocalTime> clock = h.baseTime();
        if (startTime != null) {
            try {
                clock = Optional.of(LocalTime.parse(startTime.length() == 5 ? startTime + ":00" : startTime));
            } catch (DateTimeParseException e) {
                throw new UsageException("--start-time: expected HH:MM or HH:MM:SS, got '" + startTime + "'");
            }
        }
        String[] hyp = stages == null ? null : readStages(stages);
        String classSource = b.classes() == null ? "none (beat file " + beatFile.getFileName() + " has no labels)"
                : "reference annotations " + beatFile.getFileName();
        HolterInput in = new HolterInput(b.timeSec(), b.classes(), classSource, duration, clock, hyp, 30.0);
        long t0 = System.nanoTime();
        HolterResult r = HolterAnalysis.analyze(in);
        double computeSec = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("record", record);
        head.put("source", file.toString());
        head.put("beatSource", "annotation file " + beatFile + " (no QRS detector run)");
        head.put("classSource", classSource);
        head.put("samplingRateHz", b.samplingRateHz());
        head.put("startTime", clock.map(LocalTime::toString).orElse(null));
        head.put("hypnogram", hyp == null ? "none" : stages.toString());
        head.put("computeSeconds", Math.round(computeSec * 1e4) / 1e4);
        Path annName = Path.of(record + ".hol");
        AtomicOutput.directory(output, tmp -> {
            HolterOutputs.json(tmp.resolve("holter.json"), head, r);
            HolterOutputs.beatsCsv(tmp.resolve("beats.csv"), b.samples(), b.timeSec(), b.classes(), r);
            HolterOutputs.eventsCsv(tmp.resolve("events.csv"), r.events());
            HolterOutputs.annotations(tmp.resolve(annName), b.samples(), b.classes(), r.afBeat());
        });
        Map<String, Object> v = r.variables();
        System.out.printf(Locale.ROOT, "%s: %d beats, %.1f h; HR mean %.1f bpm; SDNN %.1f ms; RMSSD %.1f ms; AF burden %.1f %%;"
                        + " %d events; analysis %.3f s -> %s%n", record, b.timeSec().length, duration / 3600,
                num(v.get("HR_MEAN")), num(v.get("SDNN")), num(v.get("RMSSD")), num(v.get("AF_BURDEN_PCT")),
                r.events().size(), computeSec, output);
        return 0;
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The beat annotation file: --beats, FILE itself when it is an annotation file, else REC.atr/.qrs/.ecg. */
    private Path beatFile() throws RecordingFormatException {
        if (beats != null) {
            if (!Files.isRegularFile(beats)) {
                throw new RecordingFormatException(beats, "beat annotation file not found");
            }
            return beats;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        if (!ext.isEmpty() && !ext.equals("hea") && !ext.equals("dat") && Files.isRegularFile(file)
                && Files.isRegularFile(file.resolveSibling(name.substring(0, dot) + ".hea"))) {
            return file;
        }
        String rec = ext.equals("hea") || ext.equals("dat") ? name.substring(0, dot) : name;
        for (String a : BEAT_ANNOTATORS) {
            Path p = file.resolveSibling(rec + "." + a);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new RecordingFormatException(file, "no beat annotations beside the record (" + rec
                + ".atr/.qrs/.ecg) and no QRS detector in this build: give --beats FILE");
    }

    private static String recordName(Path annotationFile) {
        String name = annotationFile.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String[] readStages(Path p) throws Exception {
        if (!Files.isRegularFile(p)) {
            throw new RecordingFormatException(p, "hypnogram file not found");
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            String s = line.trim();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s.split("[\\s,;]+")[0]);
            }
        }
        return out.toArray(new String[0]);
    }
}
