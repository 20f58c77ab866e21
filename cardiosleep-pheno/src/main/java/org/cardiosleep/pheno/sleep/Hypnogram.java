package org.cardiosleep.pheno.sleep;

import java.util.Arrays;

/**
 * A night's sleep stages, one per fixed-length epoch from lights off (epoch 0) to lights on.
 *
 * @param epochSec epoch length in seconds (30 in AASM scoring)
 * @param stages   the stage of each epoch
 */
public record Hypnogram(double epochSec, SleepStage[] stages) {
    public Hypnogram {
        if (!(epochSec > 0)) {
            throw new IllegalArgumentException("epoch length must be positive, got " + epochSec);
        }
        stages = stages.clone();
        for (SleepStage s : stages) {
            if (s == null) {
                throw new IllegalArgumentException("null stage in hypnogram");
            }
        }
    }

    /** A hypnogram of 30-s epochs from one character per epoch: W 1 2 3 R, and ? or . for unscored. */
    public static Hypnogram of30s(String epochs) {
        SleepStage[] s = new SleepStage[epochs.length()];
        for (int i = 0; i < s.length; i++) {
            char c = epochs.charAt(i);
            s[i] = c == '?' || c == '.' ? SleepStage.UNSCORED : SleepStage.parse(String.valueOf(c));
        }
        return new Hypnogram(30.0, s);
    }

    /** A hypnogram from 4-class indices (see {@link SleepStage#class4()}); negative = unscored. */
    public static Hypnogram fromClass4(double epochSec, int[] classes) {
        SleepStage[] s = new SleepStage[classes.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = SleepStage.fromClass4(classes[i]);
        }
        return new Hypnogram(epochSec, s);
    }

    public int size() {
        return stages.length;
    }

    public SleepStage stage(int epoch) {
        return stages[epoch];
    }

    @Override
    public SleepStage[] stages() {
        return stages.clone();
    }

    /** 4-class labels per epoch (−1 unscored). */
    public int[] classes4() {
        int[] c = new int[stages.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = stages[i].class4();
        }
        return c;
    }

    /** 3-class labels per epoch (−1 unscored). */
    public int[] classes3() {
        int[] c = new int[stages.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = stages[i].class3();
        }
        return c;
    }

    /** The stages as one character per epoch (W 1 2 3 R ?). */
    public String toCompactString() {
        StringBuilder b = new StringBuilder(stages.length);
        for (SleepStage s : stages) {
            b.append(switch (s) {
                case WAKE -> 'W';
                case N1 -> '1';
                case N2 -> '2';
                case N3 -> '3';
                case REM -> 'R';
                case UNSCORED -> '?';
            });
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hypnogram h && h.epochSec == epochSec && Arrays.equals(h.stages, stages);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(epochSec) * 31 + Arrays.hashCode(stages);
    }

    @Override
    public String toString() {
        return "Hypnogram[" + stages.length + " x " + epochSec + " s]";
    }
}
