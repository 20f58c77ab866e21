package org.cardiosleep.pheno.beats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cardiosleep.signal.beat.BeatFeatureExtractor;
import org.cardiosleep.signal.beat.BeatFeatures;

/**
 * Classifies heartbeats into the AAMI classes N/S/V/F/Q (codes in {@link AamiClass}) from one ECG lead
 * and the beat positions, using the committed model trained on MIT-BIH Arrhythmia DS1 (de Chazal
 * 2004 split) by {@code cardiosleep train beats}. Each beat is judged from its RR context and its
 * morphology relative to the record's own dominant beat, so the classifier adapts to each patient.
 *
 * <p>Close it to free the native model.
 */
public final class BeatClassifier implements AutoCloseable {
    /** Classpath location of the committed model. */
    public static final String DEFAULT_MODEL_RESOURCE = "/org/cardiosleep/pheno/beats/beat-classifier.model";

    private final BeatModel model;

    private BeatClassifier(BeatModel model) {
        this.model = model;
    }

    /** The committed model from the classpath. */
    public static BeatClassifier loadDefault() {
        try (InputStream in = BeatClassifier.class.getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("beat classifier model missing from the classpath: "
                        + DEFAULT_MODEL_RESOURCE);
            }
            return new BeatClassifier(BeatModel.read(in.readAllBytes(), "classpath:" + DEFAULT_MODEL_RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model file written by {@code cardiosleep train beats}. */
    public static BeatClassifier load(Path modelFile) throws IOException {
        return new BeatClassifier(BeatModel.read(Files.readAllBytes(modelFile), modelFile.toString()));
    }

    /** Wraps a model already in memory. */
    public static BeatClassifier of(BeatModel model) {
        return new BeatClassifier(model);
    }

    /**
     * The AAMI class code of each beat ({@link AamiClass#N} 0, S 1, V 2, F 3, Q 4).
     *
     * @param ecg         one ECG lead in mV (a limb lead such as MLII, as in training)
     * @param fsHz        sampling rate, at least 50 Hz
     * @param beatSamples beat positions, ascending sample indices
     */
    public byte[] classify(double[] ecg, double fsHz, int[] beatSamples) {
        return model.classify(BeatFeatureExtractor.extract(ecg, fsHz, beatSamples));
    }

    /**
     * The same for the segment {@code scale · ecg[from..from+len)} (e.g. to mV), {@code beatSamples}
     * indexing the segment; the segment is not copied. {@code work} (null, or exactly {@code len}
     * long) is scratch space for the filtered segment, reusable across chunks.
     */
    public byte[] classify(double[] ecg, int from, int len, double scale, double fsHz, int[] beatSamples,
                           double[] work) {
        return model.classify(BeatFeatureExtractor.extract(ecg, from, len, scale, fsHz, beatSamples, work));
    }

    /** Class probabilities of each beat, row-major {@code beats × 5} in {@link AamiClass} order. */
    public float[] probabilities(double[] ecg, double fsHz, int[] beatSamples) {
        BeatFeatures f = BeatFeatureExtractor.extract(ecg, fsHz, beatSamples);
        return model.probabilities(f);
    }

    /** The model (its header says how it was trained). */
    public BeatModel model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}
