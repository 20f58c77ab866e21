package org.cardiosleep.pheno.beats;

/**
 * A 5×5 confusion matrix over the AAMI classes (rows: reference, columns: predicted) and the
 * per-class sensitivity (Se), positive predictive value (+P) and F1 of ANSI/AAMI EC57, in percent
 * for Se/+P and 0–1 for F1.
 */
public final class AamiConfusion {
    private final long[][] counts = new long[AamiClass.COUNT][AamiClass.COUNT];

    /** Adds every beat with a reference class (beats whose reference is {@link AamiClass#NONE} are skipped). */
    public AamiConfusion add(byte[] reference, byte[] predicted) {
        if (reference.length != predicted.length) {
            throw new IllegalArgumentException(reference.length + " reference labels but " + predicted.length
                    + " predictions");
        }
        for (int i = 0; i < reference.length; i++) {
            if (reference[i] >= 0) {
                counts[reference[i]][predicted[i]]++;
            }
        }
        return this;
    }

    /** Adds all counts of another matrix. */
    public AamiConfusion add(AamiConfusion other) {
        for (int r = 0; r < AamiClass.COUNT; r++) {
            for (int c = 0; c < AamiClass.COUNT; c++) {
                counts[r][c] += other.counts[r][c];
            }
        }
        return this;
    }

    /** Beats of reference class {@code r} predicted as {@code c}. */
    public long count(int r, int c) {
        return counts[r][c];
    }

    /** A copy of the matrix. */
    public long[][] matrix() {
        long[][] m = new long[AamiClass.COUNT][];
        for (int r = 0; r < AamiClass.COUNT; r++) {
            m[r] = counts[r].clone();
        }
        return m;
    }

    public long total() {
        long t = 0;
        for (long[] row : counts) {
            for (long v : row) {
                t += v;
            }
        }
        return t;
    }

    /** Reference beats of class {@code k}. */
    public long referenceCount(int k) {
        long s = 0;
        for (int c = 0; c < AamiClass.COUNT; c++) {
            s += counts[k][c];
        }
        return s;
    }

    /** Beats predicted as class {@code k}. */
    public long predictedCount(int k) {
        long s = 0;
        for (int r = 0; r < AamiClass.COUNT; r++) {
            s += counts[r][k];
        }
        return s;
    }

    /** Sensitivity of class {@code k} in percent; NaN when the class has no reference beat. */
    public double sensitivity(int k) {
        long ref = referenceCount(k);
        return ref == 0 ? Double.NaN : 100.0 * counts[k][k] / ref;
    }

    /** Positive predictive value of class {@code k} in percent; NaN when nothing was predicted as {@code k}. */
    public double ppv(int k) {
        long pred = predictedCount(k);
        return pred == 0 ? Double.NaN : 100.0 * counts[k][k] / pred;
    }

    /** F1 of class {@code k} (0–1): 2·TP / (2·TP + FP + FN); NaN when the class is absent from both sides. */
    public double f1(int k) {
        long tp = counts[k][k];
        long den = referenceCount(k) + predictedCount(k);
        return den == 0 ? Double.NaN : 2.0 * tp / den;
    }

    /** Share of beats classified correctly, in percent. */
    public double accuracy() {
        long t = total(), ok = 0;
        for (int k = 0; k < AamiClass.COUNT; k++) {
            ok += counts[k][k];
        }
        return t == 0 ? Double.NaN : 100.0 * ok / t;
    }
}
