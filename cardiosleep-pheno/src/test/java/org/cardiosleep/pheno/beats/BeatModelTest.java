package org.cardiosleep.pheno.beats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cardiosleep.learn.beats.BoostedTreesParams;
import org.junit.jupiter.api.Test;
import org.cardiosleep.testkit.SimulatedBeats;

class BeatModelTest {
    private static final String PATTERN = "NNNNNNNNSNNNNNNVNNNNNNNNNSNNNNNNNVNNNNNNNNNNNSNNNNVNNNNNNNNNNNNSNNNNVNNNNNNNNN";

    static LabeledBeats simulated(String name, long seed) {
        SimulatedBeats s = SimulatedBeats.of(360, PATTERN, seed);
        byte[] labels = new byte[s.kind.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = switch (s.kind[i]) {
                case 'S' -> AamiClass.S;
                case 'V' -> AamiClass.V;
                default -> AamiClass.N;
            };
        }
        return new LabeledBeats(name, s.ecg, s.fsHz, s.beats, labels);
    }

    private static BeatTrainingConfig small() {
        return new BeatTrainingConfig(new BoostedTreesParams(20, 3, 0.3, 1, 1, 1, 1, 5), 0.5, 50, 1);
    }

    @Test
    void trainsOnSimulatedRecordsAndRoundTripsTheFile() throws IOException {
        List<RecordFeatures> train = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            train.add(RecordFeatures.of(simulated("sim" + i, 10 + i)));
        }
        RecordFeatures test = RecordFeatures.of(simulated("test", 99));
        try (BeatModel model = BeatTrainer.train(train, small(), new float[] {1, 1, 1, 1, 1},
                Map.of("command", "unit test"))) {
            byte[] predicted = model.classify(test.features());
            AamiConfusion c = new AamiConfusion().add(test.labels(), predicted);
            assertEquals(100.0, c.sensitivity(AamiClass.V), 1e-9, BeatConfusionText.of(c));
            assertTrue(c.sensitivity(AamiClass.S) >= 75, BeatConfusionText.of(c));
            assertTrue(c.accuracy() > 95, BeatConfusionText.of(c));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.write(out);
            byte[] bytes = out.toByteArray();
            try (BeatModel back = BeatModel.read(bytes, "mem")) {
                assertArrayEquals(model.probabilities(test.features()), back.probabilities(test.features()));
                assertEquals("unit test", back.info().get("command"));
                assertArrayEquals(new float[] {1, 1, 1, 1, 1}, back.classScale());
            }
        }
    }

    @Test
    void crossValidationHoldsOutWholeRecords() {
        List<RecordFeatures> recs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            recs.add(RecordFeatures.of(simulated("sim" + i, 20 + i)));
        }
        List<float[]> oof = BeatCrossValidation.outOfFold(recs, 3, small());
        assertEquals(3, oof.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(recs.get(i).features().beatCount() * AamiClass.COUNT, oof.get(i).length);
        }
        float[] scale = BeatCrossValidation.chooseScales(recs, oof);
        assertEquals(1f, scale[0]);
        assertTrue(BeatCrossValidation.confusion(recs, oof, scale).f1(AamiClass.V) > 0.9);
        assertThrows(IllegalArgumentException.class, () -> BeatCrossValidation.outOfFold(recs, 4, small()));
    }

    @Test
    void refusesForeignFiles() {
        assertThrows(IOException.class, () -> BeatModel.read("hello\n\nxx".getBytes(StandardCharsets.UTF_8), "f"));
        assertThrows(IOException.class, () -> BeatModel.read("nothing".getBytes(StandardCharsets.UTF_8), "f"));
        IOException e = assertThrows(IOException.class, () -> BeatModel.read(
                (BeatModel.MAGIC + "\nfeatures=a,b\nclassScale=1,1,1,1,1\n\nxx").getBytes(StandardCharsets.UTF_8), "m.model"));
        assertTrue(e.getMessage().startsWith("m.model: "), e.getMessage());
    }

    @Test
    void classWeightsBalanceAndCap() {
        float[] w = BeatTrainer.classWeights(new long[] {900, 90, 9, 1, 0}, 1000, new BeatTrainingConfig(
                small().trees(), 1.0, 50, 1));
        assertEquals(1000.0 / (5 * 900), w[0], 1e-6);
        assertEquals(1000.0 / (5 * 90), w[1], 1e-5);
        assertEquals(50f, w[3]);
        float[] half = BeatTrainer.classWeights(new long[] {900, 90, 9, 1, 0}, 1000, new BeatTrainingConfig(
                small().trees(), 0.5, 50, 1));
        assertEquals(Math.sqrt(1000.0 / (5 * 90)), half[1], 1e-5);
    }

    /** The header's lines split as String.lines splits them. */
    @org.junit.jupiter.api.Test
    void linesSplitAsStringLines() {
        for (String t : new String[] {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "\n\nx", "a\rb", "a\n\n", "\r\n"}) {
            org.junit.jupiter.api.Assertions.assertEquals(t.lines().toList(), BeatModel.lines(t), "'" + t + "'");
        }
    }
}
