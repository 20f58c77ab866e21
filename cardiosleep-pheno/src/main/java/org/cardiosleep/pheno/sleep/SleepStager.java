package org.cardiosleep.pheno.sleep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.cardiosleep.learn.sequence.DjlSequenceStager;
import org.cardiosleep.learn.sequence.EpochSequenceClassifier;
import org.cardiosleep.learn.sequence.NightClassifier;
import org.cardiosleep.signal.sleep.EpochFeatures;
import org.cardiosleep.signal.sleep.RrEpochFeatures;

/**
 * Sleep staging from beat times: RR epoch features ({@link RrEpochFeatures}) into a 4-class
 * (W / N1+N2 / N3 / REM) epoch classifier smoothed over the night. 3-class probabilities
 * (W / NREM / REM) are the 4-class ones with N1+N2 and N3 summed.
 */
public final class SleepStager {
    /** Class names of the 4-class model, in the order of {@link SleepStage#class4()}. */
    public static final String[] CLASSES4 = {"W", "N1N2", "N3", "REM"};
    /** Class names of the derived 3-class output, in the order of {@link SleepStage#class3()}. */
    public static final String[] CLASSES3 = {"W", "NREM", "REM"};
    /** Classpath location of the shipped model (trained by {@code cardiosleep train stager}). */
    public static final String SHIPPED_MODEL = "/models/stager4-slpdb.bin.gz";
    /**
     * Classpath location of the shipped DJL sequence stager (trained by {@code cardiosleep train
     * stager --model djl}); not used by {@code analyze}, which keeps the boosted trees.
     */
    public static final String SHIPPED_DJL_MODEL = "/models/stager4-slpdb-djl.bin.gz";

    private final EpochSequenceClassifier model;

    public SleepStager(EpochSequenceClassifier model) {
        if (model.classes() != 4 || !Arrays.equals(model.featureNames(), RrEpochFeatures.names())) {
            throw new IllegalArgumentException("model '" + model.kind() + "' is not a 4-class RR stager for the current features");
        }
        this.model = model;
    }

    public EpochSequenceClassifier model() {
        return model;
    }

    /** Loads a stager model file. */
    public static SleepStager load(Path file) throws IOException {
        try {
            return new SleepStager(EpochSequenceClassifier.load(file));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The model shipped with cardiosleep. */
    public static SleepStager shipped() throws IOException {
        try (InputStream in = SleepStager.class.getResourceAsStream(SHIPPED_MODEL)) {
            if (in == null) {
                throw new IOException("the shipped stager model " + SHIPPED_MODEL + " is missing from the build");
            }
            try {
                return new SleepStager(EpochSequenceClassifier.read(in, "classpath:" + SHIPPED_MODEL));
            } catch (IllegalArgumentException e) {
                throw new IOException("classpath:" + SHIPPED_MODEL + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Loads a DJL sequence-stager model and checks that it is a 4-class stager for the current RR
     * features. The caller closes it (it holds native memory).
     */
    public static DjlSequenceStager loadDjl(InputStream in, String source) throws IOException {
        DjlSequenceStager m = DjlSequenceStager.read(in, source);
        if (!Arrays.equals(m.classNames(), CLASSES4) || !Arrays.equals(m.featureNames(), RrEpochFeatures.names())) {
            m.close();
            throw new IOException(source + ": model '" + m.kind() + "' is not a 4-class RR stager for the current features");
        }
        return m;
    }

    /** The DJL sequence stager shipped with cardiosleep (the caller closes it). */
    public static DjlSequenceStager shippedDjl() throws IOException {
        try (InputStream in = SleepStager.class.getResourceAsStream(SHIPPED_DJL_MODEL)) {
            if (in == null) {
                throw new IOException("the shipped DJL stager model " + SHIPPED_DJL_MODEL + " is missing from the build");
            }
            return loadDjl(in, SHIPPED_DJL_MODEL);
        }
    }

    /** Stages a night given its features. */
    public StagingResult stage(EpochFeatures features, double epochSec) {
        return StagingResult.of(epochSec, model.predictProba(features.values()));
    }

    /**
     * Stages {@code epochs} epochs from time 0 of the beat clock with any night classifier over the
     * current RR epoch features (e.g. the DJL sequence stager, {@link #shippedDjl()}).
     */
    public static StagingResult stage(NightClassifier model, double[] beatTimeSec, boolean[] normal, double epochSec,
                                      int epochs) {
        if (model.classNames().length != 4 || !Arrays.equals(model.featureNames(), RrEpochFeatures.names())) {
            throw new IllegalArgumentException("model '" + model.kind() + "' is not a 4-class RR stager for the current features");
        }
        return StagingResult.of(epochSec,
                model.predictProba(StagingNight.features(beatTimeSec, normal, epochSec, epochs).values()));
    }

    /** Stages {@code epochs} epochs from time 0 of the beat clock. */
    public StagingResult stage(double[] beatTimeSec, boolean[] normal, double epochSec, int epochs) {
        return stage(StagingNight.features(beatTimeSec, normal, epochSec, epochs), epochSec);
    }

    /**
     * The outcome of staging one night.
     *
     * @param hypnogram the most probable 4-class stage per epoch (N1+N2 shown as N2)
     * @param proba4    per-epoch probabilities of W, N1+N2, N3, REM
     * @param proba3    per-epoch probabilities of W, NREM, REM
     */
    public record StagingResult(Hypnogram hypnogram, double[][] proba4, double[][] proba3) {
        static StagingResult of(double epochSec, double[][] p4) {
            double[][] p3 = new double[p4.length][];
            for (int i = 0; i < p4.length; i++) {
                p3[i] = new double[] {p4[i][0], p4[i][1] + p4[i][2], p4[i][3]};
            }
            return new StagingResult(Hypnogram.fromClass4(epochSec, EpochSequenceClassifier.argmax(p4)), p4, p3);
        }

        /** The most probable 3-class label per epoch. */
        public int[] classes3() {
            return EpochSequenceClassifier.argmax(proba3);
        }
    }
}
