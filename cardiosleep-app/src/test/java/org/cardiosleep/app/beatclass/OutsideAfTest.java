package org.cardiosleep.app.beatclass;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.cardiosleep.pheno.beats.AamiClass;
import org.cardiosleep.pheno.beats.LabeledBeats;
import org.junit.jupiter.api.Test;

class OutsideAfTest {

    /** Simulated beats: 600 sinus beats at 0.8 s, 600 AF beats (random RR), 600 sinus beats. */
    private static LabeledBeats beats() {
        Random rnd = new Random(7);
        int n = 1800;
        int[] at = new int[n];
        double t = 1;
        for (int i = 0; i < n; i++) {
            t += i >= 600 && i < 1200 ? 0.4 + 0.6 * rnd.nextDouble() : 0.8;
            at[i] = (int) Math.round(t * 250);
        }
        return new LabeledBeats("sim", new double[0], 250, at, new byte[n]);
    }

    @Test
    void supraventricularPredictionsInsideAfBecomeNormal() {
        LabeledBeats r = beats();
        byte[] predicted = new byte[r.beatSamples().length];
        for (int i = 10; i < predicted.length; i += 50) {
            predicted[i] = AamiClass.S;
        }
        predicted[105] = AamiClass.V;
        predicted[905] = AamiClass.V;
        byte[] out = BenchBeatsCommand.outsideAf(r, predicted);
        for (int i = 0; i < out.length; i++) {
            boolean wellInsideAf = i >= 640 && i < 1160;
            boolean wellOutside = i < 560 || i >= 1240;
            if (predicted[i] == AamiClass.S && wellInsideAf) {
                assertEquals(AamiClass.N, out[i], "S inside AF at beat " + i);
            } else if (wellOutside || predicted[i] != AamiClass.S) {
                assertEquals(predicted[i], out[i], "beat " + i);
            }
        }
        // without AF nothing changes
        byte[] sinusOnly = new byte[600];
        sinusOnly[100] = AamiClass.S;
        LabeledBeats sinus = new LabeledBeats("sinus", new double[0], 250,
                java.util.Arrays.copyOf(r.beatSamples(), 600), new byte[600]);
        assertArrayEquals(sinusOnly, BenchBeatsCommand.outsideAf(sinus, sinusOnly));
    }
}
