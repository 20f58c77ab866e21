package org.cardiosleep.learn.sequence;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Per-feature standardisation learnt on the training epochs: (x - mean) / sd, clipped to ±5 sd;
 * missing values (NaN, infinite) become 0, the training mean, so a network sees only finite inputs.
 *
 * @param mean per-feature mean of the finite training values
 * @param sd   per-feature standard deviation (1 where the feature is constant)
 */
record FeatureScaling(double[] mean, double[] sd) {
    private static final float CLIP = 5f;

    /** Fits on every finite value of every night. */
    static FeatureScaling fit(List<double[][]> nights, int features) {
        double[] sum = new double[features];
        double[] sumSq = new double[features];
        long[] n = new long[features];
        for (double[][] night : nights) {
            for (double[] row : night) {
                for (int f = 0; f < features; f++) {
                    double v = row[f];
                    if (Double.isFinite(v)) {
                        sum[f] += v;
                        sumSq[f] += v * v;
                        n[f]++;
                    }
                }
            }
        }
        double[] mean = new double[features];
        double[] sd = new double[features];
        for (int f = 0; f < features; f++) {
            mean[f] = n[f] > 0 ? sum[f] / n[f] : 0;
            double var = n[f] > 1 ? (sumSq[f] - n[f] * mean[f] * mean[f]) / (n[f] - 1) : 0;
            sd[f] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
        return new FeatureScaling(mean, sd);
    }

    int size() {
        return mean.length;
    }

    /** Rows {@code from}..{@code to}-1 of a night, standardised, row-major (epochs x features). */
    float[] apply(double[][] night, int from, int to, String[] names) {
        int features = mean.length;
        float[] out = new float[(to - from) * features];
        for (int i = from; i < to; i++) {
            double[] row = night[i];
            if (row.length != features) {
                throw new IllegalArgumentException("epoch " + i + " has " + row.length + " features, the model expects "
                        + features + " (" + String.join(",", names) + ")");
            }
            int o = (i - from) * features;
            for (int f = 0; f < features; f++) {
                double v = row[f];
                float z = Double.isFinite(v) ? (float) ((v - mean[f]) / sd[f]) : 0f;
                out[o + f] = Math.max(-CLIP, Math.min(CLIP, z));
            }
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(mean.length);
        for (int f = 0; f < mean.length; f++) {
            out.writeDouble(mean[f]);
            out.writeDouble(sd[f]);
        }
    }

    static FeatureScaling read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 100_000) {
            throw new IOException("bad feature count " + n);
        }
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (int f = 0; f < n; f++) {
            mean[f] = in.readDouble();
            sd[f] = in.readDouble();
            if (!Double.isFinite(mean[f]) || !(sd[f] > 0) || !Double.isFinite(sd[f])) {
                throw new IOException("bad standardisation of feature " + f);
            }
        }
        return new FeatureScaling(mean, sd);
    }
}
