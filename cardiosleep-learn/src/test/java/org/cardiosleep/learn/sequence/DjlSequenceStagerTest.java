package org.cardiosleep.learn.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulated nights with a planted sequence rule: the class of an epoch is the sign of feature 0
 * three epochs <em>earlier</em>; the epoch's own features are pure noise, so an epoch-by-epoch
 * classifier is at chance (50 %) and only a model that looks across epochs can learn it.
 */
class DjlSequenceStagerTest {
    private static final String[] FEATURES = {"a", "b", "c"};
    private static final String[] CLASSES = {"low", "high"};
    private static final int LAG = 3;

    private static double[][] night(Random r, int epochs) {
        double[][] x = new double[epochs][3];
        for (double[] row : x) {
            for (int f = 0; f < 3; f++) {
                row[f] = r.nextGaussian();
            }
        }
        x[epochs / 2][1] = Double.NaN; // missing values must be tolerated
        return x;
    }

    private static int[] labels(double[][] x) {
        int[] y = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = i < LAG ? -1 : x[i - LAG][0] > 0 ? 1 : 0;
        }
        return y;
    }

    private static DjlStagerParams tiny(long seed) {
        return new DjlStagerParams(8, 3, 8, 0.0, 40, 4, 100, 20, 3, 2e-2, 0.0, 0.25, seed);
    }

    @Test
    void learnsAPlantedSequenceRuleFarAboveChanceAndRoundTrips(@TempDir Path dir) throws IOException {
        Random r = new Random(7);
        List<double[][]> x = new ArrayList<>();
        List<int[]> y = new ArrayList<>();
        int[] subjects = new int[8];
        for (int n = 0; n < subjects.length; n++) {
            x.add(night(r, 150 + 10 * n));
            y.add(labels(x.get(n)));
            subjects[n] = n / 2;
        }
        DjlStagerTraining.Log[] log = new DjlStagerTraining.Log[1];
        try (DjlSequenceStager m = DjlStagerTraining.fit("test", FEATURES, CLASSES, x, y, subjects, tiny(3), log)) {
            assertEquals(6, log[0].trainNights());
            assertEquals(2, log[0].validationNights());
            double[][] test = night(new Random(99), 300);
            int[] truth = labels(test);
            double[][] p = m.predictProba(test);
            int correct = 0;
            int scored = 0;
            for (int i = 0; i < truth.length; i++) {
                assertEquals(1.0, p[i][0] + p[i][1], 1e-5);
                if (truth[i] >= 0) {
                    scored++;
                    correct += EpochSequenceClassifier.argmax(new double[][] {p[i]})[0] == truth[i] ? 1 : 0;
                }
            }
            double accuracy = (double) correct / scored;
            System.out.println("DJL planted-rule test: accuracy " + accuracy + " " + log[0]);
            assertTrue(accuracy > 0.85, "held-out accuracy " + accuracy + " (chance 0.5), " + log[0]);

            Path file = dir.resolve("m.bin.gz");
            m.save(file);
            try (DjlSequenceStager back = DjlSequenceStager.load(file)) {
                assertArrayEquals(FEATURES, back.featureNames());
                assertArrayEquals(CLASSES, back.classNames());
                double[][] q = back.predictProba(test);
                for (int i = 0; i < p.length; i++) {
                    assertArrayEquals(p[i], q[i], 1e-6);
                }
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> back.predictProba(new double[][] {{1, 2}}));
                assertTrue(e.getMessage().contains("expects 3"), e.getMessage());
            }
        }
    }

    @Test
    void rejectsOtherFilesAndSingleSubjectTraining(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.bin.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(junk))) {
            out.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        IOException e = assertThrows(IOException.class, () -> DjlSequenceStager.load(junk));
        assertTrue(e.getMessage().contains("junk.bin.gz"), e.getMessage());
        double[][] x = night(new Random(1), 20);
        assertThrows(IllegalArgumentException.class, () -> DjlStagerTraining.fit("t", FEATURES, CLASSES,
                List.of(x, x), List.of(labels(x), labels(x)), new int[] {0, 0}, tiny(1)));
    }
}
