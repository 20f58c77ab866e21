package org.cardiosleep.app.sleep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.app.UsageException;
import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.learn.sequence.DjlSequenceStager;
import org.cardiosleep.learn.sequence.DjlStagerParams;
import org.cardiosleep.learn.sequence.DjlStagerTraining;
import org.cardiosleep.pheno.sleep.SleepStager;
import org.cardiosleep.pheno.sleep.StagerTraining;
import org.cardiosleep.pheno.sleep.StagingEvaluation;
import org.cardiosleep.pheno.sleep.StagingNight;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cardiosleep train stager}: trains the RR sleep stager on recordings with stage
 * annotations. Cohorts are named directories; with {@code --test-cohort NAME} the model is trained
 * on the other cohorts only and scored on that one (cohort-level external validation).
 */
@Command(name = "stager", mixinStandardHelpOptions = true,
        description = "Train the 4-class RR sleep stager (W / N1+N2 / N3 / REM) and write the model with a sidecar <out>.txt.")
public final class TrainStagerCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--data", description = "slpdb text-export directory, used when no --cohort is given (default: <data>/slpdb-text)")
    Path data;

    @Option(names = "--cohort", description = "NAME=DIR, repeatable: a cohort directory (slpdb text exports NAME.an + NAME.rr, or EDF + NSRR XML)")
    List<String> cohorts = new ArrayList<>();

    @Option(names = "--test-cohort", description = "hold this cohort out: train on the others, report kappa on it")
    String testCohort;

    @Option(names = "--out", required = true, description = "model file to write (e.g. stager4.bin.gz)")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--model", defaultValue = "gbm", description = "gbm (boosted trees + HMM, the shipped default) or djl "
            + "(1-D CNN + bidirectional GRU over the night, DJL/PyTorch) (default: ${DEFAULT-VALUE})")
    String model;

    @Override
    public Integer call() throws Exception {
        if (!model.equals("gbm") && !model.equals("djl")) {
            throw new UsageException("--model must be gbm or djl, got '" + model + "'");
        }
        Map<String, Path> dirs = new LinkedHashMap<>();
        for (String c : cohorts) {
            int eq = c.indexOf('=');
            if (eq <= 0 || eq == c.length() - 1) {
                throw new UsageException("--cohort expects NAME=DIR, got '" + c + "'");
            }
            dirs.put(c.substring(0, eq), Path.of(c.substring(eq + 1)));
        }
        if (dirs.isEmpty()) {
            dirs.put("slpdb", SlpdbNights.directory(data));
        }
        if (testCohort != null && !dirs.containsKey(testCohort)) {
            throw new UsageException("--test-cohort " + testCohort + " is not one of the --cohort names " + dirs.keySet());
        }
        List<StagingNight> train = new ArrayList<>();
        List<StagingNight> test = new ArrayList<>();
        for (Map.Entry<String, Path> e : dirs.entrySet()) {
            for (StagingNight n : CohortNights.load(e.getKey(), e.getValue())) {
                (e.getKey().equals(testCohort) ? test : train).add(n);
            }
        }
        if (train.isEmpty()) {
            throw new UsageException("no training cohort left after holding out " + testCohort);
        }
        List<String> names = new ArrayList<>();
        train.forEach(n -> names.add(n.cohort() + ":" + n.record()));
        StringBuilder cmd = new StringBuilder("cardiosleep train stager");
        if (model.equals("djl")) {
            cmd.append(" --model djl");
        }
        dirs.forEach((k, v) -> cmd.append(" --cohort ").append(k).append("=<").append(v.getFileName()).append('>'));
        if (testCohort != null) {
            cmd.append(" --test-cohort ").append(testCohort);
        }
        cmd.append(" --seed ").append(seed).append(" --out ").append(out.getFileName());
        if (model.equals("djl")) {
            return trainDjl(train, test, dirs, names, cmd.toString());
        }
        GbmParams params = GbmParams.defaults(seed);
        SleepStager stager = StagerTraining.train(train, params);
        ModelSidecar.write(out, stager.model(), cmd.toString(), "cohorts " + dirs.keySet()
                + " (slpdb text exports: stages .an + beats .rr; EDF cohorts: QRS detection on the ECG + NSRR XML stages)", names, params);
        System.out.println("stager trained on " + train.size() + " nights -> " + out);
        if (!test.isEmpty()) {
            List<StagerTraining.FoldPrediction> preds = StagerTraining.trainTest(train, test, params);
            Map<String, Object> m = StagingEvaluation.of(preds).metrics(preds);
            System.out.println("external validation on " + testCohort + " (" + test.size() + " nights): " + m);
        }
        return 0;
    }

    private int trainDjl(List<StagingNight> train, List<StagingNight> test, Map<String, Path> dirs, List<String> names,
                         String cmd) throws Exception {
        DjlStagerParams params = DjlStagerParams.defaults(seed);
        DjlStagerTraining.Log[] log = new DjlStagerTraining.Log[1];
        try (DjlSequenceStager stager = StagerTraining.trainDjl(train, params, log)) {
            ModelSidecar.writeDjl(out, stager, cmd, "cohorts " + dirs.keySet(), names, log[0]);
            System.out.println("DJL stager trained on " + train.size() + " nights (" + log[0] + ") -> " + out);
            if (!test.isEmpty()) {
                List<StagerTraining.FoldPrediction> preds = StagerTraining.predict(stager, test);
                System.out.println("external validation on " + testCohort + " (" + test.size() + " nights): "
                        + StagingEvaluation.of(preds).metrics(preds));
            }
        }
        return 0;
    }
}
