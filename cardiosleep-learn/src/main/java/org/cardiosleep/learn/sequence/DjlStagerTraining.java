package org.cardiosleep.learn.sequence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/**
 * Trains a {@link DjlSequenceStager}: Adam on random night excerpts with a cross-entropy averaged
 * over the scored epochs (unscored epochs, label &lt; 0, carry no loss), and early stopping on an
 * inner validation split of the training <em>subjects</em> (whole nights of held-out subjects,
 * never a test subject); the parameters of the best validation loss are kept.
 */
public final class DjlStagerTraining {
    private DjlStagerTraining() {
    }

    /** What training did: steps taken, the step and inner-validation loss of the kept parameters. */
    public record Log(int steps, int bestStep, double bestValidationLoss, int trainNights, int validationNights) {
    }

    /**
     * Fits a stager.
     *
     * @param nights   per-night feature rows (epochs in time order)
     * @param labels   per-night class labels, -1 for unscored epochs
     * @param subjects per-night subject index (the inner validation split is by subject; at least two subjects)
     */
    public static DjlSequenceStager fit(String kind, String[] featureNames, String[] classNames, List<double[][]> nights,
                                        List<int[]> labels, int[] subjects, DjlStagerParams p) {
        return fit(kind, featureNames, classNames, nights, labels, subjects, p, new Log[1]);
    }

