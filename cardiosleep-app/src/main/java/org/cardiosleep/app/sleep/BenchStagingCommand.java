package org.cardiosleep.app.sleep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.learn.sequence.DjlStagerParams;
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
                + "Database (WFDB .st stages + .ecg beats, or the text exports .an + .rr).")
public final class BenchStagingCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--data", description = "MIT-BIH Polysomnographic Database directory: WFDB (.hea/.st/.ecg) or text exports "
            + "(.an/.rr) (default: <data>/slpdb if present, else <data>/slpdb-text)")
    Path data;

    @Option(names = "--json", description = "write the JSON report here")
    Path json;

    @Option(names = "--seed", defaultValue = "1", description = "training seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--cohort", description = "NAME=DIR, repeatable: also evaluate this cohort (slpdb text exports, or "
            + "EDF + NSRR XML) by subject: leave-one-subject-out up to " + MAX_LOSO_SUBJECTS + " subjects, else 5-fold")
    List<String> cohorts = new java.util.ArrayList<>();

    @Option(names = "--model", defaultValue = "gbm", description = "stager to evaluate: gbm (boosted trees + HMM, the shipped "
            + "default) or djl (1-D CNN + bidirectional GRU over the night, DJL/PyTorch) (default: ${DEFAULT-VALUE})")
    String model;

    static final int MAX_LOSO_SUBJECTS = 30;

    @Override
    public Integer call() throws Exception {
        if (!model.equals("gbm") && !model.equals("djl")) {
            throw new org.cardiosleep.app.UsageException("--model must be gbm or djl, got '" + model + "'");
        }
        boolean djl = model.equals("djl");
        if (djl && !cohorts.isEmpty()) {
            throw new org.cardiosleep.app.UsageException("--cohort is only supported with --model gbm");
        }
        BenchReport report = new BenchReport("staging");
        Path dir = SlpdbNights.directory(data);
        List<SlpdbTextRecord> records = SlpdbNights.records(dir);
        List<StagingNight> nights = SlpdbNights.nights(records);
        GbmParams params = GbmParams.defaults(seed);
        DjlStagerParams djlParams = DjlStagerParams.defaults(seed);
        long cpu0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        List<StagerTraining.FoldPrediction> preds = djl ? StagerTraining.leaveOneSubjectOutDjl(nights, djlParams)
                : StagerTraining.leaveOneSubjectOut(nights, params);
        double looCpuSec = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        double looWallSec = (System.nanoTime() - wall0) / 1e9;
        StagingEvaluation eval = StagingEvaluation.of(preds);
        report.dataset("slpdb (MIT-BIH Polysomnographic Database, " + dir + ")")
                .protocol("leave-one-subject-out over " + StagerTraining.subjects(nights).size() + " subjects ("
                        + nights.size() + " nights from " + records.stream().mapToInt(r -> r.name().split("\\+").length).sum()
                        + " records: slp01a/b and slp02a/b, two parts of one night each, joined on their header clocks); "
                        + "30-s epochs, unscored/MT "
                        + "epochs excluded; RR-only features from the database's reference beat annotations (beat times and their "
                        + "N / non-N labels from .rr or .ecg; our QRS detector and beat classifier are not in the loop); "
                        + (djl ? "DJL/PyTorch sequence model: 1-D convolution over the standardised epoch-feature sequence + "
                                + "bidirectional GRU across the night + per-epoch soft-max (fixed a-priori architecture "
                                + djlParams + "; Adam; early stopping on an inner split of the training subjects only; no HMM)"
                                : "gradient-boosted trees (fixed hyper-parameters, seed " + seed + ") + HMM smoothing")
                        + "; 4 classes W/N1+N2/N3/REM, 3 classes W/NREM/REM from summed probabilities");
        for (Map.Entry<String, Object> e : eval.metrics(preds).entrySet()) {
            report.metric(e.getKey(), e.getValue());
        }
        eval.perRecord().forEach(report::record);
        report.extra("classes4", SleepStager.CLASSES4);
        report.extra("confusion4", eval.confusion4().counts());
        report.extra("model", model);
        report.extra("looTrainAndPredictSeconds", Map.of("cpuMainThread", Math.round(looCpuSec * 10) / 10.0,
                "wall", Math.round(looWallSec * 10) / 10.0));
        if (!djl) {
            report.extra("speed", StagingSpeed.measure(records, StagerTraining.train(nights, params)));
        }
        System.out.println(String.format("staging: kappa4 %.3f acc4 %.1f%%  kappa3 %.3f acc3 %.1f%%  (%d records)",
                (double) report.metrics().get("kappa4"), (double) report.metrics().get("accuracy4"),
                (double) report.metrics().get("kappa3"), (double) report.metrics().get("accuracy3"), nights.size()));
        if (!cohorts.isEmpty()) {
            Map<String, Object> other = new java.util.LinkedHashMap<>();
            for (String c : cohorts) {
                int eq = c.indexOf('=');
                if (eq <= 0 || eq == c.length() - 1) {
                    throw new org.cardiosleep.app.UsageException("--cohort expects NAME=DIR, got '" + c + "'");
                }
                List<StagingNight> cn = CohortNights.load(c.substring(0, eq), Path.of(c.substring(eq + 1)));
                int subjects = StagerTraining.subjects(cn).size();
                int folds = subjects <= MAX_LOSO_SUBJECTS ? subjects : 5;
                List<StagerTraining.FoldPrediction> cp = StagerTraining.crossValidateBySubject(cn, folds, params);
                StagingEvaluation ce = StagingEvaluation.of(cp);
                Map<String, Object> entry = new java.util.LinkedHashMap<>();
                entry.put("protocol", (folds == subjects ? "leave-one-subject-out" : folds + "-fold by subject") + " over "
                        + subjects + " subjects, " + cn.size() + " nights");
                entry.put("metrics", ce.metrics(cp));
                entry.put("perRecord", ce.perRecord());
                other.put(c.substring(0, eq), entry);
                System.out.println("cohort " + c.substring(0, eq) + ": " + ce.metrics(cp));
            }
            report.extra("cohorts", other);
        }
        if (json != null) {
            report.write(json);
        }
        return 0;
    }
}
