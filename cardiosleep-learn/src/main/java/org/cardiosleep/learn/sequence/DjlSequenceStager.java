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

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.GRU;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A whole-night sequence sleep stager on DJL's PyTorch engine: the standardised per-epoch feature
 * sequence goes through a 1-D convolution across neighbouring epochs (ReLU), a bidirectional GRU
 * across the night and a per-epoch linear soft-max layer, giving per-epoch class probabilities.
 * Trained by {@link DjlStagerTraining}. The file format is a small header (kind, feature and class
 * names, the standardisation, the architecture) followed by DJL's own parameter encoding, so a model
 * cannot silently be applied to other features or classes. Holds native memory: close it.
 */
public final class DjlSequenceStager implements NightClassifier, AutoCloseable {
    private static final int MAGIC = 0x43534a4c; // "CSJL"
    private static final int VERSION = 1;

    private final String kind;
    private final String[] featureNames;
    private final String[] classNames;
    private final FeatureScaling scaling;
    private final DjlStagerParams params;
    private final Model model;

    DjlSequenceStager(String kind, String[] featureNames, String[] classNames, FeatureScaling scaling,
                      DjlStagerParams params, Model model) {
        this.kind = kind;
        this.featureNames = featureNames.clone();
        this.classNames = classNames.clone();
        this.scaling = scaling;
        this.params = params;
        this.model = model;
    }

    /**
     * The PyTorch engine, offline: DJL never downloads (natives come from the pytorch-native-cpu
     * jar), usage tracking is off, and PyTorch uses one thread unless the caller chose otherwise
     * ({@code -Dai.djl.pytorch.num_threads=N}).
     */
    static Engine engine() {
        setDefault("ai.djl.offline", "true");
        setDefault("OPT_OUT_TRACKING", "true");
        setDefault("ai.djl.pytorch.num_threads", "1");
        setDefault("ai.djl.pytorch.num_interop_threads", "1");
        return Engine.getEngine("PyTorch");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The network: conv over epochs, bidirectional GRU over the night, per-epoch linear layer. */
    static Block network(int classes, DjlStagerParams p) {
        return new SequentialBlock()
                .add(new SwapTimeAndChannels()) // (N, T, F) -> (N, F, T) for the convolution
                .add(Conv1d.builder().setKernelShape(new Shape(p.convKernelEpochs()))
                        .optPadding(new Shape(p.convKernelEpochs() / 2)).setFilters(p.convChannels()).build())
                .add(Activation::relu)
                .add(new SwapTimeAndChannels()) // back to (N, T, C) for the GRU
                .add(Dropout.builder().optRate((float) p.dropout()).build())
                .add(bidirectionalGru(p.hiddenSize()))
                .add(Dropout.builder().optRate((float) p.dropout()).build())
                .add(Linear.builder().setUnits(classes).build());
    }

    /**
     * A bidirectional GRU as two one-directional GRUs, the second run on the time-reversed night,
     * outputs concatenated per epoch: DJL's own bidirectional GRU hands PyTorch its weights in an
     * order the PyTorch engine rejects (weights of both directions before the biases).
     */
    private static Block bidirectionalGru(int hidden) {
        return new ParallelBlock(outs -> new NDList(NDArrays.concat(new NDList(outs.get(0).get(0),
                outs.get(1).get(0)), 2)), List.of(
                gru(hidden),
                new SequentialBlock().add(new TimeReversal()).add(gru(hidden)).add(new TimeReversal())));
    }

    private static Block gru(int hidden) {
        return GRU.builder().setStateSize(hidden).setNumLayers(1).optBatchFirst(true).optReturnState(false).build();
    }

    /** Reverses axis 1 (time) of a (N, T, C) input (the first array of the input list). */
    private static final class TimeReversal extends AbstractBlock {
        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
            return new NDList(inputs.get(0).flip(1)); // a GRU also returns its state: only its output is kept
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputs) {
            return new Shape[] {inputs[0]};
        }
    }

