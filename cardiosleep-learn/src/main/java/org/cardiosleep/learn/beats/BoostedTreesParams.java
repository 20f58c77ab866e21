package org.cardiosleep.learn.beats;

/**
 * Hyper-parameters of a gradient-boosted tree ensemble (XGBoost's names in brackets).
 *
 * @param rounds         boosting rounds [num_boost_round]
 * @param maxDepth       depth of each tree [max_depth]
 * @param learningRate   shrinkage [eta]
 * @param subsample      share of rows drawn for each tree [subsample]
 * @param colsample      share of columns drawn for each tree [colsample_bytree]
 * @param minChildWeight smallest hessian sum in a leaf [min_child_weight]
 * @param threads        worker threads [nthread]
 * @param seed           random seed [seed]
 */
public record BoostedTreesParams(int rounds, int maxDepth, double learningRate, double subsample, double colsample,
                                 double minChildWeight, int threads, long seed) {

    public BoostedTreesParams {
        if (rounds < 1 || maxDepth < 1 || !(learningRate > 0) || !(subsample > 0 && subsample <= 1)
                || !(colsample > 0 && colsample <= 1) || minChildWeight < 0 || threads < 1) {
            throw new IllegalArgumentException("invalid boosted-trees parameters: " + this);
        }
    }

    /** Same parameters with another number of rounds. */
    public BoostedTreesParams withRounds(int r) {
        return new BoostedTreesParams(r, maxDepth, learningRate, subsample, colsample, minChildWeight, threads, seed);
    }

    /** Same parameters with another tree depth. */
    public BoostedTreesParams withMaxDepth(int d) {
        return new BoostedTreesParams(rounds, d, learningRate, subsample, colsample, minChildWeight, threads, seed);
    }
}
