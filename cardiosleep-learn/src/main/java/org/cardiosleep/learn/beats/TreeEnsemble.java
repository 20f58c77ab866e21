package org.cardiosleep.learn.beats;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A multi-class boosted tree ensemble evaluated in plain Java: every tree adds its leaf value to the
 * margin of its class, and the class probabilities are the softmax of the margins (XGBoost's
 * {@code multi:softprob}). Prediction needs no native library and allocates nothing per row, so the
 * classifier costs a few microseconds per beat and nothing to load.
 *
 * <p>Nodes of all trees live in flat arrays. A split node sends a row to {@code left} when
 * {@code x[feature] < threshold} (compared in single precision, as XGBoost does), to {@code right}
 * otherwise, and to {@code missing} when the value is NaN; a leaf has {@code feature == -1} and its
 * value in {@code threshold}.
 *
 * <p>Binary format (little-endian): the ASCII magic {@code CSTREES1}, then {@code int classes},
 * {@code int features}, {@code classes} floats of base margin, {@code int trees}, {@code int nodes},
 * the tree roots and classes ({@code int[trees]} each), then per node {@code int feature},
 * {@code float threshold}, {@code int left}, {@code int right}, {@code int missing} as five arrays.
 */
public final class TreeEnsemble {
    private static final byte[] MAGIC = "CSTREES1".getBytes(StandardCharsets.US_ASCII);

    private final int classes;
    private final int features;
    private final float[] baseMargin;
    private final int[] root;
    private final int[] treeClass;
    private final int[] feature;
    private final float[] threshold;
    private final int[] left;
    private final int[] right;
    private final int[] missing;
    /** The trees padded to complete binary trees of one depth, for rows without missing values. */
    private final CompleteTrees complete;

    private TreeEnsemble(int classes, int features, float[] baseMargin, int[] root, int[] treeClass, int[] feature,
                         float[] threshold, int[] left, int[] right, int[] missing) {
        this.classes = classes;
        this.features = features;
        this.baseMargin = baseMargin;
        this.root = root;
        this.treeClass = treeClass;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.missing = missing;
        validate();
        this.complete = CompleteTrees.of(this);
    }

    /** Number of classes. */
    public int classes() {
        return classes;
    }

    /** Number of input features. */
    public int features() {
        return features;
    }

    /** Number of trees. */
    public int trees() {
        return root.length;
    }