    /** Swaps axes 1 and 2 of a 3-d input, with the shape inference DJL needs to size the next layer. */
    private static final class SwapTimeAndChannels extends AbstractBlock {
        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
            return new NDList(inputs.singletonOrThrow().transpose(0, 2, 1));
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputs) {
            Shape s = inputs[0];
            return new Shape[] {new Shape(s.get(0), s.get(2), s.get(1))};
        }
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String[] featureNames() {
        return featureNames.clone();
    }

    @Override
    public String[] classNames() {
        return classNames.clone();
    }

    public DjlStagerParams params() {
        return params;
    }

    public int classes() {
        return classNames.length;
    }

    @Override
    public synchronized double[][] predictProba(double[][] night) {
        int t = night.length;
        int f = featureNames.length;
        double[][] out = new double[t][];
        if (t == 0) {
            return out;
        }
        float[] x = scaling.apply(night, 0, t, featureNames);
        try (NDManager sub = model.getNDManager().newSubManager()) {
            NDArray in = sub.create(x, new Shape(1, t, f));
            NDArray logits = model.getBlock().forward(new ParameterStore(sub, false), new NDList(in), false).singletonOrThrow();
            float[] p = logits.softmax(-1).toFloatArray();
            int c = classNames.length;
            for (int i = 0; i < t; i++) {
                out[i] = new double[c];
                for (int k = 0; k < c; k++) {
                    out[i][k] = p[i * c + k];
                }
            }
        }
        return out;
    }

    /** Writes the model (header + DJL parameters, gzip-compressed) to {@code file}. */
    public void save(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
            new ModelHeader(kind, featureNames, classNames).write(out, MAGIC, VERSION);
            scaling.write(out);
            out.writeInt(params.convChannels());
            out.writeInt(params.convKernelEpochs());
            out.writeInt(params.hiddenSize());
            out.writeDouble(params.dropout());
            out.writeInt(params.cropEpochs());
            out.writeInt(params.batchSize());
            out.writeInt(params.maxSteps());
            out.writeInt(params.evalEverySteps());
            out.writeInt(params.patienceChecks());
            out.writeDouble(params.learningRate());
            out.writeDouble(params.weightDecay());
            out.writeDouble(params.validationFraction());
            out.writeLong(params.seed());
            model.getBlock().saveParameters(out);
        }
    }

    /** Reads a model written by {@link #save}; fails with the file name on any other content. */
    public static DjlSequenceStager load(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + (Files.isDirectory(file) ? ": is a directory, not a model file" : ": model file not found"));
        }
        try (InputStream raw = Files.newInputStream(file)) {
            return read(raw, file.toString());
        }
    }

    /** Reads a model from a stream ({@code source} names it in error messages). */
    public static DjlSequenceStager read(InputStream raw, String source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            ModelHeader h = ModelHeader.read(in, MAGIC, VERSION, source, "DJL sequence-stager");
            String kind = h.kind();
            String[] names = h.featureNames();
            String[] classes = h.classNames();
            FeatureScaling scaling = FeatureScaling.read(in);
            if (scaling.size() != names.length || classes.length < 2) {
                throw new IOException(source + ": model header does not match its feature/class names");
            }
            DjlStagerParams p = new DjlStagerParams(in.readInt(), in.readInt(), in.readInt(), in.readDouble(), in.readInt(),
                    in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(),
                    in.readLong());
            engine();
            Model model = Model.newInstance(kind, "PyTorch");
            try {
                Block block = network(classes.length, p);
                model.setBlock(block);
                block.loadParameters(model.getNDManager(), in);
            } catch (MalformedModelException | RuntimeException e) {
                model.close();
                throw new IOException(source + ": bad network parameters (" + e.getMessage() + ")", e);
            }
            return new DjlSequenceStager(kind, names, classes, scaling, p, model);
        } catch (java.util.zip.ZipException | java.io.EOFException | IllegalArgumentException e) {
            throw new IOException(source + ": not a cardiosleep model file (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
