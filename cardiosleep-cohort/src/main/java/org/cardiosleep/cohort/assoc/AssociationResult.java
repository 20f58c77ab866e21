package org.cardiosleep.cohort.assoc;

import java.util.List;

import org.cardiosleep.stats.glm.GlmFit;

/**
 * One fitted association model: outcome ~ exposure + covariates.
 *
 * @param outcome       outcome variable
 * @param exposure      exposure variable
 * @param covariates    adjustment variables actually used
 * @param fit           the GLM fit (all terms)
 * @param exposureTerm  index in {@code fit.terms()} of the exposure's (first) term
 * @param excludedRows  rows dropped for a missing value (complete-case analysis)
 * @param warnings      model-building notes (e.g. a covariate with one level dropped), plus the fit's warnings
 */
public record AssociationResult(String outcome, String exposure, List<String> covariates, GlmFit fit,
                                int exposureTerm, int excludedRows, List<String> warnings) {
    public double estimate() {
        return fit.coefficients()[exposureTerm];
    }

    public double standardError() {
        return fit.standardErrors()[exposureTerm];
    }

    public double ciLower() {
        return fit.ciLower()[exposureTerm];
    }

    public double ciUpper() {
        return fit.ciUpper()[exposureTerm];
    }

    public double pValue() {
        return fit.pValues()[exposureTerm];
    }

    /** "difference" (gaussian), "odds ratio" (binomial) or "rate ratio" (poisson) for exp-scale reporting. */
    public String effectScale() {
        switch (fit.family()) {
            case BINOMIAL:
                return "odds ratio";
            case POISSON:
                return "rate ratio";
            default:
                return "difference";
        }
    }
}