    /** As {@link #fit(String, String[], String[], List, List, int[], DjlStagerParams)}, reporting into {@code log[0]}. */
    public static DjlSequenceStager fit(String kind, String[] featureNames, String[] classNames, List<double[][]> nights,
                                        List<int[]> labels, int[] subjects, DjlStagerParams p, Log[] log) {
        int features = featureNames.length;
        int classes = classNames.length;
        if (nights.size() != labels.size() || nights.size() != subjects.length) {
            throw new IllegalArgumentException(nights.size() + " nights, " + labels.size() + " label sequences, "
                    + subjects.length + " subject ids");
        }
        for (int n = 0; n < nights.size(); n++) {
            if (nights.get(n).length != labels.get(n).length) {
                throw new IllegalArgumentException("night " + n + ": " + nights.get(n).length + " feature rows, "
                        + labels.get(n).length + " labels");
            }
            for (int y : labels.get(n)) {
                if (y >= classes) {
                    throw new IllegalArgumentException("night " + n + ": label " + y + " but only " + classes + " classes");
                }
            }
        }
        boolean[] validation = validationNights(subjects, p);
        FeatureScaling scaling = FeatureScaling.fit(nights, features);
        List<float[]> trainX = new ArrayList<>();
        List<int[]> trainY = new ArrayList<>();
        List<float[]> valX = new ArrayList<>();
        List<int[]> valY = new ArrayList<>();
        for (int n = 0; n < nights.size(); n++) {
            float[] x = scaling.apply(nights.get(n), 0, nights.get(n).length, featureNames);
            (validation[n] ? valX : trainX).add(x);
            (validation[n] ? valY : trainY).add(labels.get(n));
        }
        Engine engine = DjlSequenceStager.engine();
        engine.setRandomSeed((int) p.seed());
        Random random = new Random(p.seed());
        Model model = Model.newInstance(kind, "PyTorch");
        try {
            model.setBlock(DjlSequenceStager.network(classes, p));
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) p.learningRate()))
                    .optWeightDecays((float) p.weightDecay()).build();
            DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss()).optOptimizer(adam);
            byte[] best;
            int steps = 0;
            int bestStep = 0;
            double bestLoss = Double.POSITIVE_INFINITY;
            try (Trainer trainer = model.newTrainer(config)) {
                trainer.initialize(new Shape(p.batchSize(), p.cropEpochs(), features));
                best = snapshot(model);
                int worse = 0;
                long[] cumulative = cumulativeLengths(trainY);
                while (steps < p.maxSteps() && worse < p.patienceChecks()) {
                    step(trainer, trainX, trainY, cumulative, features, classes, p, random);
                    steps++;
                    if (steps % p.evalEverySteps() == 0 || steps == p.maxSteps()) {
                        double loss = validationLoss(trainer, valX, valY, features, classes);
                        if (loss < bestLoss - 1e-4) {
                            bestLoss = loss;
                            bestStep = steps;
                            best = snapshot(model);
                            worse = 0;
                        } else {
                            worse++;
                        }
                    }
                }
            }
            model.getBlock().loadParameters(model.getNDManager(), new DataInputStream(new ByteArrayInputStream(best)));
            log[0] = new Log(steps, bestStep, bestLoss, trainX.size(), valX.size());
            return new DjlSequenceStager(kind, featureNames, classNames, scaling, p, model);
        } catch (IOException e) {
            model.close();
            throw new UncheckedIOException(e);
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    /** Marks the nights of a seeded random fifth (validationFraction) of the subjects, at least one subject each side. */
    static boolean[] validationNights(int[] subjects, DjlStagerParams p) {
        List<Integer> distinct = new ArrayList<>();
        Arrays.stream(subjects).distinct().sorted().forEach(distinct::add);
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("the DJL stager needs nights of at least two subjects (one for early stopping)");
        }
        Collections.shuffle(distinct, new Random(p.seed() ^ 0x5DEECE66DL));
        int held = Math.max(1, Math.min(distinct.size() - 1, (int) Math.round(p.validationFraction() * distinct.size())));
        List<Integer> val = distinct.subList(0, held);
        boolean[] v = new boolean[subjects.length];
        for (int n = 0; n < subjects.length; n++) {
            v[n] = val.contains(subjects[n]);
        }
        return v;
    }

    private static long[] cumulativeLengths(List<int[]> y) {
        long[] c = new long[y.size()];
        long s = 0;
        for (int n = 0; n < y.size(); n++) {
            s += Math.max(1, y.get(n).length);
            c[n] = s;
        }
        return c;
    }

    /** One Adam step on a batch of excerpts; a night is drawn with probability proportional to its length. */
    private static void step(Trainer trainer, List<float[]> xs, List<int[]> ys, long[] cumulative, int features, int classes,
                             DjlStagerParams p, Random random) {
        int b = p.batchSize();
        int t = p.cropEpochs();
        float[] x = new float[b * t * features];
        float[] target = new float[b * t * classes];
        int scored = 0;
        for (int i = 0; i < b; i++) {
            long r = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
            int n = 0;
            while (cumulative[n] <= r) {
                n++;
            }
            int[] y = ys.get(n);
            int start = y.length > t ? random.nextInt(y.length - t + 1) : 0;
            int len = Math.min(t, y.length);
            System.arraycopy(xs.get(n), start * features, x, i * t * features, len * features);
            for (int e = 0; e < len; e++) {
                int label = y[start + e];
                if (label >= 0) {
                    target[(i * t + e) * classes + label] = 1f;
                    scored++;
                }
            }
        }
        if (scored == 0) {
            return;
        }
        try (NDManager sub = trainer.getManager().newSubManager()) {
            NDArray in = sub.create(x, new Shape(b, t, features));
            NDArray onehot = sub.create(target, new Shape(b, t, classes));
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray logits = trainer.forward(new NDList(in)).singletonOrThrow();
                NDArray loss = logits.logSoftmax(-1).mul(onehot).sum().neg().div(scored);
                gc.backward(loss);
            }
            trainer.step();
        }
    }

    /** Cross-entropy per scored epoch over whole validation nights. */
    private static double validationLoss(Trainer trainer, List<float[]> xs, List<int[]> ys, int features, int classes) {
        double sum = 0;
        long scored = 0;
        for (int n = 0; n < xs.size(); n++) {
            int[] y = ys.get(n);
            if (y.length == 0) {
                continue;
            }
            try (NDManager sub = trainer.getManager().newSubManager()) {
                NDArray in = sub.create(xs.get(n), new Shape(1, y.length, features));
                float[] logp = trainer.evaluate(new NDList(in)).singletonOrThrow().logSoftmax(-1).toFloatArray();
                for (int e = 0; e < y.length; e++) {
                    if (y[e] >= 0) {
                        sum -= logp[e * classes + y[e]];
                        scored++;
                    }
                }
            }
        }
        return scored > 0 ? sum / scored : Double.POSITIVE_INFINITY;
    }

    private static byte[] snapshot(Model model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            model.getBlock().saveParameters(out);
        }
        return bytes.toByteArray();
    }
}
