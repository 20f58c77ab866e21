package org.cardiosleep.app.beats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.wfdb.WfdbHeader;
import org.cardiosleep.io.wfdb.WfdbReader;
import org.cardiosleep.stats.beats.BeatComparator;
import org.cardiosleep.stats.beats.BeatMatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cardiosleep compare-beats --ref REC.atr --test REC.qrs}: beat-by-beat comparison of any
 * detector's annotations with reference annotations per ANSI/AAMI EC57 ({@code bxb} semantics).
 */
@Command(name = "compare-beats", mixinStandardHelpOptions = true,
        description = "Score test beat annotations against reference annotations (ANSI/AAMI EC57, bxb).")
public final class CompareBeatsCommand implements Callable<Integer> {

    @Option(names = "--ref", required = true, description = "Reference annotation file (e.g. 100.atr)")
    Path ref;

    @Option(names = "--test", required = true, description = "Test annotation file (e.g. 100.qrs)")
    Path test;

    @Option(names = "--fs", description = "Sampling rate in Hz (default: from the record header beside --ref)")
    Double fsHz;

    @Option(names = "--start", defaultValue = "300", description = "Start of the evaluation in seconds (EC57: 300; 0 = whole record)")
    double startSec;

    @Option(names = "--window-ms", defaultValue = "150", description = "Match window in ms (EC57: 150)")
    double windowMs;

    @Option(names = "--json", description = "Also write the result as JSON")
    Path json;

    @Override
    public Integer call() throws Exception {
        if (fsHz != null && !(fsHz > 0 && Double.isFinite(fsHz))) {
            throw new UsageException("--fs must be a positive sampling rate in Hz, got " + fsHz);
        }
        if (!(windowMs > 0 && Double.isFinite(windowMs))) {
            throw new UsageException("--window-ms must be positive, got " + windowMs);
        }
        if (!(startSec >= 0 && Double.isFinite(startSec))) {
            throw new UsageException("--start must be 0 or more seconds, got " + startSec);
        }
        for (Path f : new Path[] {ref, test}) {
            if (!Files.isRegularFile(f)) {
                throw new RecordingFormatException(f, Files.isDirectory(f) ? "is a directory, not an annotation file"
                        : "annotation file not found");
            }
        }
        double fs = fsHz != null ? fsHz : samplingRateBeside(ref);
        ReferenceBeats r = ReferenceBeats.read(ref);
        ReferenceBeats t = ReferenceBeats.read(test);
        if (r.beats().length == 0) {
            // with no reference beat Se is undefined: a score would only count false positives
            throw new RecordingFormatException(ref, "no beat annotations in the reference");
        }
        long window = Math.round(windowMs / 1000 * fs);
        BeatMatch m = BeatComparator.compare(r.beats(), t.beats(), Math.round(startSec * fs), Long.MAX_VALUE,
                r.vfEpisodes(), window);
        double mae = 1000 * m.meanAbsErrorSec() / fs; // errors are in samples here
        System.out.printf(Locale.ROOT, "record %s: TP %d FN %d FP %d  Se %.3f %%  +P %.3f %%  F1 %.5f  mean |error| %.1f ms"
                        + "  (from %.0f s, window %.0f ms, %d VF episode(s) excluded)%n",
                ref.getFileName(), m.tp(), m.fn(), m.fp(), m.sensitivityPct(), m.ppvPct(), m.f1(), mae, startSec,
                windowMs, r.vfEpisodes().length);
        if (json != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("ref", ref.toString());
            o.put("test", test.toString());
            o.put("samplingRateHz", fs);
            o.put("startSec", startSec);
            o.put("windowMs", windowMs);
            o.put("tp", m.tp());
            o.put("fn", m.fn());
            o.put("fp", m.fp());
            o.put("se", m.sensitivityPct());
            o.put("ppv", m.ppvPct());
            o.put("f1", m.f1());
            o.put("meanAbsErrorMs", mae);
            o.put("vfEpisodesExcluded", r.vfEpisodes().length);
            byte[] b = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(o);
            AtomicOutput.file(json, tmp -> Files.write(tmp, b));
        }
        return 0;
    }

    /** Sampling rate of the record whose annotation file this is (header {@code REC.hea} beside it). */
    static double samplingRateBeside(Path annotation) throws Exception {
        String name = annotation.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path hea = annotation.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".hea");
        if (!Files.isRegularFile(hea)) {
            throw new UsageException(annotation + ": no header " + hea.getFileName() + " beside it; give --fs");
        }
        return WfdbHeader.read(WfdbReader.headerOf(hea)).frameRateHz();
    }
}
