package org.cardiosleep.learn.gbm;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A regression tree stored as a complete binary tree in arrays: node {@code i} has children
 * {@code 2i+1} (x ≤ threshold or x is NaN) and {@code 2i+2}; {@code feature[i] < 0} marks a leaf
 * whose output is {@code value[i]}.
 */
final class Tree {
    final short[] feature;
    final float[] threshold;
    final float[] value;

    Tree(int depth) {
        int n = (1 << (depth + 1)) - 1;
        feature = new short[n];
        threshold = new float[n];
        value = new float[n];
        java.util.Arrays.fill(feature, (short) -1);
    }

    private Tree(short[] f, float[] t, float[] v) {
        feature = f;
        threshold = t;
        value = v;
    }

    double predict(double[] x) {
        int i = 0;
        while (feature[i] >= 0) {
            double v = x[feature[i]];
            // NaN goes left: "v > t" is false for NaN.
            i = v > threshold[i] ? 2 * i + 2 : 2 * i + 1;
        }
        return value[i];
    }

    void write(DataOutput out) throws IOException {
        // Only reachable nodes are meaningful; write the arrays whole (small: 2^(d+1)-1 nodes).
        out.writeShort(feature.length);
        for (int i = 0; i < feature.length; i++) {
            out.writeShort(feature[i]);
            out.writeFloat(feature[i] >= 0 ? threshold[i] : value[i]);
        }
    }

    static Tree read(DataInput in) throws IOException {
        int n = in.readShort();
        if (n <= 0 || n > 511) {
            throw new IOException("bad tree size " + n);
        }
        short[] f = new short[n];
        float[] t = new float[n];
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = in.readShort();
            float a = in.readFloat();
            if (f[i] >= 0) {
                t[i] = a;
            } else {
                v[i] = a;
            }
        }
        return new Tree(f, t, v);
    }
}
