package org.cardiosleep.learn.sequence;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Smooths per-step class posteriors of a sequence with a first-order hidden Markov model: the
 * classifier's posterior divided by the class prior is used as a scaled emission likelihood
 * (the hybrid HMM of Bourlard &amp; Morgan 1994), and forward–backward gives the posterior of each
 * step given the whole sequence. Transition probabilities and priors are counted on training
 * sequences with add-one smoothing.
 */
public final class HmmSmoother {
    private final double[][] transition;
    private final double[] prior;

    public HmmSmoother(double[][] transition, double[] prior) {
        this.transition = transition;
        this.prior = prior;
    }

    public int classes() {
        return prior.length;
    }

    /** Counts transitions between consecutive labelled steps (labels &lt; 0 break the chain). */
    public static HmmSmoother fit(int classes, Iterable<int[]> sequences) {
        double[][] a = new double[classes][classes];
        double[] pi = new double[classes];
        for (double[] row : a) {
            java.util.Arrays.fill(row, 1.0);
        }
        java.util.Arrays.fill(pi, 1.0);
        for (int[] s : sequences) {
            for (int t = 0; t < s.length; t++) {
                if (s[t] < 0) {
                    continue;
                }
                pi[s[t]]++;
                if (t > 0 && s[t - 1] >= 0) {
                    a[s[t - 1]][s[t]]++;
                }
            }
        }
        double tot = 0;
        for (double v : pi) {
            tot += v;
        }
        for (int k = 0; k < classes; k++) {
            pi[k] /= tot;
            double rs = 0;
            for (double v : a[k]) {
                rs += v;
            }
            for (int j = 0; j < classes; j++) {
                a[k][j] /= rs;
            }
        }
        return new HmmSmoother(a, pi);
    }

    /** Forward–backward posteriors for per-step classifier posteriors {@code p[t][k]}. */
    public double[][] smooth(double[][] p) {
        int n = p.length;
        int k = prior.length;
        double[][] alpha = new double[n][k];
        double[][] out = new double[n][k];
        if (n == 0) {
            return out;
        }
        double[][] e = new double[n][k];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < k; j++) {
                e[t][j] = Math.max(1e-9, p[t][j]) / prior[j];
            }
        }
        for (int j = 0; j < k; j++) {
            alpha[0][j] = prior[j] * e[0][j];
        }
        normalise(alpha[0]);
        for (int t = 1; t < n; t++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int i = 0; i < k; i++) {
                    s += alpha[t - 1][i] * transition[i][j];
                }
                alpha[t][j] = s * e[t][j];
            }
            normalise(alpha[t]);
        }
        double[] beta = new double[k];
        double[] next = new double[k];
        java.util.Arrays.fill(beta, 1.0);
        for (int t = n - 1; t >= 0; t--) {
            for (int j = 0; j < k; j++) {
                out[t][j] = alpha[t][j] * beta[j];
            }
            normalise(out[t]);
            if (t > 0) {
                for (int i = 0; i < k; i++) {
                    double s = 0;
                    for (int j = 0; j < k; j++) {
                        s += transition[i][j] * e[t][j] * beta[j];
                    }
                    next[i] = s;
                }
                normalise(next);
                System.arraycopy(next, 0, beta, 0, k);
            }
        }
        return out;
    }

    private static void normalise(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        if (s > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= s;
            }
        }
    }

    public void write(DataOutput out) throws IOException {
        out.writeInt(prior.length);
        for (double v : prior) {
            out.writeDouble(v);
        }
        for (double[] row : transition) {
            for (double v : row) {
                out.writeDouble(v);
            }
        }
    }

    public static HmmSmoother read(DataInput in) throws IOException {
        int k = in.readInt();
        if (k < 2 || k > 64) {
            throw new IOException("bad HMM class count " + k);
        }
        double[] pi = new double[k];
        for (int i = 0; i < k; i++) {
            pi[i] = in.readDouble();
        }
        double[][] a = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i][j] = in.readDouble();
            }
        }
        return new HmmSmoother(a, pi);
    }
}