    /** Class probabilities, row-major {@code rows * classes}, of row-major features {@code rows * cols}. */
    public float[] predictProbabilities(float[] x, int rows, int cols) {
        if (cols != features || x.length < (long) rows * cols) {
            throw new IllegalArgumentException("the model expects " + features + " features per row, got " + cols
                    + " (" + x.length + " values for " + rows + " rows)");
        }
        float[] out = new float[rows * classes];
        double[] margin = new double[classes];
        int[] block = new int[BLOCK];
        double[] blockMargin = new double[BLOCK * classes];
        int pending = 0;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            if (complete != null && !hasMissing(x, o, cols)) {
                block[pending++] = r;
                if (pending == BLOCK) {
                    predictBlock(x, cols, block, pending, blockMargin, out);
                    pending = 0;
                }
                continue;
            }
            for (int k = 0; k < classes; k++) {
                margin[k] = baseMargin[k];
            }
            addMargins(x, o, margin);
            softmax(margin, 0, out, r * classes);
        }
        if (pending > 0) {
            predictBlock(x, cols, block, pending, blockMargin, out);
        }
        return out;
    }

    /** Rows evaluated together, tree by tree, so each tree's nodes stay in the fastest cache. */
    private static final int BLOCK = 64;

    private void predictBlock(float[] x, int cols, int[] rowsOf, int count, double[] m, float[] out) {
        for (int j = 0; j < count; j++) {
            for (int k = 0; k < classes; k++) {
                m[j * classes + k] = baseMargin[k];
            }
        }
        complete.addMargins(x, cols, rowsOf, count, treeClass, m, classes);
        for (int j = 0; j < count; j++) {
            softmax(m, j * classes, out, rowsOf[j] * classes);
        }
    }

    private static boolean hasMissing(float[] x, int from, int cols) {
        for (int j = from; j < from + cols; j++) {
            if (Float.isNaN(x[j])) {
                return true;
            }
        }
        return false;
    }

    /** Walks each tree from its root: the general path, which also handles missing values. */
    private void addMargins(float[] x, int o, double[] margin) {
        for (int t = 0; t < root.length; t++) {
            int node = root[t];
            int f;
            while ((f = feature[node]) >= 0) {
                float v = x[o + f];
                node = v < threshold[node] ? left[node] : (v >= threshold[node] ? right[node] : missing[node]);
            }
            margin[treeClass[t]] += threshold[node];
        }
    }

    /**
     * The trees as complete binary trees of one depth {@code D} in breadth-first arrays: node {@code i}
     * has children {@code 2i+1} and {@code 2i+2}, so a row descends by arithmetic on the comparison
     * result, with no pointer chasing and no unpredictable branch. A leaf shallower than {@code D}
     * is copied to every leaf below it, under dummy splits that cannot change the result. Only for
     * rows without missing values (NaN), and only when the trees are shallow enough to pad.
     */
    private record CompleteTrees(int depth, int[] feature, float[] threshold, float[] leaf) {
        static final int MAX_DEPTH = 8;

        static CompleteTrees of(TreeEnsemble e) {
            int depth = 0;
            for (int r : e.root) {
                depth = Math.max(depth, e.depth(r));
            }
            if (depth > MAX_DEPTH) {
                return null;
            }
            int inner = (1 << depth) - 1, leaves = 1 << depth, trees = e.root.length;
            int[] f = new int[trees * inner];
            float[] thr = new float[trees * inner];
            float[] leaf = new float[trees * leaves];
            for (int t = 0; t < trees; t++) {
                e.pad(e.root[t], 0, 0, depth, f, thr, leaf, t * inner, t * leaves);
            }
            return new CompleteTrees(depth, f, thr, leaf);
        }

        /**
         * Adds every tree's leaf to the margins {@code m[j·classes + class]} of rows {@code rowsOf[0..count)}.
         * Each level goes left (2i+1) when x < threshold, else right (2i+2), from the sign bit of
         * x − threshold: no branch to mispredict (x and threshold are finite or ±∞ here, never NaN, and
         * the difference of two distinct floats is never zero). A descent is a chain of dependent loads,
         * so eight rows descend together: their chains overlap in the processor. Node indices are
         * absolute (the tree's offset {@code in} folded into the child step, 2i − (in − 2) − bit), which
         * saves an addition per load. Each row still adds its trees in order, so the margins are the
         * same to the last bit as tree-by-tree walking.
         */
        void addMargins(float[] x, int cols, int[] rowsOf, int count, int[] treeClass, double[] m, int classes) {
            int inner = (1 << depth) - 1, leaves = 1 << depth, d = depth;
            int[] f = feature;
            float[] thr = threshold;
            for (int t = 0, in = 0, lf = 0; t < treeClass.length; t++, in += inner, lf += leaves) {
                int c = treeClass[t];
                int base = lf - inner - in, step = in - 2;
                int j = 0;
                for (; j + 8 <= count; j += 8) {
                    int o0 = rowsOf[j] * cols, o1 = rowsOf[j + 1] * cols, o2 = rowsOf[j + 2] * cols,
                            o3 = rowsOf[j + 3] * cols, o4 = rowsOf[j + 4] * cols, o5 = rowsOf[j + 5] * cols,
                            o6 = rowsOf[j + 6] * cols, o7 = rowsOf[j + 7] * cols;
                    int i0 = in, i1 = in, i2 = in, i3 = in, i4 = in, i5 = in, i6 = in, i7 = in;
                    for (int level = 0; level < d; level++) {
                        i0 = 2 * i0 - step - (Float.floatToRawIntBits(x[o0 + f[i0]] - thr[i0]) >>> 31);
                        i1 = 2 * i1 - step - (Float.floatToRawIntBits(x[o1 + f[i1]] - thr[i1]) >>> 31);
                        i2 = 2 * i2 - step - (Float.floatToRawIntBits(x[o2 + f[i2]] - thr[i2]) >>> 31);
                        i3 = 2 * i3 - step - (Float.floatToRawIntBits(x[o3 + f[i3]] - thr[i3]) >>> 31);
                        i4 = 2 * i4 - step - (Float.floatToRawIntBits(x[o4 + f[i4]] - thr[i4]) >>> 31);
                        i5 = 2 * i5 - step - (Float.floatToRawIntBits(x[o5 + f[i5]] - thr[i5]) >>> 31);
                        i6 = 2 * i6 - step - (Float.floatToRawIntBits(x[o6 + f[i6]] - thr[i6]) >>> 31);
                        i7 = 2 * i7 - step - (Float.floatToRawIntBits(x[o7 + f[i7]] - thr[i7]) >>> 31);
                    }
                    m[j * classes + c] += leaf[base + i0];
                    m[(j + 1) * classes + c] += leaf[base + i1];
                    m[(j + 2) * classes + c] += leaf[base + i2];
                    m[(j + 3) * classes + c] += leaf[base + i3];
                    m[(j + 4) * classes + c] += leaf[base + i4];
                    m[(j + 5) * classes + c] += leaf[base + i5];
                    m[(j + 6) * classes + c] += leaf[base + i6];
                    m[(j + 7) * classes + c] += leaf[base + i7];
                }
                for (; j < count; j++) {
                    int o = rowsOf[j] * cols;
                    int i = in;
                    for (int level = 0; level < d; level++) {
                        i = 2 * i - step - (Float.floatToRawIntBits(x[o + f[i]] - thr[i]) >>> 31);
                    }
                    m[j * classes + c] += leaf[base + i];
                }
            }
        }
    }

    private int depth(int node) {
        return feature[node] < 0 ? 0 : 1 + Math.max(depth(left[node]), depth(right[node]));
    }

    /** Copies the subtree at {@code node} to breadth-first position {@code pos} (level {@code level}). */
    private void pad(int node, int pos, int level, int depth, int[] f, float[] thr, float[] leaf, int in, int lf) {
        if (level == depth) {
            leaf[lf + pos - ((1 << depth) - 1)] = threshold[node];
            return;
        }
        boolean isLeaf = feature[node] < 0;
        f[in + pos] = isLeaf ? 0 : feature[node];
        thr[in + pos] = isLeaf ? Float.POSITIVE_INFINITY : threshold[node];
        pad(isLeaf ? node : left[node], 2 * pos + 1, level + 1, depth, f, thr, leaf, in, lf);
        pad(isLeaf ? node : right[node], 2 * pos + 2, level + 1, depth, f, thr, leaf, in, lf);
    }

    private void softmax(double[] margin, int from, float[] out, int at) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            max = Math.max(max, margin[from + k]);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            double e = Math.exp(margin[from + k] - max);
            out[at + k] = (float) e;
            sum += e;
        }
        for (int k = 0; k < classes; k++) {
            out[at + k] = (float) (out[at + k] / sum);
        }
    }

    /**
     * Reads a multi-class model saved by XGBoost in its JSON format ({@code Booster.toByteArray("json")},
     * objective {@code multi:softprob} or {@code multi:softmax}, numeric splits only).
     */
    public static TreeEnsemble fromXgboostJson(byte[] json) {
        JsonNode learner;
        try {
            learner = new ObjectMapper().readTree(json).path("learner");
        } catch (IOException e) {
            throw new IllegalArgumentException("not an XGBoost JSON model: " + e.getMessage(), e);
        }
        JsonNode param = learner.path("learner_model_param");
        int classes = Integer.parseInt(param.path("num_class").asText("0"));
        int features = Integer.parseInt(param.path("num_feature").asText("0"));
        String objective = learner.path("objective").path("name").asText("");
        if (classes < 2 || !objective.startsWith("multi:")) {
            throw new IllegalArgumentException("not a multi-class XGBoost model (objective '" + objective + "', "
                    + classes + " classes)");
        }
        float[] base = baseMargin(param.path("base_score").asText("0.5"), classes);
        JsonNode model = learner.path("gradient_booster").path("model");
        JsonNode trees = model.path("trees");
        JsonNode info = model.path("tree_info");
        int nTrees = trees.size();
        int nNodes = 0;
        for (JsonNode t : trees) {
            nNodes += t.path("left_children").size();
        }
        int[] root = new int[nTrees], treeClass = new int[nTrees];
        int[] feature = new int[nNodes], left = new int[nNodes], right = new int[nNodes], missing = new int[nNodes];
        float[] threshold = new float[nNodes];
        int at = 0;
        for (int t = 0; t < nTrees; t++) {
            JsonNode tree = trees.get(t);
            JsonNode l = tree.path("left_children"), r = tree.path("right_children");
            JsonNode split = tree.path("split_indices"), cond = tree.path("split_conditions");
            JsonNode dflt = tree.path("default_left"), type = tree.path("split_type");
            root[t] = at;
            treeClass[t] = info.get(t).asInt();
            int n = l.size();
            for (int i = 0; i < n; i++) {
                int li = l.get(i).asInt(), ri = r.get(i).asInt();
                threshold[at + i] = (float) cond.get(i).asDouble();
                if (li < 0) {
                    feature[at + i] = -1;
                    continue;
                }
                if (type.size() > i && type.get(i).asInt() != 0) {
                    throw new IllegalArgumentException("categorical splits are not supported");
                }
                feature[at + i] = split.get(i).asInt();
                left[at + i] = at + li;
                right[at + i] = at + ri;
                missing[at + i] = dflt.get(i).asInt() != 0 ? at + li : at + ri;
            }
            at += n;
        }
        return new TreeEnsemble(classes, features, base, root, treeClass, feature, threshold, left, right, missing);
    }

    /**
     * The starting margin of each class. XGBoost stores {@code base_score} as a number or, for
     * per-class intercepts, as a bracketed list; the softmax objective uses it as a margin unchanged.
     */
    private static float[] baseMargin(String text, int classes) {
        String s = text.trim();
        float[] base = new float[classes];
        if (s.startsWith("[")) {
            String[] parts = s.substring(1, s.length() - 1).split(",");
            if (parts.length != classes) {
                throw new IllegalArgumentException("base_score lists " + parts.length + " values for " + classes
                        + " classes");
            }
            for (int k = 0; k < classes; k++) {
                base[k] = Float.parseFloat(parts[k].trim());
            }
        } else {
            java.util.Arrays.fill(base, Float.parseFloat(s));
        }
        return base;
    }

    /** The model in the binary format of this class. */
    public byte[] toBytes() {
        int nTrees = root.length, nNodes = feature.length;
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 4 * (4 + classes + 2 * nTrees + 5 * nNodes))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(classes).putInt(features);
        for (float v : baseMargin) {
            b.putFloat(v);
        }
        b.putInt(nTrees).putInt(nNodes);
        b.asIntBuffer().put(root).put(treeClass);
        b.position(b.position() + 8 * nTrees);
        b.asIntBuffer().put(feature);
        b.position(b.position() + 4 * nNodes);
        b.asFloatBuffer().put(threshold);
        b.position(b.position() + 4 * nNodes);
        b.asIntBuffer().put(left).put(right).put(missing);
        return b.array();
    }

    /** Reads the binary format written by {@link #toBytes()}. */
    public static TreeEnsemble read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            byte[] magic = new byte[MAGIC.length];
            b.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IllegalArgumentException("not a cardiosleep tree ensemble (bad magic)");
            }
            int classes = b.getInt(), features = b.getInt();
            if (classes < 2 || classes > 1000 || features < 1) {
                throw new IllegalArgumentException("bad ensemble shape: " + classes + " classes, " + features
                        + " features");
            }
            float[] base = new float[classes];
            b.asFloatBuffer().get(base);
            b.position(b.position() + 4 * classes);
            int nTrees = b.getInt(), nNodes = b.getInt();
            if (nTrees < 0 || nNodes < nTrees || (long) 4 * (2L * nTrees + 5L * nNodes) != b.remaining()) {
                throw new IllegalArgumentException("ensemble size does not match the file length");
            }
            int[] root = new int[nTrees], treeClass = new int[nTrees];
            int[] feature = new int[nNodes], left = new int[nNodes], right = new int[nNodes], missing = new int[nNodes];
            float[] threshold = new float[nNodes];
            b.asIntBuffer().get(root).get(treeClass);
            b.position(b.position() + 8 * nTrees);
            b.asIntBuffer().get(feature);
            b.position(b.position() + 4 * nNodes);
            b.asFloatBuffer().get(threshold);
            b.position(b.position() + 4 * nNodes);
            b.asIntBuffer().get(left).get(right).get(missing);
            return new TreeEnsemble(classes, features, base, root, treeClass, feature, threshold, left, right, missing);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated tree ensemble", e);
        }
    }

    /**
     * Checks that every tree is a proper tree inside the arrays: children after their parent (so no
     * cycles), features in range, classes in range. A corrupt file fails here, not while predicting.
     */
    private void validate() {
        int n = feature.length;
        for (int t = 0; t < root.length; t++) {
            if (root[t] < 0 || root[t] >= n || treeClass[t] < 0 || treeClass[t] >= classes) {
                throw new IllegalArgumentException("bad tree " + t + " (root " + root[t] + ", class " + treeClass[t] + ")");
            }
        }
        for (int i = 0; i < n; i++) {
            if (feature[i] < 0) {
                continue;
            }
            if (feature[i] >= features) {
                throw new IllegalArgumentException("node " + i + " splits on feature " + feature[i] + " of " + features);
            }
            for (int c : new int[] {left[i], right[i], missing[i]}) {
                if (c <= i || c >= n) {
                    throw new IllegalArgumentException("node " + i + " has a bad child " + c);
                }
            }
            if (missing[i] != left[i] && missing[i] != right[i]) {
                throw new IllegalArgumentException("node " + i + " sends missing values to neither child");
            }
        }
    }
}
