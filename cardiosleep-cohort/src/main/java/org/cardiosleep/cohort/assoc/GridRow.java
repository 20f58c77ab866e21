package org.cardiosleep.cohort.assoc;

/**
 * One exposure–outcome pair of a grid study. When the model could not be fitted, {@code error}
 * says why and the numbers are NaN.
 *
 * @param outcome  outcome variable
 * @param exposure exposure variable
 * @param family   GLM family name
 * @param n        observations used
 * @param estimate exposure coefficient (link scale)
 * @param standardError its standard error
 * @param ciLower  Wald 95 % CI lower bound
 * @param ciUpper  Wald 95 % CI upper bound
 * @param pValue   Wald p-value
 * @param qValue   Benjamini–Hochberg adjusted p-value across the grid
 * @param warnings model warnings joined with "; ", or ""
 * @param error    why the model failed, or ""
 */
public record GridRow(String outcome, String exposure, String family, int n, double estimate, double standardError,
                      double ciLower, double ciUpper, double pValue, double qValue, String warnings, String error) {
}
