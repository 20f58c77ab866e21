package org.cardiosleep.learn.gbm;

/**
 * Hyper-parameters of {@link GradientBoostedTrees} (names as in XGBoost/LightGBM).
 *
 * @param rounds          boosting rounds
 * @param learningRate    shrinkage per round
 * @param maxDepth        depth of each tree (≤ 8)
 * @param minChildHessian smallest summed hessian in a leaf
 * @param lambda          L2 penalty on leaf values
 * @param rowSample       fraction of rows drawn (without replacement) for each round
 * @param colSample       fraction of features considered by each tree
 * @param maxBins         histogram bins per feature (≤ 255, one more is kept for NaN)
 * @param balanceClasses  weight each row by the inverse frequency of its class
 * @param seed            random seed for the row/column draws
 */
public record GbmParams(int rounds, double learningRate, int maxDepth, double minChildHessian, double lambda,
                        double rowSample, double colSample, int maxBins, boolean balanceClasses, long seed) {
    public GbmParams {
        if (rounds < 1 || maxDepth < 1 || maxDepth > 8 || maxBins < 2 || maxBins > 255) {
            throw new IllegalArgumentException("bad GBM parameters: " + rounds + " rounds, depth " + maxDepth + ", " + maxBins + " bins");
        }
    }

    /** The defaults fixed for the project's stagers and apnea detector (chosen before any evaluation). */
    public static GbmParams defaults(long seed) {
        return new GbmParams(200, 0.05, 4, 1.0, 1.0, 0.8, 0.7, 63, false, seed);
    }

    public GbmParams withRounds(int r) {
        return new GbmParams(r, learningRate, maxDepth, minChildHessian, lambda, rowSample, colSample, maxBins, balanceClasses, seed);
    }

    public GbmParams withBalanceClasses(boolean b) {
        return new GbmParams(rounds, learningRate, maxDepth, minChildHessian, lambda, rowSample, colSample, maxBins, b, seed);
    }
}
