package org.cardiosleep.app.sleep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cardiosleep.app.DataDirs;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.pheno.apnea.ApneaEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cardiosleep bench apnea}: per-minute sleep-apnea detection on the Apnea-ECG Database. */
@Command(name = "apnea", mixinStandardHelpOptions = true,
        description = "Per-minute apnea detection from beat annotations (.qrs) on the Apnea-ECG Database: train on the "
                + "learning set (a01-a20, b01-b05, c01-c10), score other labelled records (x01-x35 when their .apn is "
                + "present), else record-wise 5-fold cross-validation on the learning set.")
public final class BenchApneaCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--data", description = "Apnea-ECG directory (default: <data>/apnea-ecg)")
    Path data;

    @Option(names = "--json", description = "write the JSON report here")
    Path json;

    @Option(names = "--seed", defaultValue = "1", description = "training and fold seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds when no test labels exist (default: ${DEFAULT-VALUE})")
    int folds;

    @Override
    public Integer call() throws Exception {
        if (folds < 2) {
            throw new org.cardiosleep.app.UsageException("--folds must be at least 2, got " + folds);
        }
        BenchReport report = new BenchReport("apnea");
        Path dir = DataDirs.database(data, "apnea-ecg");
        ApneaEcgData d = ApneaEcgData.load(dir);
        if (d.otherLabelled().isEmpty() && folds > d.learning().size()) {
            throw new org.cardiosleep.app.UsageException("--folds " + folds + " is more than the " + d.learning().size()
                    + " learning-set records");
        }
        GbmParams params = GbmParams.defaults(seed);
        List<ApneaEvaluation.Prediction> preds;
        String protocol;
        String model = "RR-only per-minute features (CVHR 0.01-0.05 Hz power, HR autocorrelation, RR statistics, "
                + "per-record normalisation, +-3 min context) -> gradient-boosted trees (fixed hyper-parameters, seed "
                + seed + ") -> 2-state HMM smoothing; beats from the .qrs annotations (no ECG signal)";
        if (!d.otherLabelled().isEmpty()) {
            preds = ApneaEvaluation.trainTest(d.learning(), d.otherLabelled(), params);
            protocol = "train on the " + d.learning().size() + " learning-set records, score the "
                    + d.otherLabelled().size() + " other labelled records (test set); " + model;
        } else {
            preds = ApneaEvaluation.crossValidate(d.learning(), folds, params);
            protocol = "no test-set labels present: record-wise " + folds + "-fold cross-validation on the "
                    + d.learning().size() + " learning-set records (folds drawn by seed " + seed + "); " + model;
        }
        ApneaEvaluation.Scores s = ApneaEvaluation.score(preds, d.ahi());
        report.dataset("apnea-ecg (Apnea-ECG Database, " + dir + ")").protocol(protocol);
        for (Map.Entry<String, Object> e : s.metrics().entrySet()) {
            report.metric(e.getKey(), e.getValue());
        }
        s.perRecord().forEach(report::record);
        System.out.println(String.format("apnea: accuracy %.2f%%  Se %.2f%%  Sp %.2f%%  records %d",
                (double) s.metrics().get("accuracy"), (double) s.metrics().get("se"), (double) s.metrics().get("sp"), preds.size()));
        if (json != null) {
            report.write(json);
        }
        return 0;
    }
}
