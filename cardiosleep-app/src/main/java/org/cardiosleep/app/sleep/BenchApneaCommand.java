package org.cardiosleep.app.sleep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cardiosleep.app.DataDirs;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.pheno.apnea.ApneaDetector;
import org.cardiosleep.pheno.apnea.ApneaEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cardiosleep bench apnea}: per-minute sleep-apnea detection on the Apnea-ECG Database. */
@Command(name = "apnea", mixinStandardHelpOptions = true,
        description = "Per-minute apnea detection from beat annotations (.qrs) on the Apnea-ECG Database: train on the "
                + "learning set (a01-a20, b01-b05, c01-c10), score other labelled records (x01-x35 when their .apn is "
                + "present), else record-wise 5-fold cross-validation on the learning set, repeated for each report seed.")
public final class BenchApneaCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--data", description = "Apnea-ECG directory (default: <data>/apnea-ecg)")
    Path data;

    @Option(names = "--json", description = "write the JSON report here")
    Path json;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3,4,5",
            description = "report seeds: each draws its own folds and trees; metrics are the mean (default: ${DEFAULT-VALUE})")
    List<Long> seeds;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds when no test labels exist (default: ${DEFAULT-VALUE})")
    int folds;

    @Override
    public Integer call() throws Exception {
        if (folds < 2) {
            throw new UsageException("--folds must be at least 2, got " + folds);
        }
        if (seeds == null || seeds.isEmpty()) {
            throw new UsageException("--seeds needs at least one seed");
        }
        BenchReport report = new BenchReport("apnea");
        Path dir = DataDirs.database(data, "apnea-ecg");
        ApneaEcgData d = ApneaEcgData.load(dir);
        boolean testSet = !d.otherLabelled().isEmpty();
        if (!testSet && folds > d.learning().size()) {
            throw new UsageException("--folds " + folds + " is more than the " + d.learning().size() + " learning-set records");
        }
        List<ApneaEvaluation.Scores> perSeed = new ArrayList<>();
        for (long seed : seeds) {
            List<ApneaEvaluation.Prediction> preds = testSet
                    ? ApneaEvaluation.trainTest(d.learning(), d.otherLabelled(), ApneaDetector.params(seed))
                    : ApneaEvaluation.crossValidate(d.learning(), folds, ApneaDetector.params(seed));
            ApneaEvaluation.Scores s = ApneaEvaluation.score(preds, d.ahi());
            perSeed.add(s);
            System.out.println(String.format("apnea seed %d: accuracy %.2f%%  Se %.2f%%  Sp %.2f%%", seed,
                    (double) s.metrics().get("accuracy"), (double) s.metrics().get("se"), (double) s.metrics().get("sp")));
        }
        ApneaEvaluation.Scores s = ApneaEvaluation.meanOverSeeds(perSeed);
        String model = "RR-only per-minute features (CVHR 0.01-0.05 Hz power, HR autocorrelation, RR statistics, "
                + "per-record robust z-scores and z-scores against the record's own 10th percentile, record-level "
                + "medians and IQRs from the record's own unlabelled beats, +-3 min context) -> gradient-boosted trees "
                + "(400 rounds, depth 4, 20 % features per tree; hyper-parameters and feature set chosen with development "
                + "CV seeds 101-106 only) -> 2-state HMM smoothing fitted on the training folds' labels; fixed 0.5 "
                + "threshold, nothing fitted on a test fold; beats from the .qrs annotations (no ECG signal)";
        String protocol;
        if (testSet) {
            protocol = "train on the " + d.learning().size() + " learning-set records, score the " + d.otherLabelled().size()
                    + " other labelled records (test set); metrics are the mean over training seeds " + seeds + "; " + model;
        } else {
            protocol = "no test-set labels present: record-wise " + folds + "-fold cross-validation on the "
                    + d.learning().size() + " learning-set records, folds grouped by recording (c05 and c06 are one "
                    + "recording), repeated for report seeds " + seeds + " (each seed draws the folds and the trees); "
                    + "metrics are the mean over the seeds, per-seed values in *PerSeed; " + model;
        }
        report.dataset("apnea-ecg (Apnea-ECG Database, " + dir + ")").protocol(protocol);
        for (Map.Entry<String, Object> e : s.metrics().entrySet()) {
            report.metric(e.getKey(), e.getValue());
        }
        s.perRecord().forEach(report::record);
        System.out.println(String.format("apnea: mean over %d seeds: accuracy %.2f%%  Se %.2f%%  Sp %.2f%%  records %d",
                seeds.size(), (double) s.metrics().get("accuracy"), (double) s.metrics().get("se"),
                (double) s.metrics().get("sp"), s.perRecord().size()));
        if (json != null) {
            report.write(json);
        }
        return 0;
    }
}
