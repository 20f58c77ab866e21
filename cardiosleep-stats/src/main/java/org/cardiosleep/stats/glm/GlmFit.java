package org.cardiosleep.stats.glm;

import java.util.List;

/**
 * A fitted generalized linear model. Arrays are indexed by term, in the order of {@link #terms()}.
 *
 * @param family          the error distribution (canonical link)
 * @param terms           term names (e.g. "(Intercept)", "age")
 * @param coefficients    maximum-likelihood estimates
 * @param standardErrors  sqrt of the diagonal of dispersion * (X'WX)^-1
 * @param statistics      Wald statistic: t for gaussian, z otherwise
 * @param pValues         two-sided p-values (t with {@code dfResidual} degrees of freedom, or normal)
 * @param ciLower         lower bound of the Wald confidence interval at {@code confidenceLevel}
 * @param ciUpper         upper bound of the Wald confidence interval
 * @param confidenceLevel e.g. 0.95
 * @param deviance        residual deviance
 * @param nullDeviance    deviance of the intercept-only model (or of eta = offset without intercept)
 * @param aic             Akaike information criterion, as R's {@code AIC(glm)}
 * @param dispersion      estimated (gaussian: Pearson chi2 / df) or 1
 * @param observations    number of rows fitted
 * @param dfResidual      observations minus number of terms
 * @param iterations      IRLS iterations used
 * @param converged       whether the deviance converged
 * @param warnings        convergence and separation warnings, empty when none
 */
public record GlmFit(Family family, String[] terms, double[] coefficients, double[] standardErrors,
                     double[] statistics, double[] pValues, double[] ciLower, double[] ciUpper,
                     double confidenceLevel, double deviance, double nullDeviance, double aic,
                     double dispersion, int observations, int dfResidual, int iterations,
                     boolean converged, List<String> warnings) {

    /** Index of the named term, or -1. */
    public int indexOf(String term) {
        for (int i = 0; i < terms.length; i++) {
            if (terms[i].equals(term)) {
                return i;
            }
        }
        return -1;
    }

    /** A human-readable coefficient table. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        String stat = family.estimatesDispersion() ? "t" : "z";
        sb.append(String.format("%-24s %12s %12s %9s %11s %12s %12s%n", "term", "estimate", "std.error",
                stat, "p", "ci.lower", "ci.upper"));
        for (int i = 0; i < terms.length; i++) {
            sb.append(String.format("%-24s %12.6g %12.6g %9.3f %11.4g %12.6g %12.6g%n", terms[i], coefficients[i],
                    standardErrors[i], statistics[i], pValues[i], ciLower[i], ciUpper[i]));
        }
        sb.append(String.format("family %s, n %d, deviance %.6g on %d df, null deviance %.6g, AIC %.6g, dispersion %.6g, %d iterations%s%n",
                family.name().toLowerCase(java.util.Locale.ROOT), observations, deviance, dfResidual, nullDeviance, aic,
                dispersion, iterations, converged ? "" : " (NOT converged)"));
        for (String w : warnings) {
            sb.append("warning: ").append(w).append('\n');
        }
        return sb.toString();
    }
}
