package org.cardiosleep.app.holter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cardiosleep.app.DataDirs;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.io.wfdb.WfdbHeader;
import org.cardiosleep.signal.rhythm.AfDetector;
import org.cardiosleep.signal.rhythm.AfScoring;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cardiosleep bench af}: beat-by-beat AF detection against the rhythm annotations of the
 * MIT-BIH Atrial Fibrillation database (when present) or the AF/flutter episodes of MIT-BIH
 * Arrhythmia. The entropy threshold of each scored record is chosen on the other records only
 * (leave-one-record-out).
 */
@Command(name = "af", mixinStandardHelpOptions = true,
        description = "AF detection: per-beat Se/Sp and episode Se/+P against rhythm annotations (LORO threshold).")
public final class AfBenchCommand implements Callable<Integer> {
    @Option(names = "--data", description = "Database directory (default: $CARDIOSLEEP_DATA/afdb when present, else mitdb).")
    Path data;

    @Option(names = "--json", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--rr-only", description = "Ignore the reference beat classes (RR intervals only).")
    boolean rrOnly;

    @Option(names = "--detector", description = "Beat times: 'reference' (annotation beats, default) or 'ours' "
            + "(our QRS detector on the ECG; no beat classes).", defaultValue = "reference")
    String detector;

    @Option(names = "--our-classes", description = "With --detector ours: classify the detected beats with our beat"
            + " classifier, cross-fitted (DS1 records by a model trained on DS2 in this run, others by the shipped"
            + " DS1 model), and leave out intervals touching V/F/Q beats as with reference classes.")
    boolean ourClasses;

    @Option(names = "--method", description = "Detector: 'entropy' (word entropy, the one the holter command uses;"
            + " threshold fitted leave-one-record-out; default) or 'gbm' (gradient-boosted trees over RR and atrial"
            + " features, trained leave-one-record-out) or 'logistic' (logistic regression over the same features) or 'ensemble' (mean of both).",
            defaultValue = "entropy")
    String method;

    @Option(names = "--beats-csv", description = "With --method gbm: write every scored beat (record, truth, "
            + "out-of-record probability, decision) to this CSV.")
    Path beatsCsv;

    @Override
    public Integer call() throws Exception {
        Path dir = data;
        if (dir == null) {
            Path afdb = DataDirs.root().resolve("afdb");
            dir = Files.isDirectory(afdb) ? afdb : DataDirs.database(null, "mitdb");
        } else {
            dir = DataDirs.database(dir, "mitdb");
        }
        if (!detector.equals("reference") && !detector.equals("ours")) {
            throw new org.cardiosleep.app.UsageException("--detector must be 'reference' or 'ours'");
        }
        if (!List.of("entropy", "gbm", "logistic", "ensemble").contains(method)) {
            throw new org.cardiosleep.app.UsageException("--method must be 'entropy', 'gbm', 'logistic' or 'ensemble'");
        }
        Path nsr = DataDirs.root().resolve("nsr2db");
        boolean ours = detector.equals("ours");
        if (ourClasses && (!ours || rrOnly || !method.equals("entropy"))) {
            throw new org.cardiosleep.app.UsageException("--our-classes needs --detector ours, the entropy method and"
                    + " no --rr-only");
        }
        BenchReport report;
        if (!method.equals("entropy")) {
            report = AfModelBenchmark.run(dir, rrOnly, ours, ours ? null : nsr, beatsCsv, method);
        } else {
            if (ourClasses) {
                try (org.cardiosleep.app.beatclass.CrossFittedBeatModels models =
                             org.cardiosleep.app.beatclass.CrossFittedBeatModels.train(DataDirs.database(null, "mitdb"))) {
                    report = AfBenchmark.run(dir, false, true, models);
                }
            } else {
                report = AfBenchmark.run(dir, rrOnly, ours, null);
            }
            if (Files.isDirectory(nsr) && !ours) {
                AfBenchmark.externalSpecificity(report, nsr, rrOnly);
            }
        }
        if (json != null) {
            report.write(json);
        }
        Map<String, Object> m = report.metrics();
        System.out.printf("bench af on %s: AF+AFL per-beat Se %.2f %%, Sp %.2f %%; episode Se %.2f %%, +P %.2f %%%n",
                dir, m.get("se"), m.get("sp"), m.get("episodeSe"), m.get("episodePpv"));
        System.out.printf("  AFIB only: Se %.2f %%, Sp %.2f %%%n", m.get("afibOnlySe"), m.get("afibOnlySp"));
        if (m.containsKey("fixedThreshold")) {
            System.out.printf("  fixed threshold %.3f: Se %.2f %%, Sp %.2f %%%n", m.get("fixedThreshold"), m.get("fixedSe"),
                    m.get("fixedSp"));
        }
        if (m.containsKey("nsr2dbSp")) {
            System.out.printf("  nsr2db (no AF, %s records, fixed threshold): per-beat Sp %.2f %%%n", m.get("nsr2dbRecords"),
                    m.get("nsr2dbSp"));
        }
        return 0;
    }

    /** The evaluation itself (also used by tests). */
    static final class AfBenchmark {
        private AfBenchmark() {
        }

        static BenchReport run(Path dir, boolean rrOnly) throws Exception {
            return run(dir, rrOnly, false, null);
        }

        /** With {@code ownClasses} (our detector only), the detected beats are classified out of sample. */
        static BenchReport run(Path dir, boolean rrOnly, boolean ownDetector,
                               org.cardiosleep.app.beatclass.CrossFittedBeatModels ownClasses) throws Exception {
            BenchReport report = new BenchReport("af").dataset(dir.getFileName().toString());
            List<String> names = records(dir);
            double[] grid = AfScoring.thresholdGrid();
            List<String> used = new ArrayList<>();
            List<double[]> entropies = new ArrayList<>();
            List<byte[]> truthAll = new ArrayList<>();
            List<double[]> times = new ArrayList<>();
            List<byte[]> truthAfib = new ArrayList<>();
            List<long[][]> confAll = new ArrayList<>();
            List<long[][]> confAfib = new ArrayList<>();
            boolean classesUsed = false;
            List<String> withoutSignal = new ArrayList<>();
            for (String rec : names) {
                if (ownDetector && !hasSignals(dir, rec)) {
                    withoutSignal.add(rec);
                    continue;
                }
                AnnotatedBeats b = ownDetector ? detected(dir, rec, ownClasses) : AnnotatedBeats.readRecord(dir, rec);
                if (b.samples().length < 10) {
                    continue;
                }
                byte[] cls = rrOnly ? null : b.classes();
                classesUsed |= cls != null;
                double[] h = AfDetector.entropy(b.timeSec(), cls);
                byte[] ta = b.afTruth(true);
                byte[] tf = b.afTruth(false);
                used.add(rec);
                entropies.add(h);
                times.add(b.timeSec());
                truthAll.add(ta);
                truthAfib.add(tf);
                confAll.add(AfScoring.confusion(h, ta, grid));
                confAfib.add(AfScoring.confusion(h, tf, grid));
            }
            int fixed = AfScoring.bestThreshold(confAll);
            long[] tot = new long[4], totAfib = new long[4], totFixed = new long[4], totWindows = new long[4];
            int[] ep = new int[4];
            for (int r = 0; r < used.size(); r++) {
                List<long[][]> others = new ArrayList<>(confAll);
                others.remove(r);
                int g = AfScoring.bestThreshold(others);
                List<long[][]> othersAfib = new ArrayList<>(confAfib);
                othersAfib.remove(r);
                int gf = AfScoring.bestThreshold(othersAfib);
                boolean[] af = AfDetector.decide(entropies.get(r), grid[g]);
                long[] c = AfScoring.confusion(af, truthAll.get(r));
                long[] cf = confAfib.get(r)[gf];
                long[] cx = confAll.get(r)[fixed];
                int[] e = AfScoring.episodes(truthAll.get(r), af);
                long[] cw = windows(times.get(r), truthAll.get(r), af, WINDOW_SEC);
                for (int k = 0; k < 4; k++) {
                    totWindows[k] += cw[k];
                    tot[k] += c[k];
                    totAfib[k] += cf[k];
                    totFixed[k] += cx[k];
                    ep[k] += e[k];
                }
                report.record(AnnotatedBeats.afRow(used.get(r), "threshold", round(grid[g], 3),
                        entropies.get(r).length, c, e));
            }
            report.protocol("Per-beat AF+AFL vs non-AF (rhythm aux in force at each beat), all records of "
                    + dir.getFileName() + " with beat annotations; beats = "
                    + (ownDetector ? "our QRS detector on the first ECG channel (rhythm label in force at each detected beat)"
                    : "reference annotation times")
                    + (classesUsed ? " and " + (ownClasses != null
                    ? org.cardiosleep.app.beatclass.CrossFittedBeatModels.description() : "reference AAMI classes")
                    + " (intervals touching V/F/Q beats left out before symbolisation)" : " only (RR intervals, no classes)")
                    + "; detector: normalised Shannon entropy of 3-symbol heart-rate words over 127 beats (after Zhou 2014),"
                    + " run-length filter 20 beats; the entropy threshold of each record is the one maximising min(Se,Sp)"
                    + " on the other records (leave-one-record-out, grid 0.700-1.000 step 0.005). Episode Se: true"
                    + " episodes overlapped by a detection; episode +P: detected episodes overlapping a true one."
                    + " AFIB-only: AFL beats not scored. fixed*: one threshold fitted on all records (not cross-validated)."
                    + " window30*: the same per-beat decisions scored per 30-s window from the record start, a window AF"
                    + " when at least half its beats are, in the reference and in the decisions alike.");
            NsrSpecificity.putAfFigures(report, tot, totAfib, ep);
            report.metric("window30Se", pct(totWindows[0], totWindows[0] + totWindows[1]));
            report.metric("window30Sp", pct(totWindows[3], totWindows[3] + totWindows[2]));
            report.metric("windows30", totWindows[0] + totWindows[1] + totWindows[2] + totWindows[3]);
            report.metric("fixedThreshold", round(grid[fixed], 3));
            report.metric("fixedSe", pct(totFixed[0], totFixed[0] + totFixed[1]));
            report.metric("fixedSp", pct(totFixed[3], totFixed[3] + totFixed[2]));
            report.metric("positiveBeats", tot[0] + tot[1]);
            report.metric("negativeBeats", tot[2] + tot[3]);
            report.metric("inputClasses", !classesUsed ? "none" : ownClasses != null ? "ours, cross-fitted" : "reference");
            noteWithoutSignal(report, withoutSignal);
            return report;
        }

        /** Window length of the per-window figures (s). */
        static final double WINDOW_SEC = 30;

        /**
         * {TP, FN, FP, TN} over the windows of {@code windowSec} from time 0 that hold at least one
         * beat: a window is AF in the reference when at least half of its scored beats are positive
         * (ignored beats left out; a window with none is not scored), and called AF when at least
         * half of its beats are.
         */
        static long[] windows(double[] t, byte[] truth, boolean[] af, double windowSec) {
            long[] c = new long[4];
            int i = 0;
            while (i < t.length) {
                long w = (long) Math.floor(t[i] / windowSec);
                int beats = 0, called = 0, scored = 0, positive = 0;
                for (; i < t.length && (long) Math.floor(t[i] / windowSec) == w; i++) {
                    beats++;
                    called += af[i] ? 1 : 0;
                    if (truth[i] != AfScoring.IGNORED) {
                        scored++;
                        positive += truth[i] == AfScoring.POSITIVE ? 1 : 0;
                    }
                }
                if (scored == 0) {
                    continue;
                }
                boolean isAf = 2 * positive >= scored, calledAf = 2 * called >= beats;
                c[isAf ? (calledAf ? 0 : 1) : (calledAf ? 2 : 3)]++;
            }
            return c;
        }

        /**
         * External specificity: the share of beats not called AF over the 24-h sinus-rhythm Holter
         * records of nsr2db (no AF there), with the threshold fitted on the main database — none of
         * these records took part in any fitting.
         */
        static void externalSpecificity(BenchReport report, Path nsr, boolean rrOnly) throws Exception {
            double threshold = (double) report.metrics().get("fixedThreshold");
            NsrSpecificity.score(report, nsr,
                    b -> AfDetector.decide(AfDetector.entropy(b.timeSec(), rrOnly ? null : b.classes()), threshold),
                    "threshold fixedThreshold from the main database, "
                            + (rrOnly ? "RR only" : "reference beat classes from the .ecg labels"));
        }

        /** Beats found by our detector, with the reference rhythm in force at each. */
        static AnnotatedBeats detected(Path dir, String rec) throws Exception {
            return detected(dir, rec, null);
        }

        static AnnotatedBeats detected(Path dir, String rec,
                                       org.cardiosleep.app.beatclass.CrossFittedBeatModels ownClasses) throws Exception {
            AnnotatedBeats ref = AnnotatedBeats.readRecord(dir, rec);
            try (org.cardiosleep.io.Recording r = org.cardiosleep.io.Recordings.open(dir.resolve(rec + ".hea"))) {
                int ch = org.cardiosleep.io.ChannelPicker.pick(r, org.cardiosleep.io.ChannelPicker.Kind.ECG, null);
                double fs = r.signals().get(ch).samplingRateHz();
                long[] s = org.cardiosleep.signal.qrs.QrsDetector.detect(r.readPhysical(ch), fs);
                double[] t = new double[s.length];
                String[] rhythm = new String[s.length];
                int k = 0;
                for (int i = 0; i < s.length; i++) {
                    t[i] = s[i] / fs;
                    while (k + 1 < ref.samples().length && ref.samples()[k + 1] <= s[i]) {
                        k++;
                    }
                    rhythm[i] = ref.rhythm()[k];
                }
                byte[] classes = ownClasses == null ? null
                        : DetectedBeats.classes(r, ch, s, ownClasses.forRecord(rec));
                return new AnnotatedBeats(ref.file(), fs, s, t, classes, rhythm);
            }
        }

        /** Whether the record's header names signal files that are there (AFDB ships two records without). */
        static boolean hasSignals(Path dir, String rec) throws Exception {
            return WfdbHeader.read(dir.resolve(rec + ".hea")).signalFilesPresent();
        }

        /**
         * Records left out because an ECG-based variant needs their signals and they have none:
         * counted in {@code recordsWithoutSignal}, named in {@code recordsLeftOut}, and said on stderr.
         */
        static void noteWithoutSignal(BenchReport report, List<String> withoutSignal) {
            report.metric("recordsWithoutSignal", withoutSignal.size());
            if (!withoutSignal.isEmpty()) {
                report.extra("recordsLeftOut", List.copyOf(withoutSignal));
                System.err.println("cardiosleep: note: left out (no signal files, needed for this variant): "
                        + String.join(" ", withoutSignal));
            }
        }

        static List<String> records(Path dir) throws Exception {
            Path list = dir.resolve("RECORDS");
            List<String> out = new ArrayList<>();
            if (Files.isRegularFile(list)) {
                for (String line : Files.readAllLines(list)) {
                    String r = line.trim();
                    if (!r.isEmpty() && Files.isRegularFile(dir.resolve(r + ".atr"))) {
                        out.add(r);
                    }
                }
            }
            if (out.isEmpty()) {
                throw new org.cardiosleep.app.UsageException(dir + ": no RECORDS file listing records with .atr annotations");
            }
            return out;
        }

        private static double pct(long a, long b) {
            return b == 0 ? Double.NaN : round(100.0 * a / b, 2);
        }

        private static double round(double v, int digits) {
            double f = Math.pow(10, digits);
            return Math.round(v * f) / f;
        }
    }
}
