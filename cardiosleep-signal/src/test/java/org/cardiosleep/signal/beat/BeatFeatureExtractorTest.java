package org.cardiosleep.signal.beat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.cardiosleep.testkit.SimulatedBeats;

class BeatFeatureExtractorTest {
    private static final String PATTERN = "NNNNNNNNNNSNNNNNNNVNNNNNNNNNNSNNNNNNNNVNNNNNNNNNNNNNNNNVNNNNNNNSNNNNNNNNN";

    private static int col(String name) {
        int i = BeatFeatureExtractor.NAMES.indexOf(name);
        assertTrue(i >= 0, name);
        return i;
    }

    @Test
    void namesMatchColumns() {
        SimulatedBeats s = SimulatedBeats.of(360, PATTERN, 1);
        BeatFeatures f = BeatFeatureExtractor.extract(s.ecg, s.fsHz, s.beats);
        assertEquals(s.beats.length, f.beatCount());
        assertEquals(BeatFeatureExtractor.featureCount(), f.featureCount());
        assertEquals(f.featureCount(), f.names().size());
    }

    @Test
    void rrContextSeesPrematurityAndPause() {
        SimulatedBeats s = SimulatedBeats.of(360, PATTERN, 2);
        BeatFeatures f = BeatFeatureExtractor.extract(s.ecg, s.fsHz, s.beats);
        for (int i = 1; i < s.beats.length - 1; i++) {
            double preOverLocal = f.get(i, col("preOverLocal"));
            double postOverPre = f.get(i, col("postOverPre"));
            switch (s.kind[i]) {
                case 'S' -> assertTrue(preOverLocal < 0.7, "S beat " + i + " pre/local " + preOverLocal);
                case 'V' -> {
                    assertTrue(preOverLocal < 0.75, "V beat " + i);
                    assertTrue(postOverPre > 1.8, "V beat " + i + " compensatory pause " + postOverPre);
                }
                default -> {
                    if (s.kind[i - 1] == 'N' && s.kind[i + 1] == 'N') {
                        assertTrue(preOverLocal > 0.85 && preOverLocal < 1.2, "N beat " + i + " " + preOverLocal);
                    }
                }
            }
        }
        assertEquals(0.8, f.get(0, col("recordRrSec")), 0.03);
    }

    @Test
    void morphologyRelativeToDominantBeat() {
        for (double fs : new double[] {360, 250, 128}) {
            SimulatedBeats s = SimulatedBeats.of(fs, PATTERN, 3);
            BeatFeatures f = BeatFeatureExtractor.extract(s.ecg, s.fsHz, s.beats);
            for (int i = 1; i < s.beats.length - 1; i++) {
                double corr = f.get(i, col("corrDominantQrs"));
                double widthRatio = f.get(i, col("qrsWidthRatio"));
                if (s.kind[i] == 'V') {
                    assertTrue(corr < 0.5, fs + " Hz V beat " + i + " corr " + corr);
                    assertTrue(widthRatio > 1.6, fs + " Hz V beat " + i + " width ratio " + widthRatio);
                    assertEquals(-1f, f.get(i, col("polarityAgreement")));
                } else {
                    assertTrue(corr > 0.97, fs + " Hz " + s.kind[i] + " beat " + i + " corr " + corr);
                    assertEquals(1.0, widthRatio, 0.3, fs + " Hz " + s.kind[i] + " beat " + i);
                    assertEquals(1f, f.get(i, col("polarityAgreement")));
                }
                if (s.kind[i] == 'N' && s.kind[i - 1] == 'N') {
                    assertTrue(f.get(i, col("pCorr")) > 0.8, "P wave of N beat " + i);
                }
                if (s.kind[i] == 'S') {
                    // no P wave: the region before an early beat holds the previous T wave instead
                    assertTrue(f.get(i, col("pCorr")) < 0.8, "P region of S beat " + i + " " + f.get(i, col("pCorr")));
                }
            }
            // the simulated normal QRS lasts about 70 ms
            double width = f.get(5, col("qrsWidthSec"));
            assertTrue(width > 0.04 && width < 0.11, fs + " Hz QRS width " + width);
        }
    }

    @Test
    void emptyAndBadInput() {
        assertEquals(0, BeatFeatureExtractor.extract(new double[1000], 360, new int[0]).beatCount());
        BeatFeatures one = BeatFeatureExtractor.extract(new double[1000], 360, new int[] {500});
        assertEquals(1, one.beatCount());
        assertThrows(IllegalArgumentException.class,
                () -> BeatFeatureExtractor.extract(new double[1000], 360, new int[] {500, 400}));
        assertThrows(IllegalArgumentException.class,
                () -> BeatFeatureExtractor.extract(new double[1000], 20, new int[] {500}));
    }
}
