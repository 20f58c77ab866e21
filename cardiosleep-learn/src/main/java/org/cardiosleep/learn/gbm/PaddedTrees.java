package org.cardiosleep.learn.gbm;

/**
 * The trees of a {@link GradientBoostedTrees} model padded to one depth {@code D} (a leaf shallower
 * than {@code D} is copied to both children of dummy splits below it), so a row descends by
 * arithmetic: node {@code i} goes to {@code 2i+1}, or to {@code 2i+2} when x > threshold, read from
 * the sign bit of threshold − x. Missing values (NaN) are read as −∞, which goes left as in
 * {@link Tree#predict}. Four rows descend together, so their chains of dependent loads overlap in the
 * processor. Leaf values and the order in which they are summed are those of the row-by-row path.
 */
final class PaddedTrees {
    private final int depth;
    private final int[] feature;
    private final double[] threshold;
    private final double[] leaf;

    private PaddedTrees(int depth, int[] feature, double[] threshold, double[] leaf) {
        this.depth = depth;
        this.feature = feature;
        this.threshold = threshold;
        this.leaf = leaf;
    }

    static PaddedTrees of(Tree[] trees) {
        int depth = 0;
        for (Tree t : trees) {
            depth = Math.max(depth, depth(t, 0));
        }
        int inner = (1 << depth) - 1, leaves = 1 << depth;
        int[] f = new int[trees.length * inner];
        double[] thr = new double[trees.length * inner];
        double[] leaf = new double[trees.length * leaves];
        for (int k = 0; k < trees.length; k++) {
            pad(trees[k], 0, 0, 0, depth, f, thr, leaf, k * inner, k * leaves);
        }
        return new PaddedTrees(depth, f, thr, leaf);
    }

    private static int depth(Tree t, int node) {
        return t.feature[node] < 0 ? 0 : 1 + Math.max(depth(t, 2 * node + 1), depth(t, 2 * node + 2));
    }

    private static void pad(Tree t, int node, int pos, int level, int depth, int[] f, double[] thr, double[] leaf,
                            int in, int lf) {
        if (level == depth) {
            leaf[lf + pos - ((1 << depth) - 1)] = t.value[node];
            return;
        }
        boolean isLeaf = t.feature[node] < 0;
        f[in + pos] = isLeaf ? 0 : t.feature[node];
        // +0 for a zero threshold: the sign of 0 − x must not depend on the zero's sign
        thr[in + pos] = isLeaf || t.threshold[node] == 0 ? 0.0 : t.threshold[node];
        pad(t, isLeaf ? node : 2 * node + 1, 2 * pos + 1, level + 1, depth, f, thr, leaf, in, lf);
        pad(t, isLeaf ? node : 2 * node + 2, 2 * pos + 2, level + 1, depth, f, thr, leaf, in, lf);
    }

    /** Adds tree {@code k}'s leaf to {@code s[row · outputs + k % outputs]} for every row, tree by tree. */
    void addScores(double[][] rows, int features, double[] s, int outputs) {
        int n = rows.length;
        double[] x = new double[n * features];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < features; j++) {
                double v = rows[r][j];
                x[r * features + j] = v != v ? Double.NEGATIVE_INFINITY : v;
            }
        }
        int inner = (1 << depth) - 1, leaves = 1 << depth, d = depth;
        int[] f = feature;
        double[] thr = threshold;
        int trees = leaf.length / leaves;
        for (int k = 0, in = 0, base = -inner; k < trees; k++, in += inner, base += leaves) {
            int c = k % outputs;
            int r = 0;
            for (; r + 4 <= n; r += 4) {
                int o0 = r * features, o1 = o0 + features, o2 = o1 + features, o3 = o2 + features;
                int i0 = 0, i1 = 0, i2 = 0, i3 = 0;
                for (int level = 0; level < d; level++) {
                    i0 = 2 * i0 + 1 + (int) (Double.doubleToRawLongBits(thr[in + i0] - x[o0 + f[in + i0]]) >>> 63);
                    i1 = 2 * i1 + 1 + (int) (Double.doubleToRawLongBits(thr[in + i1] - x[o1 + f[in + i1]]) >>> 63);
                    i2 = 2 * i2 + 1 + (int) (Double.doubleToRawLongBits(thr[in + i2] - x[o2 + f[in + i2]]) >>> 63);
                    i3 = 2 * i3 + 1 + (int) (Double.doubleToRawLongBits(thr[in + i3] - x[o3 + f[in + i3]]) >>> 63);
                }
                s[r * outputs + c] += leaf[base + i0];
                s[(r + 1) * outputs + c] += leaf[base + i1];
                s[(r + 2) * outputs + c] += leaf[base + i2];
                s[(r + 3) * outputs + c] += leaf[base + i3];
            }
            for (; r < n; r++) {
                int o = r * features, i = 0;
                for (int level = 0; level < d; level++) {
                    i = 2 * i + 1 + (int) (Double.doubleToRawLongBits(thr[in + i] - x[o + f[in + i]]) >>> 63);
                }
                s[r * outputs + c] += leaf[base + i];
            }
        }
    }
}
