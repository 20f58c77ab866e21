package org.cardiosleep.stats.glm;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Gamma;

/**
 * Generalized linear models fitted by iteratively reweighted least squares (Fisher scoring;
 * McCullagh &amp; Nelder 1989, section 2.5), following R's {@code glm.fit}: the same starting
 * values, the same convergence rule |dev - dev_old| / (|dev| + 0.1) &lt; epsilon, and standard
 * errors from the QR factor of the last weighted least-squares step, so coefficients, standard
 * errors and p-values agree with R's {@code summary(glm(...))}.
 */
public final class Glm {
    /** R's default glm.control(): epsilon 1e-8, maxit 25. */
    public static final double DEFAULT_TOLERANCE = 1e-8;
    public static final int DEFAULT_MAX_ITERATIONS = 25;

    private Glm() {
    }

    /** Fits with R's defaults and 95 % Wald intervals. */
    public static GlmFit fit(DesignMatrix x, double[] y, Family family) {
        return fit(x, y, null, family, 0.95, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * Fits the model.
     *
     * @param x               model matrix (include an intercept column to fit one)
     * @param y               response, length x.rows()
     * @param offset          known part of the linear predictor (e.g. log exposure time), or null
     * @param family          error distribution with canonical link
     * @param confidenceLevel level of the Wald intervals, e.g. 0.95
     * @param tolerance       relative deviance change that counts as converged
     * @param maxIterations   IRLS iteration cap
     */
    public static GlmFit fit(DesignMatrix x, double[] y, double[] offset, Family family, double confidenceLevel,
                             double tolerance, int maxIterations) {
        return fit(x, y, offset, family, confidenceLevel, tolerance, maxIterations, true);
    }

    private static GlmFit fit(DesignMatrix x, double[] y, double[] offset, Family family, double confidenceLevel,
                              double tolerance, int maxIterations, boolean withNullDeviance) {
        int n = x.rows();
        int p = x.columns();
        if (y.length != n) {
            throw new IllegalArgumentException("response has " + y.length + " values, design has " + n + " rows");
        }
        if (offset != null && offset.length != n) {
            throw new IllegalArgumentException("offset has " + offset.length + " values, design has " + n + " rows");
        }
        for (int i = 0; i < n; i++) {
            family.checkResponse(y[i], i);
        }
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = family.startMean(y[i]);
            eta[i] = family.link(mu[i]);
        }
        double devOld = deviance(family, y, mu);
        double[] z = new double[n];
        double[] sqrtW = new double[n];
        WeightedLeastSquares wls = null;
        double[] beta = null;
        double dev = devOld;
        boolean converged = false;
        int iter = 0;
        while (iter < maxIterations) {
            iter++;
            for (int i = 0; i < n; i++) {
                double g = family.muEta(mu[i]);
                double off = offset == null ? 0.0 : offset[i];
                z[i] = eta[i] - off + (y[i] - mu[i]) / g;
                sqrtW[i] = Math.sqrt(g * g / family.variance(mu[i]));
            }
            wls = new WeightedLeastSquares(x, z, sqrtW);
            beta = wls.coefficients();
            linearPredictor(x, beta, offset, eta);
            for (int i = 0; i < n; i++) {
                mu[i] = family.linkInverse(eta[i]);
            }
            dev = deviance(family, y, mu);
            if (!Double.isFinite(dev)) {
                throw new IllegalStateException("GLM deviance became infinite at iteration " + iter);
            }
            if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < tolerance) {
                converged = true;
                break;
            }
            devOld = dev;
        }
        List<String> warnings = new ArrayList<>();
        if (!converged) {
            warnings.add("IRLS did not converge in " + maxIterations + " iterations");
        }
        addBoundaryWarnings(family, mu, warnings);

        int df = n - p;
        double dispersion = 1.0;
        if (family.estimatesDispersion()) {
            if (df <= 0) {
                throw new IllegalArgumentException("no residual degrees of freedom to estimate the dispersion");
            }
            double pearson = 0;
            for (int i = 0; i < n; i++) {
                double r = y[i] - mu[i];
                pearson += r * r / family.variance(mu[i]);
            }
            dispersion = pearson / df;
        }
        double[] unscaled = wls.unscaledVarianceDiagonal();
        double[] se = new double[p];
        double[] stat = new double[p];
        double[] pv = new double[p];
        double[] lo = new double[p];
        double[] hi = new double[p];
        TDistribution t = family.estimatesDispersion() ? new TDistribution(null, df) : null;
        NormalDistribution normal = new NormalDistribution(null, 0, 1);
        double q = t != null ? t.inverseCumulativeProbability(0.5 + confidenceLevel / 2)
                : normal.inverseCumulativeProbability(0.5 + confidenceLevel / 2);
        for (int j = 0; j < p; j++) {
            se[j] = Math.sqrt(dispersion * unscaled[j]);
            stat[j] = beta[j] / se[j];
            // lower tail of -|stat| keeps relative precision for tiny p-values
            double tail = t != null ? t.cumulativeProbability(-Math.abs(stat[j]))
                    : normal.cumulativeProbability(-Math.abs(stat[j]));
            pv[j] = Math.min(1.0, 2.0 * tail);
            lo[j] = beta[j] - q * se[j];
            hi[j] = beta[j] + q * se[j];
        }
        double nullDev = !withNullDeviance ? Double.NaN : nullDeviance(family, y, offset, x.hasIntercept(), tolerance, maxIterations);
        double aic = aic(family, y, mu, dev) + 2.0 * p;
        return new GlmFit(family, x.terms().clone(), beta, se, stat, pv, lo, hi, confidenceLevel, dev, nullDev, aic,
                dispersion, n, df, iter, converged, List.copyOf(warnings));
    }

