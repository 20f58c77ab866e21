package org.cardiosleep.learn.gbm;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Gradient-boosted regression trees (Friedman 2001) with second-order leaf values and split gains
 * (Chen &amp; Guestrin 2016, XGBoost) on quantile-binned features. Two classes use the logistic
 * loss with one tree per round; more classes the softmax loss with one tree per class per round.
 * Missing values (NaN) always go to the left child. Pure Java, deterministic for a given seed.
 */
public final class GradientBoostedTrees {
    private final int classes;
    private final int features;
    private final double[] baseScore;
    /** trees[round * outputs + k]. */
    private final Tree[] trees;
    /** The trees padded for block prediction, built at first use. */
    private volatile PaddedTrees padded;

    private GradientBoostedTrees(int classes, int features, double[] baseScore, Tree[] trees) {
        this.classes = classes;
        this.features = features;
        this.baseScore = baseScore;
        this.trees = trees;
    }

    public int classes() {
        return classes;
    }

    public int features() {
        return features;
    }

    private int outputs() {
        return classes == 2 ? 1 : classes;
    }

    /** Trains on rows {@code x} (NaN allowed) with labels {@code y} in [0, classes). */
    public static GradientBoostedTrees fit(double[][] x, int[] y, int classes, GbmParams p) {
        int n = x.length;
        if (n == 0 || n != y.length) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        int f = x[0].length;
        int outputs = classes == 2 ? 1 : classes;
        double[] weight = new double[n];
        long[] count = new long[classes];
        for (int label : y) {
            if (label < 0 || label >= classes) {
                throw new IllegalArgumentException("label out of range: " + label);
            }
            count[label]++;
        }
        for (int i = 0; i < n; i++) {
            weight[i] = p.balanceClasses() ? (double) n / (classes * count[y[i]]) : 1.0;
        }
        double[] base = new double[outputs];
        if (classes == 2) {
            double pos = 0;
            double tot = 0;
            for (int i = 0; i < n; i++) {
                pos += weight[i] * y[i];
                tot += weight[i];
            }
            double q = Math.min(1 - 1e-6, Math.max(1e-6, pos / tot));
            base[0] = Math.log(q / (1 - q));
        } else {
            double[] s = new double[classes];
            for (int i = 0; i < n; i++) {
                s[y[i]] += weight[i];
            }
            for (int k = 0; k < classes; k++) {
                base[k] = Math.log(Math.max(1e-6, s[k] / n));
            }
        }
        Binning bin = Binning.of(x, p.maxBins());
        double[][] score = new double[outputs][n];
        for (int k = 0; k < outputs; k++) {
            Arrays.fill(score[k], base[k]);
        }
        SplittableRandom rnd = new SplittableRandom(p.seed());
        Tree[] trees = new Tree[p.rounds() * outputs];
        TreeGrower grower = new TreeGrower(bin, p);
        double[] g = new double[n];
        double[] h = new double[n];
        double[] prob = new double[classes];
        int[] rows = new int[n];
        for (int r = 0; r < p.rounds(); r++) {
            int m = sampleRows(rows, n, p.rowSample(), rnd);
            for (int k = 0; k < outputs; k++) {
                for (int i = 0; i < n; i++) {
                    double pk;
                    if (classes == 2) {
                        pk = 1 / (1 + Math.exp(-score[0][i]));
                        g[i] = weight[i] * (pk - y[i]);
                    } else {
                        softmax(score, i, prob);
                        pk = prob[k];
                        g[i] = weight[i] * (pk - (y[i] == k ? 1 : 0));
                    }
                    h[i] = weight[i] * Math.max(1e-6, pk * (1 - pk));
                }
                boolean[] cols = sampleColumns(f, p.colSample(), rnd);
                Tree t = grower.grow(rows, m, g, h, cols);
                trees[r * outputs + k] = t;
                for (int i = 0; i < n; i++) {
                    score[k][i] += t.predict(x[i]);
                }
            }
        }
        return new GradientBoostedTrees(classes, f, base, trees);
    }

