package org.cardiosleep.pheno.beats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.learn.beats.BoostedTreesClassifier;
import org.cardiosleep.signal.beat.BeatFeatureExtractor;
import org.cardiosleep.signal.beat.BeatFeatures;

/**
 * A trained beat classifier: the boosted trees over {@link BeatFeatureExtractor}'s features, plus the
 * decision rule {@code class = argmax_k p_k · scale_k} whose per-class scales were chosen by
 * cross-validation on the training records.
 *
 * <p>File format: a UTF-8 header of {@code key=value} lines starting with
 * {@code cardiosleep-beat-model 2}, an empty line, then the trees in {@code TreeEnsemble}'s binary
 * format. Version 1 files, whose trees are an XGBoost UBJSON model, are still read (converted on
 * load, which needs XGBoost's native library). The header names the features in order; a model
 * whose features differ from the running extractor's is refused.
 */
public final class BeatModel implements AutoCloseable {
    static final String MAGIC = "cardiosleep-beat-model 2";
    private static final String MAGIC_V1 = "cardiosleep-beat-model 1";

    private final BoostedTreesClassifier trees;
    private final float[] classScale;
    private final Map<String, String> info;

    BeatModel(BoostedTreesClassifier trees, float[] classScale, Map<String, String> info) {
        if (classScale.length != AamiClass.COUNT) {
            throw new IllegalArgumentException("need " + AamiClass.COUNT + " class scales: " + classScale.length);
        }
        this.trees = trees;
        this.classScale = classScale.clone();
        this.info = new LinkedHashMap<>(info);
    }

    /** Reads a model file's bytes; {@code source} names the file in error messages. */
    public static BeatModel read(byte[] bytes, String source) throws IOException {
        int split = -1;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
                split = i;
                break;
            }
        }
        if (split < 0) {
            throw new IOException(source + ": not a cardiosleep beat model (no header)");
        }
        List<String> lines = lines(new String(bytes, 0, split, StandardCharsets.UTF_8));
        boolean v1 = !lines.isEmpty() && lines.get(0).equals(MAGIC_V1);
        if (lines.isEmpty() || !(v1 || lines.get(0).equals(MAGIC))) {
            throw new IOException(source + ": not a cardiosleep beat model (first line is not '" + MAGIC + "')");
        }
        Map<String, String> info = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IOException(source + ": bad header line '" + line + "'");
            }
            info.put(line.substring(0, eq), line.substring(eq + 1));
        }
        String features = info.getOrDefault("features", "");
        String expected = String.join(",", BeatFeatureExtractor.NAMES);
        if (!features.equals(expected)) {
            throw new IOException(source + ": model was trained on other beat features than this version computes;"
                    + " retrain it with 'cardiosleep train beats'");
        }
        float[] scale = new float[AamiClass.COUNT];
        String[] parts = info.getOrDefault("classScale", "").split(",");
        if (parts.length != AamiClass.COUNT) {
            throw new IOException(source + ": classScale must list " + AamiClass.COUNT + " numbers");
        }
        for (int k = 0; k < parts.length; k++) {
            try {
                scale[k] = Float.parseFloat(parts[k].trim());
            } catch (NumberFormatException e) {
                throw new IOException(source + ": bad classScale value '" + parts[k] + "'");
            }
        }
        byte[] model = Arrays.copyOfRange(bytes, split + 2, bytes.length);
        BoostedTreesClassifier trees;
        try {
            trees = v1 ? BoostedTreesClassifier.fromXgboost(model, AamiClass.COUNT)
                    : BoostedTreesClassifier.load(model, AamiClass.COUNT);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
        return new BeatModel(trees, scale, info);
    }

    /** Writes the model file. */
    public void write(OutputStream out) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder(MAGIC).append('\n');
        Map<String, String> all = new LinkedHashMap<>(info);
        all.put("features", String.join(",", BeatFeatureExtractor.NAMES));
        all.put("classes", "N,S,V,F,Q");
        StringBuilder sc = new StringBuilder();
        for (int k = 0; k < classScale.length; k++) {
            sc.append(k == 0 ? "" : ",").append(classScale[k]);
        }
        all.put("classScale", sc.toString());
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (e.getValue().indexOf('\n') >= 0 || e.getKey().indexOf('=') >= 0) {
                throw new IllegalArgumentException("model header entry must be one line: " + e.getKey());
            }
            sb.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        sb.append('\n');
        header.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.write(header.toByteArray());
        out.write(trees.toBytes());
    }

    /** Header entries (training command, data, parameters, ...). */
    public Map<String, String> info() {
        return new LinkedHashMap<>(info);
    }

    /** The per-class decision scales. */
    public float[] classScale() {
        return classScale.clone();
    }

    /** Class probabilities, row-major {@code beats × 5}. */
    public float[] probabilities(BeatFeatures f) {
        return trees.predictProbabilities(f.values(), f.beatCount(), f.featureCount());
    }

    /** The AAMI class of each beat. */
    public byte[] classify(BeatFeatures f) {
        return decide(probabilities(f), classScale);
    }

    /** {@code argmax_k p_k · scale_k} of each row of a {@code rows × 5} probability matrix. */
    static byte[] decide(float[] probabilities, float[] scale) {
        int k = AamiClass.COUNT;
        int n = probabilities.length / k;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            double bestScore = -1;
            for (int c = 0; c < k; c++) {
                double s = probabilities[i * k + c] * scale[c];
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            out[i] = (byte) best;
        }
        return out;
    }

    @Override
    public void close() {
        trees.close();
    }

    /** The lines of {@code text} as {@link String#lines} splits them (no stream set up on the analysis path). */
    static List<String> lines(String text) {
        List<String> out = new java.util.ArrayList<>();
        int start = 0, n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(text.substring(start));
        }
        return out;
    }
}
