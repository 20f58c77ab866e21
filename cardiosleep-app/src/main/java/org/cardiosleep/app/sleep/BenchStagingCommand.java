package org.cardiosleep.app.sleep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cardiosleep.app.DataDirs;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.pheno.sleep.SleepStager;
import org.cardiosleep.pheno.sleep.SlpdbTextRecord;
import org.cardiosleep.pheno.sleep.StagerTraining;
import org.cardiosleep.pheno.sleep.StagingEvaluation;
import org.cardiosleep.pheno.sleep.StagingNight;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cardiosleep bench staging}: leave-one-subject-out sleep staging from RR intervals. */
@Command(name = "staging", mixinStandardHelpOptions = true,
        description = "Sleep staging from RR intervals, leave-one-subject-out on the MIT-BIH Polysomnographic "
                + "Database (slpdb text exports: .an stages + .rr beats).")
public final class BenchStagingCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--data", description = "slpdb text-export directory (default: <data>/slpdb-text)")
    Path data;

    @Option(names = "--json", description = "write the JSON report here")
    Path json;

    @Option(names = "--seed", defaultValue = "1", description = "training seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        BenchReport report = new BenchReport("staging");
        Path dir = DataDirs.database(data, "slpdb-text");
        List<SlpdbTextRecord> records = SlpdbNights.records(dir);
        List<StagingNight> nights = SlpdbNights.nights(records);
        GbmParams params = GbmParams.defaults(seed);
        List<StagerTraining.FoldPrediction> preds = StagerTraining.leaveOneSubjectOut(nights, params);
        StagingEvaluation eval = StagingEvaluation.of(preds);
        report.dataset("slpdb (MIT-BIH Polysomnographic Database, text exports: " + dir + ")")
                .protocol("leave-one-subject-out over " + StagerTraining.subjects(nights).size() + " subjects ("
                        + nights.size() + " records; slp01a/b and slp02a/b grouped by subject); 30-s epochs, unscored/MT "
                        + "epochs excluded; RR-only features; gradient-boosted trees (fixed hyper-parameters, seed " + seed
                        + ") + HMM smoothing; 4 classes W/N1+N2/N3/REM, 3 classes W/NREM/REM from summed probabilities");
        for (Map.Entry<String, Object> e : eval.metrics(preds).entrySet()) {
            report.metric(e.getKey(), e.getValue());
        }
        eval.perRecord().forEach(report::record);
        report.extra("classes4", SleepStager.CLASSES4);
        report.extra("confusion4", eval.confusion4().counts());
        report.extra("speed", StagingSpeed.measure(records, StagerTraining.train(nights, params)));
        System.out.println(String.format("staging: kappa4 %.3f acc4 %.1f%%  kappa3 %.3f acc3 %.1f%%  (%d records)",
                (double) report.metrics().get("kappa4"), (double) report.metrics().get("accuracy4"),
                (double) report.metrics().get("kappa3"), (double) report.metrics().get("accuracy3"), nights.size()));
        if (json != null) {
            report.write(json);
        }
        return 0;
    }
}
