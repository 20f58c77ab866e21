package org.cardiosleep.learn.sequence;

/**
 * Architecture and training settings of {@link DjlSequenceStager}. They are fixed a priori
 * ({@link #defaults}) and never chosen on a test subject; the only data-driven choice is the number
 * of training steps, by early stopping on an inner validation split of the training subjects.
 *
 * @param convChannels       channels of the 1-D convolution over the epoch sequence
 * @param convKernelEpochs   width of that convolution in epochs (odd)
 * @param hiddenSize         state size of each direction of the bidirectional GRU
 * @param dropout            dropout rate before the GRU and before the output layer
 * @param cropEpochs         length of the random night excerpts the model is trained on
 * @param batchSize          excerpts per optimisation step
 * @param maxSteps           upper bound on Adam steps
 * @param evalEverySteps     steps between validation checks
 * @param patienceChecks     checks without a better validation loss before stopping
 * @param learningRate       Adam learning rate
 * @param weightDecay        L2 weight decay
 * @param validationFraction fraction of the training subjects held out for early stopping
 * @param seed               seed of the PyTorch and Java random generators
 */
public record DjlStagerParams(int convChannels, int convKernelEpochs, int hiddenSize, double dropout, int cropEpochs,
                              int batchSize, int maxSteps, int evalEverySteps, int patienceChecks, double learningRate,
                              double weightDecay, double validationFraction, long seed) {

    public DjlStagerParams {
        if (convChannels < 1 || convKernelEpochs < 1 || convKernelEpochs % 2 == 0 || hiddenSize < 1 || cropEpochs < 2
                || batchSize < 1 || maxSteps < 1 || evalEverySteps < 1 || patienceChecks < 1) {
            throw new IllegalArgumentException("bad DJL stager parameters " + this);
        }
        if (!(dropout >= 0 && dropout < 1) || !(learningRate > 0) || !(weightDecay >= 0)
                || !(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("bad DJL stager parameters " + this);
        }
    }

    /**
     * The fixed configuration: a 32-channel, 5-epoch (2.5 min) convolution, a bidirectional GRU of
     * 32 units per direction, 4-h excerpts, Adam 2e-3, checks every 20 steps, patience 8 checks,
     * at most 600 steps, a fifth of the training subjects for early stopping.
     */
    public static DjlStagerParams defaults(long seed) {
        return new DjlStagerParams(32, 5, 32, 0.2, 480, 8, 600, 20, 8, 2e-3, 1e-4, 0.2, seed);
    }
}