    private static int sampleRows(int[] rows, int n, double frac, SplittableRandom rnd) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (frac >= 1 || rnd.nextDouble() < frac) {
                rows[m++] = i;
            }
        }
        return m;
    }

    private static boolean[] sampleColumns(int f, double frac, SplittableRandom rnd) {
        boolean[] c = new boolean[f];
        int on = 0;
        for (int j = 0; j < f; j++) {
            c[j] = frac >= 1 || rnd.nextDouble() < frac;
            on += c[j] ? 1 : 0;
        }
        if (on == 0) {
            c[rnd.nextInt(f)] = true;
        }
        return c;
    }

    private static void softmax(double[][] score, int i, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] s : score) {
            max = Math.max(max, s[i]);
        }
        double sum = 0;
        for (int k = 0; k < out.length; k++) {
            out[k] = Math.exp(score[k][i] - max);
            sum += out[k];
        }
        for (int k = 0; k < out.length; k++) {
            out[k] /= sum;
        }
    }

    /** Class probabilities of one row into {@code out} (length = classes). */
    public void predictProba(double[] x, double[] out) {
        int outputs = outputs();
        if (classes == 2) {
            double s = baseScore[0];
            for (Tree t : trees) {
                s += t.predict(x);
            }
            out[1] = 1 / (1 + Math.exp(-s));
            out[0] = 1 - out[1];
            return;
        }
        double[] s = baseScore.clone();
        for (int i = 0; i < trees.length; i++) {
            s[i % outputs] += trees[i].predict(x);
        }
        probabilities(s, 0, out);
    }

    /**
     * Class probabilities of every row: the same numbers as row by row, computed tree by tree over
     * blocks of rows through {@link PaddedTrees} (branch-free, several rows descending together).
     */
    public double[][] predictProba(double[][] x) {
        int outputs = outputs();
        double[] s = new double[x.length * outputs];
        for (int r = 0; r < x.length; r++) {
            System.arraycopy(baseScore, 0, s, r * outputs, outputs);
        }
        PaddedTrees pad = padded;
        if (pad == null) {
            padded = pad = PaddedTrees.of(trees);
        }
        pad.addScores(x, features, s, outputs);
        double[][] p = new double[x.length][classes];
        for (int r = 0; r < x.length; r++) {
            probabilities(s, r * outputs, p[r]);
        }
        return p;
    }

    /** Probabilities from the summed scores {@code s[off..off+outputs)}, as {@link #predictProba(double[], double[])}. */
    private void probabilities(double[] s, int off, double[] out) {
        if (classes == 2) {
            out[1] = 1 / (1 + Math.exp(-s[off]));
            out[0] = 1 - out[1];
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            max = Math.max(max, s[off + k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            out[k] = Math.exp(s[off + k] - max);
            sum += out[k];
        }
        for (int k = 0; k < classes; k++) {
            out[k] /= sum;
        }
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(classes);
        out.writeInt(features);
        out.writeInt(trees.length);
        for (double b : baseScore) {
            out.writeDouble(b);
        }
        for (Tree t : trees) {
            t.write(out);
        }
    }

    public static GradientBoostedTrees read(DataInput in) throws IOException {
        int classes = in.readInt();
        int features = in.readInt();
        int count = in.readInt();
        if (classes < 2 || classes > 64 || features < 1 || count < 1 || count > 1_000_000) {
            throw new IOException("not a boosted-trees model (classes " + classes + ", features " + features + ")");
        }
        double[] base = new double[classes == 2 ? 1 : classes];
        for (int k = 0; k < base.length; k++) {
            base[k] = in.readDouble();
        }
        Tree[] trees = new Tree[count];
        for (int i = 0; i < count; i++) {
            trees[i] = Tree.read(in);
            for (short fi : trees[i].feature) {
                if (fi >= features) {
                    throw new IOException("tree refers to feature " + fi + " of " + features);
                }
            }
        }
        return new GradientBoostedTrees(classes, features, base, trees);
    }
}
