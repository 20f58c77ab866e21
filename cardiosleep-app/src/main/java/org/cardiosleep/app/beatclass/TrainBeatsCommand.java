package org.cardiosleep.app.beatclass;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.DataDirs;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.learn.beats.BoostedTreesParams;
import org.cardiosleep.pheno.beats.AamiConfusion;
import org.cardiosleep.pheno.beats.BeatCrossValidation;
import org.cardiosleep.pheno.beats.BeatModel;
import org.cardiosleep.pheno.beats.BeatTrainer;
import org.cardiosleep.pheno.beats.BeatTrainingConfig;
import org.cardiosleep.pheno.beats.LabeledBeats;
import org.cardiosleep.pheno.beats.RecordFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cardiosleep train beats}: trains the AAMI beat classifier on MIT-BIH Arrhythmia DS1 (de Chazal
 * 2004) only, after patient-wise cross-validation over the DS1 records that also chooses the S/V
 * decision scales; writes the model file and, beside it, a text file saying how it was made.
 */
@Command(name = "beats", mixinStandardHelpOptions = true,
        description = "Train the AAMI beat classifier (N/S/V/F/Q) on MIT-BIH Arrhythmia DS1.")
public final class TrainBeatsCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "MIT-BIH Arrhythmia directory (default: <data>/mitdb).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "beat-classifier.model",
            description = "Model file to write (default: ${DEFAULT-VALUE}); a .txt sidecar is written beside it.")
    Path out;

    @Option(names = "--folds", defaultValue = "11",
            description = "Patient-wise cross-validation folds over DS1 (0: no CV, decision scales 1).")
    int folds;

    @Option(names = "--cv-only", description = "Run the cross-validation and print it; write no model.")
    boolean cvOnly;

    @Option(names = "--rounds", description = "Boosting rounds (default from BeatTrainingConfig).")
    Integer rounds;

    @Option(names = "--depth", description = "Tree depth (default from BeatTrainingConfig).")
    Integer depth;

    @Option(names = "--eta", description = "Learning rate (default from BeatTrainingConfig).")
    Double eta;

    @Option(names = "--weight-power", description = "Class weight exponent, 0..1 (default from BeatTrainingConfig).")
    Double weightPower;

    @Option(names = "--normal-keep-every", description = "Train on every k-th N beat, weighted k (default from BeatTrainingConfig).")
    Integer normalKeepEvery;

    @Option(names = "--seed", description = "Random seed of the row and column subsampling (default from "
            + "BeatTrainingConfig); repeating the cross-validation over seeds shows how much of a difference is noise.")
    Long seed;

    @Override
    public Integer call() throws Exception {
        Path dir = DataDirs.database(data, "mitdb");
        if (folds == 1 || folds < 0 || folds > InterPatientSplit.DS1.size()) {
            throw new UsageException("--folds must be 0 or 2.." + InterPatientSplit.DS1.size() + ": " + folds);
        }
        BeatTrainingConfig config = config();
        long t0 = System.nanoTime();
        List<LabeledBeats> records = MitdbBeatRecords.read(dir, InterPatientSplit.DS1);
        List<RecordFeatures> features = records.parallelStream().map(RecordFeatures::of).toList();
        int beats = features.stream().mapToInt(r -> r.features().beatCount()).sum();
        System.out.printf(Locale.ROOT, "DS1: %d records, %d beats, features in %.1f s%n", features.size(), beats,
                (System.nanoTime() - t0) / 1e9);

        float[] scale = {1, 1, 1, 1, 1};
        String cvSummary = "none";
        if (folds >= 2) {
            long t1 = System.nanoTime();
            List<float[]> oof = BeatCrossValidation.outOfFold(features, folds, config,
                    f -> System.out.printf(Locale.ROOT, "  fold %d/%d done (%.0f s)%n", f + 1, folds,
                            (System.nanoTime() - t1) / 1e9));
            AamiConfusion plain = BeatCrossValidation.confusion(features, oof, scale);
            scale = BeatCrossValidation.chooseScales(features, oof);
            AamiConfusion tuned = BeatCrossValidation.confusion(features, oof, scale);
            System.out.printf(Locale.ROOT, "DS1 %d-fold patient-wise CV (%.0f s), argmax:%n%s", folds,
                    (System.nanoTime() - t1) / 1e9, BeatFigures.text(plain));
            System.out.printf(Locale.ROOT, "with decision scales S=%.3f V=%.3f chosen on the CV:%n%s", scale[1],
                    scale[2], BeatFigures.text(tuned));
            cvSummary = summary(tuned);
            System.out.println("per record (CV): record S-ref S-tp S-pred V-ref V-tp V-pred");
            for (int i = 0; i < features.size(); i++) {
                AamiConfusion c = BeatCrossValidation.confusion(List.of(features.get(i)), List.of(oof.get(i)), scale);
                System.out.printf(Locale.ROOT, "  %s %5d %5d %5d %5d %5d %5d%n", features.get(i).name(),
                        c.referenceCount(1), c.count(1, 1), c.predictedCount(1), c.referenceCount(2), c.count(2, 2),
                        c.predictedCount(2));
            }
        }
        if (cvOnly) {
            return 0;
        }
        Map<String, String> info = new LinkedHashMap<>();
        info.put("command", "cardiosleep train beats --out " + out + " --folds " + folds + options());
        info.put("data", "MIT-BIH Arrhythmia DS1 (de Chazal 2004): " + String.join(" ", InterPatientSplit.DS1)
                + "; lead MLII; reference beat positions (.atr)");
        info.put("trees", config.trees().toString());
        info.put("classWeightPower", Double.toString(config.classWeightPower()));
        info.put("maxClassWeight", Double.toString(config.maxClassWeight()));
        info.put("normalKeepEvery", Integer.toString(config.normalKeepEvery()));
        info.put("cvDs1", cvSummary);
        try (BeatModel model = BeatTrainer.train(features, config, scale, info)) {
            AtomicOutput.file(out, tmp -> {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    model.write(os);
                }
            });
            Path sidecar = out.resolveSibling(out.getFileName() + ".txt");
            StringBuilder sb = new StringBuilder("cardiosleep beat classifier model (" + out.getFileName() + ")\n");
            info.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
            sb.append("decisionScales (N,S,V,F,Q): ")
                    .append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,%.4f", scale[0], scale[1], scale[2],
                            scale[3], scale[4])).append('\n');
            sb.append("library: XGBoost4J 3.4.0 (ml.dmlc:xgboost4j_2.12), multi:softprob, hist\n");
            AtomicOutput.file(sidecar, tmp -> Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8));
        }
        System.out.printf(Locale.ROOT, "wrote %s (%.1f s)%n", out, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private BeatTrainingConfig config() {
        BeatTrainingConfig d = BeatTrainingConfig.defaults();
        BoostedTreesParams p = d.trees();
        p = new BoostedTreesParams(rounds != null ? rounds : p.rounds(), depth != null ? depth : p.maxDepth(),
                eta != null ? eta : p.learningRate(), p.subsample(), p.colsample(), p.minChildWeight(), p.threads(),
                seed != null ? seed : p.seed());
        double wp = weightPower != null ? weightPower : d.classWeightPower();
        if (wp < 0 || wp > 1) {
            throw new UsageException("--weight-power must be within 0..1: " + wp);
        }
        int keep = normalKeepEvery != null ? normalKeepEvery : d.normalKeepEvery();
        if (keep < 1) {
            throw new UsageException("--normal-keep-every must be at least 1: " + keep);
        }
        return new BeatTrainingConfig(p, wp, d.maxClassWeight(), keep);
    }

    private String options() {
        return (rounds != null ? " --rounds " + rounds : "") + (depth != null ? " --depth " + depth : "")
                + (eta != null ? " --eta " + eta : "") + (weightPower != null ? " --weight-power " + weightPower : "")
                + (normalKeepEvery != null ? " --normal-keep-every " + normalKeepEvery : "")
                + (seed != null ? " --seed " + seed : "");
    }

    private static String summary(AamiConfusion c) {
        return String.format(Locale.ROOT, "SVEB Se %.1f +P %.1f F1 %.3f; VEB Se %.1f +P %.1f F1 %.3f; accuracy %.2f",
                c.sensitivity(1), c.ppv(1), c.f1(1), c.sensitivity(2), c.ppv(2), c.f1(2), c.accuracy());
    }
}
