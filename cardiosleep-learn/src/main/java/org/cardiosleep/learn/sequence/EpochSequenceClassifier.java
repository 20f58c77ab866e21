package org.cardiosleep.learn.sequence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.learn.gbm.GradientBoostedTrees;

/**
 * A classifier of the epochs (or minutes) of a night: gradient-boosted trees on each epoch's
 * feature row (which already carries context from neighbouring windows), optionally followed by an
 * HMM that smooths the posteriors across the whole night. The feature names are stored with the
 * model so that a model file cannot silently be applied to other features.
 *
 * @param kind         what the model is for, e.g. {@code "stager4"} or {@code "apnea"}
 * @param featureNames names of the input columns, in order
 * @param classNames   names of the output classes
 * @param trees        the per-epoch classifier
 * @param hmm          the sequence smoother, or null
 */
public record EpochSequenceClassifier(String kind, String[] featureNames, String[] classNames,
                                      GradientBoostedTrees trees, HmmSmoother hmm) implements NightClassifier {
    private static final int MAGIC = 0x43534551; // "CSEQ"
    private static final int VERSION = 1;

    /**
     * Trains on labelled nights: rows with a label &lt; 0 (unscored) are left out of the tree
     * training but still break the HMM's transition counts.
     */
    public static EpochSequenceClassifier fit(String kind, String[] featureNames, String[] classNames,
                                              List<double[][]> nights, List<int[]> labels, GbmParams params,
                                              boolean smooth) {
        int rows = 0;
        for (int[] y : labels) {
            for (int v : y) {
                rows += v >= 0 ? 1 : 0;
            }
        }
        double[][] x = new double[rows][];
        int[] y = new int[rows];
        int r = 0;
        for (int n = 0; n < nights.size(); n++) {
            double[][] xn = nights.get(n);
            int[] yn = labels.get(n);
            if (xn.length != yn.length) {
                throw new IllegalArgumentException("night " + n + ": " + xn.length + " feature rows, " + yn.length + " labels");
            }
            for (int i = 0; i < yn.length; i++) {
                if (yn[i] >= 0) {
                    x[r] = xn[i];
                    y[r++] = yn[i];
                }
            }
        }
        GradientBoostedTrees gbt = GradientBoostedTrees.fit(x, y, classNames.length, params);
        HmmSmoother hmm = smooth ? HmmSmoother.fit(classNames.length, labels) : null;
        return new EpochSequenceClassifier(kind, featureNames.clone(), classNames.clone(), gbt, hmm);
    }

    public int classes() {
        return classNames.length;
    }

    /** Per-epoch class probabilities of one night (smoothed across the night when the model has an HMM). */
    @Override
    public double[][] predictProba(double[][] night) {
        double[][] p = trees.predictProba(night);
        return hmm == null ? p : hmm.smooth(p);
    }

    /** Per-epoch class probabilities without the sequence smoothing. */
    @Override
    public double[][] predictProbaUnsmoothed(double[][] night) {
        return trees.predictProba(night);
    }

    /** The most probable class of each row. */
    public static int[] argmax(double[][] p) {
        int[] c = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int k = 1; k < p[i].length; k++) {
                if (p[i][k] > p[i][best]) {
                    best = k;
                }
            }
            c[i] = best;
        }
        return c;
    }

    /** Writes the model (gzip-compressed binary) to {@code file}. */
    public void save(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
            new ModelHeader(kind, featureNames, classNames).write(out, MAGIC, VERSION);
            trees.write(out);
            out.writeBoolean(hmm != null);
            if (hmm != null) {
                hmm.write(out);
            }
        }
    }

    /** Reads a model written by {@link #save}; fails with the file name on any other content. */
    public static EpochSequenceClassifier load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + (Files.isDirectory(file) ? ": is a directory, not a model file" : ": model file not found"));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a model written by {@link #save} from a stream (e.g. a classpath resource; not closed);
     * {@code source} names it in errors.
     */
    public static EpochSequenceClassifier read(InputStream raw, String source) throws IOException {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
            ModelHeader h = ModelHeader.read(in, MAGIC, VERSION, source, "epoch-classifier");
            String kind = h.kind();
            String[] names = h.featureNames();
            String[] classes = h.classNames();
            GradientBoostedTrees gbt = GradientBoostedTrees.read(in);
            if (gbt.features() != names.length || gbt.classes() != classes.length) {
                throw new IOException(source + ": model shape does not match its feature/class names");
            }
            HmmSmoother hmm = in.readBoolean() ? HmmSmoother.read(in) : null;
            return new EpochSequenceClassifier(kind, names, classes, gbt, hmm);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IOException(source + ": not a cardiosleep model file (" + e.getMessage() + ")", e);
        }
    }
}
