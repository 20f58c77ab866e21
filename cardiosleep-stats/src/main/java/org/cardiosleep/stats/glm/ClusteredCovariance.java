package org.cardiosleep.stats.glm;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Cluster-robust (sandwich) standard errors for a fitted canonical-link GLM, for observations
 * grouped in clusters (e.g. events within subjects): {@code V = c · B (Σ_g s_g s_gᵀ) B} with bread
 * {@code B = (Xᵀ W X)⁻¹}, cluster scores {@code s_g = Σ_{i∈g} x_i (y_i − μ_i)}, and the CR1
 * small-sample factor {@code c = G/(G−1) · (N−1)/(N−K)} (Liang & Zeger 1986; Cameron & Miller 2015).
 * The dispersion cancels for canonical links, so the gaussian case is the classic CR1 OLS sandwich.
 */
public final class ClusteredCovariance {
    private ClusteredCovariance() {
    }

    /**
     * Robust inference for {@code fit} of {@code y} on {@code x}.
     *
     * @param cluster cluster id per row
     * @return a copy of the fit with robust standard errors, z statistics, normal p-values and
     *         Wald intervals; coefficients unchanged
     */
    public static GlmFit robust(GlmFit fit, DesignMatrix x, double[] y, int[] cluster) {
        int n = x.rows(), p = x.columns();
        double[] beta = fit.coefficients();
        double[][] xtwx = new double[p][p];
        int maxC = 0;
        for (int c : cluster) {
            maxC = Math.max(maxC, c);
        }
        double[][] scores = new double[maxC + 1][p];
        boolean[] seen = new boolean[maxC + 1];
        for (int i = 0; i < n; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += x.get(i, j) * beta[j];
            }
            double mu, w;
            switch (fit.family()) {
                case BINOMIAL -> {
                    mu = 1 / (1 + Math.exp(-eta));
                    w = mu * (1 - mu);
                }
                case POISSON -> {
                    mu = Math.exp(eta);
                    w = mu;
                }
                default -> {
                    mu = eta;
                    w = 1;
                }
            }
            double r = y[i] - mu;
            int g = cluster[i];
            seen[g] = true;
            for (int j = 0; j < p; j++) {
                double xij = x.get(i, j);
                scores[g][j] += xij * r;
                for (int k = 0; k < p; k++) {
                    xtwx[j][k] += xij * w * x.get(i, k);
                }
            }
        }
        int groups = 0;
        double[][] meat = new double[p][p];
        for (int g = 0; g <= maxC; g++) {
            if (!seen[g]) {
                continue;
            }
            groups++;
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    meat[j][k] += scores[g][j] * scores[g][k];
                }
            }
        }
        if (groups < 2) {
            throw new IllegalArgumentException("cluster-robust errors need at least 2 clusters, got " + groups);
        }
        RealMatrix bread = new LUDecomposition(new Array2DRowRealMatrix(xtwx)).getSolver().getInverse();
        RealMatrix v = bread.multiply(new Array2DRowRealMatrix(meat)).multiply(bread);
        double c = groups / (groups - 1.0) * (n - 1.0) / Math.max(1, n - p);
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + fit.confidenceLevel() / 2);
        double[] se = new double[p], stat = new double[p], pv = new double[p], lo = new double[p], hi = new double[p];
        NormalDistribution nd = new NormalDistribution();
        for (int j = 0; j < p; j++) {
            se[j] = Math.sqrt(c * v.getEntry(j, j));
            stat[j] = beta[j] / se[j];
            pv[j] = 2 * nd.cumulativeProbability(-Math.abs(stat[j]));
            lo[j] = beta[j] - z * se[j];
            hi[j] = beta[j] + z * se[j];
        }
        return new GlmFit(fit.family(), fit.terms(), beta, se, stat, pv, lo, hi, fit.confidenceLevel(), fit.deviance(),
                fit.nullDeviance(), fit.aic(), fit.dispersion(), fit.observations(), fit.dfResidual(),
                fit.iterations(), fit.converged(), fit.warnings());
    }
}
