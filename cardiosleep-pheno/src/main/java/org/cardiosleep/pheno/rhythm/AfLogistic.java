package org.cardiosleep.pheno.rhythm;

import java.util.List;

/**
 * Per-beat AF probability by L2-regularised logistic regression over the {@link
 * org.cardiosleep.signal.rhythm.AfFeatures} (standardised with the training means and SDs;
 * limited to ±4 SD so that a linear model cannot extrapolate to values never seen in training, as
 * over a 24-h recording; missing values replaced by the training mean, i.e. 0 after standardisation). A low-variance
 * alternative to {@link AfModel} when few records hold AF. Fitted by Newton–Raphson (IRLS) with
 * balanced class weights and ridge penalty {@link #LAMBDA} per row; training rows as in
 * {@link AfModel} (every {@link AfModel#TRAIN_STRIDE}-th beat).
 */
public final class AfLogistic {
    /** Ridge penalty (on standardised coefficients, per training row). */
    public static final double LAMBDA = 1e-3;
    /** Bound of the standardised features (SDs). */
    public static final double CLIP_SD = 4;
    private static final int ITERATIONS = 25;

    private final double[] mean, sd, w;

    private AfLogistic(double[] mean, double[] sd, double[] w) {
        this.mean = mean;
        this.sd = sd;
        this.w = w;
    }

    /** Trains on several records (truth 1 = AF, 0 = not, other values unused). */
    public static AfLogistic fit(List<double[][]> features, List<byte[]> truth) {
        int f = features.get(0)[0].length;
        double[] mean = new double[f], sd = new double[f];
        long[] cnt = new long[f];
        int rows = 0;
        long pos = 0;
        for (int r = 0; r < features.size(); r++) {
            byte[] t = truth.get(r);
            for (int i = 0; i < t.length; i += AfModel.TRAIN_STRIDE) {
                if (t[i] != 0 && t[i] != 1) {
                    continue;
                }
                rows++;
                pos += t[i];
                double[] x = features.get(r)[i];
                for (int j = 0; j < f; j++) {
                    if (!Double.isNaN(x[j])) {
                        mean[j] += x[j];
                        sd[j] += x[j] * x[j];
                        cnt[j]++;
                    }
                }
            }
        }
        if (pos == 0 || pos == rows) {
            throw new IllegalArgumentException("AF model training needs AF and non-AF beats");
        }
        for (int j = 0; j < f; j++) {
            mean[j] = cnt[j] > 0 ? mean[j] / cnt[j] : 0;
            double v = cnt[j] > 0 ? sd[j] / cnt[j] - mean[j] * mean[j] : 0;
            sd[j] = v > 1e-12 ? Math.sqrt(v) : 1;
        }
        double[][] z = new double[rows][];
        double[] y = new double[rows], weight = new double[rows];
        double wPos = 0.5 * rows / pos, wNeg = 0.5 * rows / (rows - pos);
        int k = 0;
        for (int r = 0; r < features.size(); r++) {
            byte[] t = truth.get(r);
            for (int i = 0; i < t.length; i += AfModel.TRAIN_STRIDE) {
                if (t[i] == 0 || t[i] == 1) {
                    z[k] = standardise(features.get(r)[i], mean, sd);
                    y[k] = t[i];
                    weight[k++] = t[i] == 1 ? wPos : wNeg;
                }
            }
        }
        int d = f + 1;
        double[] w = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int i = 0; i < rows; i++) {
                double s = w[f];
                for (int j = 0; j < f; j++) {
                    s += w[j] * z[i][j];
                }
                double p = 1 / (1 + Math.exp(-s));
                double gi = weight[i] * (p - y[i]);
                double hi = weight[i] * Math.max(1e-6, p * (1 - p));
                for (int a = 0; a < d; a++) {
                    double za = a < f ? z[i][a] : 1;
                    g[a] += gi * za;
                    double hz = hi * za;
                    for (int b = 0; b <= a; b++) {
                        h[a][b] += hz * (b < f ? z[i][b] : 1);
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    h[b][a] = h[a][b];
                }
                if (a < f) {
                    g[a] += LAMBDA * rows * w[a];
                    h[a][a] += LAMBDA * rows;
                }
            }
            double[] step = solve(h, g);
            double change = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                change = Math.max(change, Math.abs(step[a]));
            }
            if (change < 1e-6) {
                break;
            }
        }
        return new AfLogistic(mean, sd, w);
    }

    private static double[] standardise(double[] x, double[] mean, double[] sd) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = Double.isNaN(x[j]) ? 0 : clip((x[j] - mean[j]) / sd[j]);
        }
        return z;
    }

    /** Standardised values are limited to ±{@link #CLIP_SD}: a linear model must not extrapolate. */
    private static double clip(double z) {
        return Math.max(-CLIP_SD, Math.min(CLIP_SD, z));
    }

    /** Gaussian elimination with partial pivoting (small dense systems). */
    private static double[] solve(double[][] a0, double[] b0) {
        int n = b0.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = a0[i].clone();
        }
        double[] b = b0.clone();
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] tr = a[c];
            a[c] = a[p];
            a[p] = tr;
            double tb = b[c];
            b[c] = b[p];
            b[p] = tb;
            double piv = Math.abs(a[c][c]) < 1e-12 ? 1e-12 : a[c][c];
            for (int r = c + 1; r < n; r++) {
                double m = a[r][c] / piv;
                if (m != 0) {
                    for (int k = c; k < n; k++) {
                        a[r][k] -= m * a[c][k];
                    }
                    b[r] -= m * b[c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int k = i + 1; k < n; k++) {
                s -= a[i][k] * x[k];
            }
            x[i] = s / (Math.abs(a[i][i]) < 1e-12 ? 1e-12 : a[i][i]);
        }
        return x;
    }

    /** Per-beat AF probability. */
    public double[] probability(double[][] features) {
        int f = mean.length;
        double[] p = new double[features.length];
        for (int i = 0; i < p.length; i++) {
            double s = w[f];
            for (int j = 0; j < f; j++) {
                double x = features[i][j];
                s += w[j] * (Double.isNaN(x) ? 0 : clip((x - mean[j]) / sd[j]));
            }
            p[i] = 1 / (1 + Math.exp(-s));
        }
        return p;
    }
}
