package org.cardiosleep.pheno.rhythm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cardiosleep.signal.rhythm.AfFeatures;
import org.junit.jupiter.api.Test;

/** The learned AF detector on simulated RR series (sinus arrhythmia, then AF, then sinus). */
class AfModelTest {
    private static double[] times(double[] rrMs) {
        double[] t = new double[rrMs.length + 1];
        for (int i = 0; i < rrMs.length; i++) {
            t[i + 1] = t[i] + rrMs[i] / 1000;
        }
        return t;
    }

    /** Beat times with AF on beats [afFrom, afTo); truth per beat. */
    private static double[] simulate(long seed, int n, int afFrom, int afTo, byte[] truth) {
        Random rnd = new Random(seed);
        double[] rr = new double[n - 1];
        double base = 700 + 300 * rnd.nextDouble();
        for (int i = 0; i < rr.length; i++) {
            boolean af = i + 1 >= afFrom && i + 1 < afTo;
            rr[i] = af ? 400 + 500 * rnd.nextDouble() : base + 50 * Math.sin(2 * Math.PI * i / 5.0) + 5 * rnd.nextGaussian();
            truth[i + 1] = (byte) (af ? 1 : 0);
        }
        truth[0] = truth[1];
        return times(rr);
    }

    @Test
    void learnsAfOnSimulatedRecordsAndDetectsItOnAnUnseenOne() throws Exception {
        List<double[][]> xs = new ArrayList<>();
        List<byte[]> ys = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            byte[] y = new byte[900];
            xs.add(AfFeatures.compute(simulate(r, 900, 300 + 20 * r, 600 + 20 * r, y), null));
            ys.add(y);
        }
        AfModel model = AfModel.fit(xs, ys);
        byte[] truth = new byte[900];
        double[] t = simulate(99, 900, 400, 700, truth);
        boolean[] af = model.detect(t, null);
        int errors = 0;
        for (int i = 0; i < af.length; i++) {
            errors += af[i] == (truth[i] == 1) ? 0 : 1;
        }
        assertTrue(errors < 30, "errors " + errors + " of 900 beats");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        AfModel back = AfModel.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        double[][] x = AfFeatures.compute(t, null);
        assertArrayEquals(model.probability(x), back.probability(x), 1e-12);
    }

    @Test
    void refusesTrainingWithoutBothClasses() {
        byte[] y = new byte[300];
        double[] t = simulate(1, 300, 1000, 1000, y);
        assertThrows(IllegalArgumentException.class, () -> AfModel.fit(List.<double[][]>of(AfFeatures.compute(t, null)), List.of(y)));
    }
}
