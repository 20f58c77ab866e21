package org.cardiosleep.stats.classification;

import java.util.Arrays;

/**
 * A confusion matrix of {@code k} classes (rows = reference, columns = prediction) with the
 * agreement statistics derived from it: accuracy, Cohen's kappa (Cohen 1960), and per-class
 * precision, recall (sensitivity), specificity and F1. Labels outside {@code [0, k)} (for example
 * {@code -1} for unscored epochs) are ignored by {@link #add(int, int)}.
 */
public final class ConfusionMatrix {
    private final long[][] counts;

    /** An empty matrix of {@code classes} classes. */
    public ConfusionMatrix(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("a confusion matrix needs at least 2 classes, got " + classes);
        }
        this.counts = new long[classes][classes];
    }

    /** A matrix filled from paired reference and predicted labels (pairs with a label out of range are skipped). */
    public static ConfusionMatrix of(int classes, int[] reference, int[] predicted) {
        if (reference.length != predicted.length) {
            throw new IllegalArgumentException("reference and prediction lengths differ: "
                    + reference.length + " vs " + predicted.length);
        }
        ConfusionMatrix m = new ConfusionMatrix(classes);
        for (int i = 0; i < reference.length; i++) {
            m.add(reference[i], predicted[i]);
        }
        return m;
    }

    public int classes() {
        return counts.length;
    }

    /** Counts one pair; returns false (and counts nothing) when either label is out of range. */
    public boolean add(int reference, int predicted) {
        int k = counts.length;
        if (reference < 0 || reference >= k || predicted < 0 || predicted >= k) {
            return false;
        }
        counts[reference][predicted]++;
        return true;
    }

    /** Adds every count of {@code other} (same number of classes). */
    public void addAll(ConfusionMatrix other) {
        if (other.classes() != classes()) {
            throw new IllegalArgumentException("class counts differ: " + other.classes() + " vs " + classes());
        }
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                counts[i][j] += other.counts[i][j];
            }
        }
    }

    /** The count of reference {@code reference} predicted as {@code predicted}. */
    public long count(int reference, int predicted) {
        return counts[reference][predicted];
    }

    /** A copy of the counts, rows = reference, columns = prediction. */
    public long[][] counts() {
        long[][] c = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            c[i] = counts[i].clone();
        }
        return c;
    }

    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    /** Fraction of pairs that agree, 0–1 (NaN when empty). */
    public double accuracy() {
        long n = total();
        if (n == 0) {
            return Double.NaN;
        }
        long agree = 0;
        for (int i = 0; i < counts.length; i++) {
            agree += counts[i][i];
        }
        return (double) agree / n;
    }

    /**
     * Cohen's kappa: (p_o − p_e) / (1 − p_e) with p_e from the row and column marginals (Cohen 1960).
     * 1 when both raters used one and the same class only (perfect agreement, p_e = 1); NaN when empty.
     */
    public double kappa() {
        long n = total();
        if (n == 0) {
            return Double.NaN;
        }
        double po = accuracy();
        double pe = 0;
        for (int c = 0; c < counts.length; c++) {
            pe += (double) rowSum(c) / n * ((double) colSum(c) / n);
        }
        if (pe >= 1.0) {
            return po >= 1.0 ? 1.0 : 0.0;
        }
        return (po - pe) / (1 - pe);
    }

    /** Reference count of class {@code c} (row sum). */
    public long rowSum(int c) {
        long s = 0;
        for (long v : counts[c]) {
            s += v;
        }
        return s;
    }

    /** Predicted count of class {@code c} (column sum). */
    public long colSum(int c) {
        long s = 0;
        for (long[] row : counts) {
            s += row[c];
        }
        return s;
    }

    /** Recall (sensitivity) of class {@code c}: TP / (TP + FN); NaN when the class never occurs. */
    public double recall(int c) {
        long r = rowSum(c);
        return r == 0 ? Double.NaN : (double) counts[c][c] / r;
    }

    /** Precision (positive predictive value) of class {@code c}: TP / (TP + FP); NaN when never predicted. */
    public double precision(int c) {
        long p = colSum(c);
        return p == 0 ? Double.NaN : (double) counts[c][c] / p;
    }

    /** Specificity of class {@code c} (one-vs-rest): TN / (TN + FP); NaN when every pair is of class c. */
    public double specificity(int c) {
        long n = total();
        long negatives = n - rowSum(c);
        if (negatives == 0) {
            return Double.NaN;
        }
        long fp = colSum(c) - counts[c][c];
        return (double) (negatives - fp) / negatives;
    }

    /**
     * F1 of class {@code c}: 2·TP / (2·TP + FP + FN). NaN when the class neither occurs nor is
     * predicted (nothing to score).
     */
    public double f1(int c) {
        long tp = counts[c][c];
        long fp = colSum(c) - tp;
        long fn = rowSum(c) - tp;
        long den = 2 * tp + fp + fn;
        return den == 0 ? Double.NaN : 2.0 * tp / den;
    }

    /** Mean F1 over the classes that occur or are predicted (macro F1). */
    public double macroF1() {
        double s = 0;
        int n = 0;
        for (int c = 0; c < counts.length; c++) {
            double f = f1(c);
            if (!Double.isNaN(f)) {
                s += f;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** A new matrix with classes merged: {@code mapping[c]} is the new class of old class {@code c}. */
    public ConfusionMatrix merge(int newClasses, int[] mapping) {
        if (mapping.length != counts.length) {
            throw new IllegalArgumentException("mapping has " + mapping.length + " entries for " + counts.length + " classes");
        }
        ConfusionMatrix m = new ConfusionMatrix(newClasses);
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                m.counts[mapping[i]][mapping[j]] += counts[i][j];
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return Arrays.deepToString(counts);
    }
}
