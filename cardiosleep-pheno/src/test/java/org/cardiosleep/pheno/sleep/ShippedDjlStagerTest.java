package org.cardiosleep.pheno.sleep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.cardiosleep.learn.sequence.DjlSequenceStager;
import org.cardiosleep.learn.sequence.DjlStagerParams;
import org.cardiosleep.learn.sequence.DjlStagerTraining;
import org.cardiosleep.signal.sleep.RrEpochFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped DJL stager matches the current RR features; models for other features are refused. */
class ShippedDjlStagerTest {

    @Test
    void shippedModelIsAFourClassStagerForTheCurrentFeatures() throws IOException {
        try (DjlSequenceStager m = SleepStager.shippedDjl()) {
            assertArrayEquals(RrEpochFeatures.names(), m.featureNames(), "retrain: cardiosleep train stager --model djl");
            assertArrayEquals(SleepStager.CLASSES4, m.classNames());
            Random r = new Random(5);
            double[][] night = new double[120][RrEpochFeatures.names().length];
            for (double[] row : night) {
                for (int f = 0; f < row.length; f++) {
                    row[f] = r.nextGaussian();
                }
            }
            double[][] p = m.predictProba(night);
            assertEquals(120, p.length);
            for (double[] row : p) {
                assertEquals(1.0, row[0] + row[1] + row[2] + row[3], 1e-5);
            }
        }
    }

    @Test
    void refusesAModelForOtherFeatures(@TempDir Path dir) throws IOException {
        double[][] x = new double[30][2];
        int[] y = new int[30];
        for (int i = 0; i < 30; i++) {
            x[i][0] = i % 4;
            y[i] = i % 4;
        }
        DjlStagerParams tiny = new DjlStagerParams(2, 1, 2, 0.0, 10, 1, 2, 1, 1, 1e-2, 0.0, 0.5, 1);
        Path file = dir.resolve("other.bin.gz");
        try (DjlSequenceStager m = DjlStagerTraining.fit("stager4-djl", new String[] {"a", "b"}, SleepStager.CLASSES4,
                List.of(x, x), List.of(y, y), new int[] {0, 1}, tiny)) {
            m.save(file);
        }
        IOException e = assertThrows(IOException.class,
                () -> SleepStager.loadDjl(new ByteArrayInputStream(Files.readAllBytes(file)), file.toString()));
        assertTrue(e.getMessage().contains("current features"), e.getMessage());
    }
}
