package org.cardiosleep.app.holter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.pheno.rhythm.AfLogistic;
import org.cardiosleep.pheno.rhythm.AfModel;
import org.cardiosleep.signal.rhythm.AfDetector;
import org.cardiosleep.signal.rhythm.AfFeatures;
import org.cardiosleep.signal.rhythm.AfScoring;

/**
 * {@code bench af --method gbm}: the learned AF detector ({@link AfModel}) scored
 * leave-one-record-out — the model scoring a record is trained on the other records only — and,
 * with a model trained on every record of the main database, the specificity on nsr2db.
 */
final class AfModelBenchmark {
    private AfModelBenchmark() {
    }

    /** One record's inputs. */
    private record Rec(String name, double[] t, double[][] x, byte[] truthAll, byte[] truthAfib) {
    }

    static BenchReport run(Path dir, boolean rrOnly, boolean ownDetector, Path nsr, Path beatsCsv) throws Exception {
        return run(dir, rrOnly, ownDetector, nsr, beatsCsv, "gbm");
    }

    /**
     * {@code method}: "gbm" ({@link AfModel}), "logistic" ({@link AfLogistic}) or "ensemble" (mean
     * of the two probabilities).
     */
    static BenchReport run(Path dir, boolean rrOnly, boolean ownDetector, Path nsr, Path beatsCsv, String method)
            throws Exception {
        boolean logistic = method.equals("logistic");
        boolean useEcg = !rrOnly;
        StringBuilder csv = beatsCsv == null ? null : new StringBuilder("record,beat,time_s,truth,probability,af\n");
        BenchReport report = new BenchReport("af").dataset(dir.getFileName().toString());
        List<Rec> recs = new ArrayList<>();
        boolean classesUsed = false;
        List<String> withoutSignal = new ArrayList<>();
        for (String name : AfBenchCommand.AfBenchmark.records(dir)) {
            if ((ownDetector || useEcg) && !AfBenchCommand.AfBenchmark.hasSignals(dir, name)) {
                withoutSignal.add(name);
                continue;
            }
            AnnotatedBeats b = ownDetector ? AfBenchCommand.AfBenchmark.detected(dir, name) : AnnotatedBeats.readRecord(dir, name);
            if (b.samples().length < 10) {
                continue;
            }
            byte[] cls = rrOnly ? null : b.classes();
            classesUsed |= cls != null;
            double[][] atrial = useEcg ? atrial(dir, name, b) : null;
            recs.add(new Rec(name, b.timeSec(), AfFeatures.compute(b.timeSec(), cls, atrial), b.afTruth(true),
                    b.afTruth(false)));
        }
        // 1. out-of-record probabilities: the model scoring record r never saw r
        List<double[]> prob = new ArrayList<>();
        for (int r = 0; r < recs.size(); r++) {
            List<double[][]> xs = new ArrayList<>();
            List<byte[]> ys = new ArrayList<>();
            for (int j = 0; j < recs.size(); j++) {
                if (j != r) {
                    xs.add(recs.get(j).x());
                    ys.add(recs.get(j).truthAll());
                }
            }
            prob.add(fit(method, xs, ys).apply(recs.get(r).x()));
        }
        // 2. post-processing grid: confusion of every record under every setting
        int[][] post = PostGrid.settings();
        List<long[][]> conf = new ArrayList<>();
        for (int r = 0; r < recs.size(); r++) {
            long[][] c = new long[post.length][];
            for (int g = 0; g < post.length; g++) {
                c[g] = AfScoring.confusion(PostGrid.decide(prob.get(r), post[g]), recs.get(r).truthAll());
            }
            conf.add(c);
        }
        int apriori = PostGrid.index(post, AfModel.MEDIAN_BEATS, AfModel.THRESHOLD, AfModel.MIN_RUN_BEATS);
        long[] tot = new long[4], totAfib = new long[4], totApriori = new long[4];
        int[] ep = new int[4];
        for (int r = 0; r < recs.size(); r++) {
            List<long[][]> others = new ArrayList<>(conf);
            others.remove(r);
            int g = AfScoring.bestThreshold(others);
            Rec rec = recs.get(r);
            double[] p = prob.get(r);
            boolean[] af = PostGrid.decide(p, post[g]);
            if (csv != null) {
                for (int i = 0; i < af.length; i++) {
                    csv.append(rec.name()).append(',').append(i).append(',').append(String.format("%.3f", rec.t()[i]))
                            .append(',').append(rec.truthAll()[i]).append(',').append(String.format("%.4f", p[i]))
                            .append(',').append(af[i] ? 1 : 0).append('\n');
                }
            }
            long[] c = AfScoring.confusion(af, rec.truthAll());
            long[] cf = AfScoring.confusion(af, rec.truthAfib());
            long[] ca = conf.get(r)[apriori];
            int[] e = AfScoring.episodes(rec.truthAll(), af);
            for (int k = 0; k < 4; k++) {
                tot[k] += c[k];
                totAfib[k] += cf[k];
                totApriori[k] += ca[k];
                ep[k] += e[k];
            }
            report.record(AnnotatedBeats.afRow(rec.name(), "post", PostGrid.describe(post[g]), af.length, c, e));
        }
        int fixedPost = AfScoring.bestThreshold(conf);
        if (csv != null) {
            org.cardiosleep.app.AtomicOutput.file(beatsCsv, tmp -> Files.writeString(tmp, csv));
        }
        report.protocol("Per-beat AF+AFL vs non-AF (rhythm aux in force at each beat), all records of "
                + dir.getFileName() + " with beat annotations; beats = "
                + (ownDetector ? "our QRS detector on the first ECG channel (rhythm label in force at each detected beat)"
                : "reference annotation times")
                + (classesUsed ? " and reference AAMI classes" : " only (RR intervals, no classes)")
                + (useEcg ? ", plus atrial activity from the first ECG channel (P-wave template correlation and"
                + " organisation over 17 beats)" : ", no ECG morphology")
                + "; detector: " + (method.equals("ensemble") ? "mean probability of L2 logistic regression (ridge "
                + AfLogistic.LAMBDA + ", standardised features clipped at 4 SD) and of " : "")
                + (logistic ? "L2 logistic regression (ridge " + AfLogistic.LAMBDA
                + ", standardised features, balanced classes, IRLS)" : "gradient-boosted trees (cardiosleep-learn GBM:"
                + " 200 rounds, rate 0.05, depth 3, leaf hessian >= 20, balanced classes)") + " over " + AfFeatures.count()
                + " per-beat RR-irregularity features (AfFeatures: nRMSSD, successive-difference shares, turning points,"
                + " CV over centred 16/32-interval and one-sided 32-interval windows of the supraventricular and"
                + " ectopy-robust (A: supraventricular, B: N-N without premature/post-premature intervals, C: ectopic"
                + " beats deleted so intervals span them, R: all intervals) interval series, word entropy 127/63, integer-multiple residual,"
                + " heart rate, beat-class shares), trained on every "
                + AfModel.TRAIN_STRIDE + "th beat of the other " + (recs.size() - 1) + " records (leave-one-record-out:"
                + " the scored record never takes part in training); post-processing (median filter of the"
                + " probability, threshold, shortest run/gap) chosen for each scored record from the grid "
                + PostGrid.DESCRIPTION + " as the setting maximising min(Se,Sp) over the out-of-record probabilities"
                + " of the other records (those probabilities come from models that did include the scored record in"
                + " training; the a-priori setting median " + AfModel.MEDIAN_BEATS + ", threshold " + AfModel.THRESHOLD
                + ", run " + AfModel.MIN_RUN_BEATS + " is reported as apriori*, free of that second-order effect). Episode Se: true episodes overlapped"
                + " by a detection; episode +P: detected episodes overlapping a true one. AFIB-only: same decisions,"
                + " AFL beats not scored.");
        NsrSpecificity.putAfFigures(report, tot, totAfib, ep);
        report.metric("aprioriSe", pct(totApriori[0], totApriori[0] + totApriori[1]));
        report.metric("aprioriSp", pct(totApriori[3], totApriori[3] + totApriori[2]));
        report.metric("fixedPost", PostGrid.describe(post[fixedPost]));
        report.metric("positiveBeats", tot[0] + tot[1]);
        report.metric("negativeBeats", tot[2] + tot[3]);
        report.metric("inputClasses", classesUsed ? "reference" : "none");
        report.metric("method", method);
        AfBenchCommand.AfBenchmark.noteWithoutSignal(report, withoutSignal);
        if (nsr != null && Files.isDirectory(nsr)) {
            List<double[][]> xs = new ArrayList<>();
            List<byte[]> ys = new ArrayList<>();
            int na = org.cardiosleep.signal.rhythm.AtrialActivity.names().length;
            for (Rec rec : recs) {
                double[][] x = rec.x();
                if (useEcg) { // nsr2db ships beats only: the model for it is trained without the ECG columns
                    x = new double[x.length][];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = rec.x()[i].clone();
                        java.util.Arrays.fill(x[i], x[i].length - na, x[i].length, Double.NaN);
                    }
                }
                xs.add(x);
                ys.add(rec.truthAll());
            }
            recs.clear();
            externalSpecificity(report, fit(method, xs, ys), post[fixedPost], nsr, rrOnly);
        }
        return report;
    }

    /** The probability function of a model of the given method trained on these records. */
    private static java.util.function.Function<double[][], double[]> fit(String method, List<double[][]> xs, List<byte[]> ys) {
        if (method.equals("logistic")) {
            return AfLogistic.fit(xs, ys)::probability;
        }
        AfModel trees = AfModel.fit(xs, ys);
        if (method.equals("gbm")) {
            return trees::probability;
        }
        AfLogistic lr = AfLogistic.fit(xs, ys);
        return x -> {
            double[] a = trees.probability(x), b = lr.probability(x);
            for (int i = 0; i < a.length; i++) {
                a[i] = 0.5 * (a[i] + b[i]);
            }
            return a;
        };
    }

    /** Atrial-activity features from the first ECG channel of the record. */
    private static double[][] atrial(Path dir, String name, AnnotatedBeats b) throws Exception {
        try (org.cardiosleep.io.Recording r = org.cardiosleep.io.Recordings.open(dir.resolve(name + ".hea"))) {
            int ch = org.cardiosleep.io.ChannelPicker.pick(r, org.cardiosleep.io.ChannelPicker.Kind.ECG, null);
            double fs = r.signals().get(ch).samplingRateHz();
            return org.cardiosleep.signal.rhythm.AtrialActivity.features(r.readPhysical(ch), fs, b.samples(), b.classes());
        }
    }

    /** Specificity on nsr2db with the model trained on all records of the main database. */
    private static void externalSpecificity(BenchReport report, java.util.function.Function<double[][], double[]> model,
            int[] post, Path nsr, boolean rrOnly)
            throws Exception {
        NsrSpecificity.score(report, nsr,
                b -> PostGrid.decide(model.apply(AfFeatures.compute(b.timeSec(), rrOnly ? null : b.classes())), post),
                "model trained on all records of the main database with the post-processing fixedPost chosen there"
                        + " (nsr2db never used for training or tuning; nsr2db has no ECG, so this model is trained without"
                        + " the atrial-activity columns), " + (rrOnly ? "RR only" : "reference beat classes from the .ecg labels"));
    }

    private static double pct(long a, long b) {
        return NsrSpecificity.pct(a, b);
    }
}
