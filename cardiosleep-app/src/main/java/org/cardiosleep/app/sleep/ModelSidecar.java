package org.cardiosleep.app.sleep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.learn.sequence.DjlSequenceStager;
import org.cardiosleep.learn.sequence.DjlStagerTraining;
import org.cardiosleep.learn.sequence.EpochSequenceClassifier;
import org.cardiosleep.learn.sequence.NightClassifier;

/** Writes a model file atomically with a text sidecar ({@code <model>.txt}) saying how it was made. */
final class ModelSidecar {
    private ModelSidecar() {
    }

    static void write(Path out, EpochSequenceClassifier model, String command, String data, List<String> records,
                      GbmParams params) throws Exception {
        AtomicOutput.file(out, model::save);
        writeSidecar(out, model, command, data, records, "learner: gradient-boosted trees " + params
                + (model.hmm() != null ? " + HMM smoothing" : ""));
    }

    /** The DJL sequence stager's model file and sidecar. */
    static void writeDjl(Path out, DjlSequenceStager model, String command, String data, List<String> records,
                         DjlStagerTraining.Log log) throws Exception {
        AtomicOutput.file(out, model::save);
        writeSidecar(out, model, command, data, records, "learner: DJL/PyTorch 1-D CNN + bidirectional GRU "
                + model.params() + "\ntraining: " + log);
    }

    private static void writeSidecar(Path out, NightClassifier model, String command, String data, List<String> records,
                                     String learner) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append("model: ").append(out.getFileName()).append(" (").append(model.kind()).append(")\n");
        b.append("made by: ").append(command).append('\n');
        b.append("data: ").append(data).append('\n');
        b.append("training records (").append(records.size()).append("): ").append(String.join(" ", records)).append('\n');
        b.append("classes: ").append(String.join(" ", model.classNames())).append('\n');
        b.append("features (").append(model.featureNames().length).append("): ")
                .append(String.join(" ", model.featureNames())).append('\n');
        b.append(learner).append('\n');
        b.append("made at: ").append(Instant.now()).append(" with Java ").append(System.getProperty("java.version")).append('\n');
        Path side = out.resolveSibling(out.getFileName() + ".txt");
        AtomicOutput.file(side, tmp -> Files.writeString(tmp, b.toString(), StandardCharsets.UTF_8));
    }
}
