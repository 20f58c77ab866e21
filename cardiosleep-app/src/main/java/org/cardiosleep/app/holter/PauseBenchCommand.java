package org.cardiosleep.app.holter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.cardiosleep.app.DataDirs;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.app.beats.ReferenceBeats;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.pheno.analyze.ProgressListener;
import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.signal.rhythm.RhythmEvents;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cardiosleep bench pauses}: the pauses {@code holter} reports against those of the reference
 * beat annotations, on every record of a WFDB database with a {@code .atr}. A pause is an RR interval
 * of at least {@link RhythmEvents#PAUSE_SEC} s; a detected one is true when a reference pause starts and
 * ends within {@value #MATCH_SEC} s of it. The beats are holter's own (our QRS detector, the signal
 * quality check, the second lead, the baseline check of {@link org.cardiosleep.pheno.holter.PauseBaseline}),
 * on channel 0, once with the record's second lead and once without it. Doubtful pauses are scored
 * apart: one that matches a reference pause is a true pause the check hid. Intervals that overlap a
 * ventricular flutter/fibrillation episode ({@code [} to {@code ]}, where the annotators mark no QRS)
 * are not scored, as EC57 leaves those episodes out.
 */
@Command(name = "pauses", mixinStandardHelpOptions = true,
        description = "Pauses (RR >= 2 s) as holter reports them, against the reference beat annotations, with and "
                + "without the second lead.")
public final class PauseBenchCommand implements Callable<Integer> {
    /** Both ends of a detected pause within this of a reference pause's (s): the EC57 beat-match window. */
    static final double MATCH_SEC = 0.15;

    @Option(names = "--data", description = "WFDB database directory (default: mitdb under the data root).")
    Path data;

    @Option(names = "--json", description = "Write the JSON report here.")
    Path json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = DataDirs.database(data, "mitdb");
        List<String> records;
        try (Stream<Path> s = Files.list(dir)) {
            records = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".atr"))
                    .map(f -> f.substring(0, f.length() - 4)).filter(r -> Files.exists(dir.resolve(r + ".hea")))
                    .sorted().toList();
        }
        if (records.isEmpty()) {
            throw new UsageException(dir + ": no record with a .hea and a .atr");
        }
        long t0 = System.nanoTime();
        BenchReport report = new BenchReport("pauses").dataset(dir.toAbsolutePath().normalize().toString());
        report.protocol("pauses = RR intervals >= " + RhythmEvents.PAUSE_SEC + " s; reference: beat annotations of .atr; "
                + "detected: holter's beats on channel 0 (our QRS detector, beats in flat/saturated/clipped seconds "
                + "dropped, intervals across lost signal not pauses, doubtful pauses (baseline swing > 1 QRS) apart), "
                + "with the record's second lead (fill and pause check) and without it; a detected pause is true when "
                + "a reference pause starts and ends within " + MATCH_SEC + " s of it; intervals overlapping ventricular flutter/fibrillation episodes ([ to ], no QRS annotated) not scored; doubtfulTrue = doubtful pauses "
                + "that match a reference pause (true pauses hidden)");
        Score with = new Score(), without = new Score();
        List<String> skipped = new ArrayList<>();
        for (String r : records) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("record", r);
            DetectedBeats.Result two, one;
            ReferenceBeats refBeats;
            double fs;
            try (Recording rec = Recordings.open(dir.resolve(r + ".hea"))) {
                fs = rec.signals().get(0).samplingRateHz();
                refBeats = ReferenceBeats.read(dir.resolve(r + ".atr"));
                two = DetectedBeats.run(rec, 0, ProgressListener.NONE, true);
                one = DetectedBeats.run(rec, 0, ProgressListener.NONE, false);
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("cardiosleep: skipping " + r + ": " + e.getMessage());
                skipped.add(r + ": " + e.getMessage());
                continue;
            }
            double[] ref = referencePauses(refBeats, fs);
            row.put("reference", ref.length / 2);
            with.add(ref, refBeats, two, fs, row, "");
            without.add(ref, refBeats, one, fs, row, "OneLead");
            if (((Number) row.get("reference")).intValue() > 0 || ((Number) row.get("detected")).intValue() > 0
                    || ((Number) row.get("detectedOneLead")).intValue() > 0 || ((Number) row.get("doubtful")).intValue() > 0
                    || ((Number) row.get("doubtfulOneLead")).intValue() > 0) {
                report.record(row);
            }
        }
        with.metrics(report, "");
        without.metrics(report, "OneLead");
        report.metric("records", records.size() - skipped.size());
        report.extra("skipped", skipped);
        report.extra("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1000.0);
        if (json != null) {
            report.write(json);
        }
        spec.commandLine().getOut().println(with.line("bench pauses on " + dir + ", with the second lead"));
        spec.commandLine().getOut().println(without.line("  channel 0 alone"));
        return 0;
    }

    /** Reference pauses as {start, end} pairs (s), flattened; none overlapping ventricular flutter. */
    private static double[] referencePauses(ReferenceBeats ref, double fs) {
        long[] b = ref.beats();
        List<Double> out = new ArrayList<>();
        for (int i = 1; i < b.length; i++) {
            if ((b[i] - b[i - 1]) / fs >= RhythmEvents.PAUSE_SEC && !inFlutter(ref, b[i - 1] / fs, b[i] / fs, fs)) {
                out.add(b[i - 1] / fs);
                out.add(b[i] / fs);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Whether (a, b) (s) overlaps a ventricular flutter/fibrillation episode, where no QRS is annotated. */
    private static boolean inFlutter(ReferenceBeats ref, double a, double b, double fs) {
        for (long[] e : ref.vfEpisodes()) {
            if (a * fs < e[1] && b * fs > e[0]) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(double[] ref, double a, double b) {
        for (int k = 0; k < ref.length; k += 2) {
            if (Math.abs(ref[k] - a) <= MATCH_SEC && Math.abs(ref[k + 1] - b) <= MATCH_SEC) {
                return true;
            }
        }
        return false;
    }

    /** Pause counts over the records, for one way of finding the beats. */
    private static final class Score {
        int reference, detected, truePauses, doubtful, doubtfulTrue;

        void add(double[] ref, ReferenceBeats refBeats, DetectedBeats.Result d, double fs, Map<String, Object> row,
                 String suffix) {
            long[] s = d.samples();
            SignalLoss loss = d.signalLoss();
            int det = 0, tp = 0;
            for (int i = 1; i < s.length; i++) {
                double a = s[i - 1] / fs, b = s[i] / fs;
                if (b - a >= RhythmEvents.PAUSE_SEC && !loss.spans(a, b) && !inFlutter(refBeats, a, b, fs)) {
                    det++;
                    tp += matches(ref, a, b) ? 1 : 0;
                }
            }
            int dt = 0, nd = 0;
            for (double[] p : loss.doubtfulPauses()) {
                if (!inFlutter(refBeats, p[0], p[1], fs)) {
                    nd++;
                    dt += matches(ref, p[0], p[1]) ? 1 : 0;
                }
            }
            int matched = 0;
            for (int k = 0; k < ref.length; k += 2) {
                for (int i = 1; i < s.length; i++) {
                    if (Math.abs(s[i - 1] / fs - ref[k]) <= MATCH_SEC && Math.abs(s[i] / fs - ref[k + 1]) <= MATCH_SEC
                            && !loss.spans(s[i - 1] / fs, s[i] / fs)) {
                        matched++;
                        break;
                    }
                }
            }
            reference += ref.length / 2;
            detected += det;
            truePauses += tp;
            doubtful += nd;
            doubtfulTrue += dt;
            row.put("detected" + suffix, det);
            row.put("true" + suffix, tp);
            row.put("missed" + suffix, ref.length / 2 - matched);
            row.put("doubtful" + suffix, nd);
            row.put("doubtfulTrue" + suffix, dt);
        }

        void metrics(BenchReport report, String suffix) {
            report.metric("referencePauses", reference);
            report.metric("detected" + suffix, detected);
            report.metric("true" + suffix, truePauses);
            report.metric("false" + suffix, detected - truePauses);
            report.metric("se" + suffix, pct(truePauses, reference));
            report.metric("ppv" + suffix, pct(truePauses, detected));
            report.metric("doubtful" + suffix, doubtful);
            report.metric("doubtfulTrue" + suffix, doubtfulTrue);
        }

        String line(String head) {
            return String.format(Locale.ROOT, "%s: %d reference pauses; %d detected, %d true (Se %s, +P %s); "
                    + "%d doubtful (%d of them reference pauses)", head, reference, detected, truePauses,
                    shown(pct(truePauses, reference)), shown(pct(truePauses, detected)), doubtful, doubtfulTrue);
        }

        private static String shown(double pct) {
            return Double.isNaN(pct) ? "n/a" : pct + " %";
        }

        private static double pct(int a, int b) {
            return b == 0 ? Double.NaN : Math.round(1000.0 * a / b) / 10.0;
        }
    }
}
