package org.cardiosleep.app.beatclass;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cardiosleep.pheno.beats.BeatClassifier;
import org.cardiosleep.pheno.beats.BeatModel;
import org.cardiosleep.pheno.beats.BeatTrainer;
import org.cardiosleep.pheno.beats.BeatTrainingConfig;
import org.cardiosleep.pheno.beats.RecordFeatures;

/**
 * Beat classifiers that have never seen the record they classify, for benchmarks on MIT-BIH
 * Arrhythmia that use our own beat classes (e.g. AF detection): the records of DS1, on which the
 * shipped classifier was trained, are classified by a model trained here on DS2 with the same
 * configuration (plain argmax decisions: the shipped decision scales were chosen on DS1); every
 * other record by the shipped model. A two-fold cross-fitting, so no record is classified in sample.
 */
public final class CrossFittedBeatModels implements AutoCloseable {
    private final BeatClassifier shipped;
    private final BeatClassifier trainedOnDs2;

    private CrossFittedBeatModels(BeatClassifier shipped, BeatClassifier trainedOnDs2) {
        this.shipped = shipped;
        this.trainedOnDs2 = trainedOnDs2;
    }

    /** Trains the DS2 model from the MIT-BIH Arrhythmia directory {@code mitdb} (about half a minute). */
    public static CrossFittedBeatModels train(Path mitdb) throws IOException {
        List<RecordFeatures> ds2 = MitdbBeatRecords.read(mitdb, InterPatientSplit.DS2).parallelStream()
                .map(RecordFeatures::of).toList();
        BeatModel model = BeatTrainer.train(ds2, BeatTrainingConfig.defaults(), new float[] {1, 1, 1, 1, 1},
                Map.of("data", "MIT-BIH Arrhythmia DS2 (cross-fitting for benchmarks only)"));
        return new CrossFittedBeatModels(BeatClassifier.loadDefault(), BeatClassifier.of(model));
    }

    /** The classifier for {@code record}: trained without it. */
    public BeatClassifier forRecord(String record) {
        return InterPatientSplit.DS1.contains(record) ? trainedOnDs2 : shipped;
    }

    /** How the classes were made, for a benchmark's protocol text. */
    public static String description() {
        return "our beat classifier, cross-fitted: DS1 records by a model trained on DS2 in this run (same "
                + "configuration, argmax decisions), all other records by the shipped DS1 model";
    }

    @Override
    public void close() {
        shipped.close();
        trainedOnDs2.close();
    }
}
