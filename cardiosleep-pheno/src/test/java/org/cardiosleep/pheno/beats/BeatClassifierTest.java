package org.cardiosleep.pheno.beats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.io.wfdb.WfdbReader;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed model: it loads, says how it was made, and classifies simulated and real beats. */
class BeatClassifierTest {
    private static BeatClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = BeatClassifier.loadDefault();
    }

    @AfterAll
    static void close() {
        classifier.close();
    }

    @Test
    void committedModelNamesItsTrainingCommandAndData() {
        String command = classifier.model().info().get("command");
        assertTrue(command.startsWith("cardiosleep train beats"), command);
        assertTrue(classifier.model().info().get("data").contains("DS1"));
    }

    @Test
    void simulatedEctopyIsFound() {
        LabeledBeats r = BeatModelTest.simulated("sim", 77);
        byte[] predicted = classifier.classify(r.ecg(), r.fsHz(), r.beatSamples());
        AamiConfusion c = new AamiConfusion().add(r.aamiClass(), predicted);
        assertEquals(100.0, c.sensitivity(AamiClass.V), 1e-9, BeatConfusionText.of(c));
        assertTrue(c.sensitivity(AamiClass.N) > 90, BeatConfusionText.of(c));
        float[] p = classifier.probabilities(r.ecg(), r.fsHz(), r.beatSamples());
        assertEquals(r.beatSamples().length * AamiClass.COUNT, p.length);
    }

    @Test
    void emptyBeatListGivesEmptyResult() {
        assertEquals(0, classifier.classify(new double[3600], 360, new int[0]).length);
    }

    /** Record 100 (DS2, never seen in training): 2239 N and 33 A beats, 1 V. */
    @Test
    void realRecordMostlyRight() throws Exception {
        Path dir = TestData.require("mitdb");
        try (Recording rec = WfdbReader.open(dir.resolve("100.hea"))) {
            double[] ecg = rec.readPhysical(0);
            List<WfdbAnnotation> ann = WfdbAnnotationReader.read(dir.resolve("100.atr"));
            int[] beats = ann.stream().filter(WfdbAnnotation::isBeat).mapToInt(a -> (int) a.sample()).toArray();
            byte[] ref = new byte[beats.length];
            int k = 0;
            for (WfdbAnnotation a : ann) {
                if (a.isBeat()) {
                    ref[k++] = AamiClass.fromMitCode(a.code());
                }
            }
            AamiConfusion c = new AamiConfusion().add(ref, classifier.classify(ecg, 360, beats));
            assertTrue(c.accuracy() > 95, BeatConfusionText.of(c));
        }
    }
}
