package org.cardiosleep.stats.glm;

/**
 * Exponential-family distributions with their canonical links (McCullagh &amp; Nelder 1989,
 * table 2.1): gaussian/identity, binomial/logit, poisson/log. With a canonical link, Fisher
 * scoring equals Newton–Raphson, so IRLS converges quadratically.
 */
public enum Family {
    /** Normal errors, identity link; dispersion estimated (t-based inference, as R's glm). */
    GAUSSIAN,
    /** Bernoulli outcome 0/1, logit link; dispersion fixed at 1 (z-based inference). */
    BINOMIAL,
    /** Counts, log link; dispersion fixed at 1 (z-based inference). */
    POISSON;

    /** Parses "gaussian", "binomial" or "poisson" (case-insensitive). */
    public static Family parse(String name) {
        for (Family f : values()) {
            if (f.name().equalsIgnoreCase(name.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown GLM family '" + name + "' (gaussian, binomial, poisson)");
    }

    /** Mean from linear predictor (inverse link). */
    double linkInverse(double eta) {
        switch (this) {
            case BINOMIAL:
                // R's plogis guards: keep mu strictly inside (0, 1)
                double mu = 1.0 / (1.0 + Math.exp(-eta));
                return Math.min(Math.max(mu, EPS), 1.0 - EPS);
            case POISSON:
                return Math.max(Math.exp(eta), EPS);
            default:
                return eta;
        }
    }

    /** Linear predictor from mean (link). */
    double link(double mu) {
        switch (this) {
            case BINOMIAL:
                return Math.log(mu / (1.0 - mu));
            case POISSON:
                return Math.log(mu);
            default:
                return mu;
        }
    }

    /** d mu / d eta. */
    double muEta(double mu) {
        switch (this) {
            case BINOMIAL:
                return Math.max(mu * (1.0 - mu), EPS);
            case POISSON:
                return Math.max(mu, EPS);
            default:
                return 1.0;
        }
    }

    /** Variance function V(mu). */
    double variance(double mu) {
        switch (this) {
            case BINOMIAL:
                return mu * (1.0 - mu);
            case POISSON:
                return mu;
            default:
                return 1.0;
        }
    }

    /** Starting mean, as R's family()$initialize. */
    double startMean(double y) {
        switch (this) {
            case BINOMIAL:
                return (y + 0.5) / 2.0;
            case POISSON:
                return y + 0.1;
            default:
                return y;
        }
    }

    /** Unit deviance d(y, mu) (McCullagh &amp; Nelder 1989, section 2.3). */
    double unitDeviance(double y, double mu) {
        switch (this) {
            case BINOMIAL:
                return 2.0 * (xlogxOverMu(y, mu) + xlogxOverMu(1.0 - y, 1.0 - mu));
            case POISSON:
                return 2.0 * (xlogxOverMu(y, mu) - (y - mu));
            default:
                double r = y - mu;
                return r * r;
        }
    }

    /** Checks that y is in the family's support. */
    void checkResponse(double y, int row) {
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("response is not finite at row " + (row + 1));
        }
        if (this == BINOMIAL && y != 0.0 && y != 1.0) {
            throw new IllegalArgumentException("binomial response must be 0 or 1, got " + y + " at row " + (row + 1));
        }
        if (this == POISSON && (y < 0.0 || y != Math.rint(y))) {
            throw new IllegalArgumentException("poisson response must be a non-negative integer, got " + y + " at row " + (row + 1));
        }
    }

    /** Whether the dispersion is estimated from the residuals (t tests) or fixed at 1 (z tests). */
    boolean estimatesDispersion() {
        return this == GAUSSIAN;
    }

    private static double xlogxOverMu(double y, double mu) {
        return y == 0.0 ? 0.0 : y * Math.log(y / mu);
    }

    /** R's .Machine$double.eps bound used by binomial()/poisson() link guards. */
    static final double EPS = 2.220446049250313e-16;
}
