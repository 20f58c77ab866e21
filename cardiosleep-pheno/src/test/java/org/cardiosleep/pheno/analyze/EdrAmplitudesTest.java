package org.cardiosleep.pheno.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.signal.resp.Edr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdrAmplitudesTest {
    private static final double FS = 100;

    /** A random walk with the beats at random places, some at the ends and at chunk edges (simulated). */
    private static double[] signal(int n, Random r) {
        double[] x = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = x[i - 1] + r.nextGaussian();
        }
        return x;
    }

    private static long[] peaks(int n, Random r, int... forced) {
        long[] p = r.longs(400, 0, n).toArray();
        long[] all = Arrays.copyOf(p, p.length + forced.length);
        for (int i = 0; i < forced.length; i++) {
            all[p.length + i] = forced[i];
        }
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    /** Fed overlapping chunks as the classifier reads them, every beat gets the whole-signal amplitude. */
    @Test
    void chunksGiveTheWholeSignalsAmplitudes() {
        Random r = new Random(3);
        int n = 10_000, chunk = 1000, margin = 40;
        double[] x = signal(n, r);
        long[] peaks = peaks(n, r, 0, 1, 14, 15, 16, 999, 1000, 1001, 1039, 1040, 1041, 1995, n - 6, n - 5, n - 1);
        EdrAmplitudes edr = new EdrAmplitudes(peaks, FS, n);
        double[] buf = new double[chunk + 2 * margin];
        for (int start = 0; start < n; start += chunk) {
            int from = Math.max(0, start - margin), to = Math.min(n, start + chunk + margin);
            System.arraycopy(x, from, buf, 0, to - from);
            Arrays.fill(buf, to - from, buf.length, Double.NaN); // beyond the chunk: never read
            edr.accept(buf, to - from, from);
        }
        assertTrue(edr.complete());
        assertArrayEquals(Edr.fromEcg(x, FS, peaks).amplitude(), edr.amplitudes(), 0);
    }

    /** Beats no chunk measured are read from the recording; a skipped chunk leaves beats unmeasured. */
    @Test
    void theRestIsReadFromTheRecording(@TempDir Path dir) throws Exception {
        Random r = new Random(4);
        int n = 70_000; // longer than one of readRest's chunks
        double[] x = signal(n, r);
        StringBuilder csv = new StringBuilder("# fs=" + FS + "\nECG\n");
        for (double v : x) {
            csv.append(v).append('\n');
        }
        Path f = dir.resolve("ecg.csv");
        Files.writeString(f, csv);
        long[] peaks = peaks(n, r, 0, n - 1, 30_000);
        try (Recording rec = Recordings.open(f)) {
            double[] whole = rec.readPhysical(0);
            EdrAmplitudes edr = new EdrAmplitudes(peaks, FS, n);
            edr.accept(Arrays.copyOfRange(whole, 0, 20_000), 20_000, 0);
            // a chunk further on, not adjacent: the beats between are left for the recording
            edr.accept(Arrays.copyOfRange(whole, 40_000, 45_000), 5_000, 40_000);
            assertFalse(edr.complete());
            assertArrayEquals(Edr.fromEcg(whole, FS, peaks).amplitude(), edr.readRest(rec, 0), 0);
        }
    }
}
