package org.cardiosleep.learn.gbm;

/** Grows one depth-limited tree on binned features from gradients and hessians (XGBoost gain). */
final class TreeGrower {
    private final Binning bin;
    private final GbmParams p;
    private final int[] scratch;
    private final double[] histG;
    private final double[] histH;

    TreeGrower(Binning bin, GbmParams p) {
        this.bin = bin;
        this.p = p;
        this.scratch = new int[bin.bins[0].length];
        this.histG = new double[256];
        this.histH = new double[256];
    }

    Tree grow(int[] rowsIn, int m, double[] g, double[] h, boolean[] cols) {
        Tree t = new Tree(p.maxDepth());
        int[] rows = java.util.Arrays.copyOf(rowsIn, m);
        split(t, 0, rows, 0, m, 0, g, h, cols);
        return t;
    }

    private void split(Tree t, int node, int[] rows, int from, int to, int depth, double[] g, double[] h, boolean[] cols) {
        double sg = 0;
        double sh = 0;
        for (int i = from; i < to; i++) {
            sg += g[rows[i]];
            sh += h[rows[i]];
        }
        double lambda = p.lambda();
        t.value[node] = (float) (-sg / (sh + lambda) * p.learningRate());
        if (depth >= p.maxDepth() || to - from < 2 || sh < 2 * p.minChildHessian()) {
            return;
        }
        double parent = sg * sg / (sh + lambda);
        double bestGain = 1e-9;
        int bestF = -1;
        int bestBin = -1;
        for (int f = 0; f < cols.length; f++) {
            if (!cols[f]) {
                continue;
            }
            int nb = bin.edges[f].length + 1;
            if (nb < 2) {
                continue;
            }
            byte[] bf = bin.bins[f];
            java.util.Arrays.fill(histG, 0, nb + 1, 0);
            java.util.Arrays.fill(histH, 0, nb + 1, 0);
            for (int i = from; i < to; i++) {
                int r = rows[i];
                int b = bf[r] & 0xff;
                histG[b] += g[r];
                histH[b] += h[r];
            }
            double gl = 0;
            double hl = 0;
            // Split after bin b: left = bins 0..b (bin 0 = NaN), right = the rest; b >= 1 so the split has a threshold.
            for (int b = 0; b < nb; b++) {
                gl += histG[b];
                hl += histH[b];
                if (b == 0) {
                    continue;
                }
                double hr = sh - hl;
                if (hl < p.minChildHessian() || hr < p.minChildHessian()) {
                    continue;
                }
                double gr = sg - gl;
                double gain = gl * gl / (hl + lambda) + gr * gr / (hr + lambda) - parent;
                if (gain > bestGain) {
                    bestGain = gain;
                    bestF = f;
                    bestBin = b;
                }
            }
        }
        if (bestF < 0) {
            return;
        }
        // Bin b (1-based over edges) holds values <= edges[b-1]: threshold = edges[bestBin-1].
        t.feature[node] = (short) bestF;
        t.threshold[node] = (float) bin.edges[bestF][bestBin - 1];
        byte[] bf = bin.bins[bestF];
        int l = from;
        int r = to;
        int k = 0;
        // Stable partition through the scratch buffer.
        for (int i = from; i < to; i++) {
            int row = rows[i];
            if ((bf[row] & 0xff) <= bestBin) {
                rows[l++] = row;
            } else {
                scratch[k++] = row;
            }
        }
        System.arraycopy(scratch, 0, rows, l, k);
        split(t, 2 * node + 1, rows, from, l, depth + 1, g, h, cols);
        split(t, 2 * node + 2, rows, l, r, depth + 1, g, h, cols);
    }
}