    private static void linearPredictor(DesignMatrix x, double[] beta, double[] offset, double[] eta) {
        int p = beta.length;
        double[] v = x.values();
        for (int i = 0; i < x.rows(); i++) {
            double s = offset == null ? 0.0 : offset[i];
            int o = i * p;
            for (int j = 0; j < p; j++) {
                s += v[o + j] * beta[j];
            }
            eta[i] = s;
        }
    }

    static double deviance(Family family, double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += family.unitDeviance(y[i], mu[i]);
        }
        return d;
    }

    private static void addBoundaryWarnings(Family family, double[] mu, List<String> warnings) {
        double eps = 10 * Family.EPS; // R's glm.fit boundary checks
        int atBoundary = 0;
        for (double m : mu) {
            if (family == Family.BINOMIAL && (m > 1 - eps || m < eps)) {
                atBoundary++;
            } else if (family == Family.POISSON && m < eps) {
                atBoundary++;
            }
        }
        if (atBoundary > 0) {
            warnings.add(family == Family.BINOMIAL
                    ? "fitted probabilities numerically 0 or 1 occurred for " + atBoundary
                    + " observations: complete or quasi-complete separation, estimates and standard errors are unreliable"
                    : "fitted rates numerically 0 occurred for " + atBoundary + " observations");
        }
    }

    /** Deviance of the model with only an intercept (or only the offset when there is no intercept). */
    private static double nullDeviance(Family family, double[] y, double[] offset, boolean intercept, double tol,
                                       int maxIterations) {
        int n = y.length;
        double[] mu = new double[n];
        if (!intercept) {
            for (int i = 0; i < n; i++) {
                mu[i] = family.linkInverse(offset == null ? 0.0 : offset[i]);
            }
            return deviance(family, y, mu);
        }
        if (offset == null) {
            double mean = 0;
            for (double v : y) {
                mean += v;
            }
            mean /= n;
            java.util.Arrays.fill(mu, mean);
            return deviance(family, y, mu);
        }
        DesignMatrix ones = DesignMatrix.withIntercept(new String[0], new double[0][], n);
        return fit(ones, y, offset, family, 0.95, tol, maxIterations, false).deviance();
    }

    /** -2 log-likelihood at mu (plus 2 for the gaussian variance), as R's family()$aic. */
    private static double aic(Family family, double[] y, double[] mu, double dev) {
        int n = y.length;
        switch (family) {
            case GAUSSIAN:
                return n * (Math.log(2 * Math.PI * dev / n) + 1) + 2;
            case BINOMIAL: {
                double ll = 0;
                for (int i = 0; i < n; i++) {
                    ll += y[i] == 1.0 ? Math.log(mu[i]) : Math.log(1 - mu[i]);
                }
                return -2 * ll;
            }
            default: {
                double ll = 0;
                for (int i = 0; i < n; i++) {
                    ll += y[i] * Math.log(mu[i]) - mu[i] - Gamma.logGamma(y[i] + 1);
                }
                return -2 * ll;
            }
        }
    }
}
