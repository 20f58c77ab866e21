package org.cardiosleep.learn.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.cardiosleep.learn.gbm.GbmParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulated blocky sequences (long runs of each class) observed through a noisy classifier. */
class HmmSmootherTest {
    @TempDir
    Path tmp;

    static int[] blocks(SplittableRandom r, int n, int k) {
        int[] s = new int[n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (r.nextDouble() < 0.03) {
                c = r.nextInt(k);
            }
            s[i] = c;
        }
        return s;
    }

    @Test
    void smoothingBeatsNoisyPosteriors() {
        SplittableRandom r = new SplittableRandom(5);
        int[] truth = blocks(r, 3000, 3);
        double[][] p = new double[truth.length][3];
        for (int i = 0; i < truth.length; i++) {
            // 60 % of epochs lean to the truth, the rest to a random class.
            int lean = r.nextDouble() < 0.6 ? truth[i] : r.nextInt(3);
            for (int k = 0; k < 3; k++) {
                p[i][k] = k == lean ? 0.5 : 0.25;
            }
        }
        HmmSmoother hmm = HmmSmoother.fit(3, List.of(blocks(new SplittableRandom(9), 5000, 3)));
        int[] raw = EpochSequenceClassifier.argmax(p);
        int[] smooth = EpochSequenceClassifier.argmax(hmm.smooth(p));
        int okRaw = 0;
        int okSmooth = 0;
        for (int i = 0; i < truth.length; i++) {
            okRaw += raw[i] == truth[i] ? 1 : 0;
            okSmooth += smooth[i] == truth[i] ? 1 : 0;
        }
        assertTrue(okSmooth > okRaw + 0.05 * truth.length, "raw " + okRaw + " smoothed " + okSmooth);
        double[][] s = hmm.smooth(p);
        assertEquals(1.0, s[17][0] + s[17][1] + s[17][2], 1e-9);
    }

    @Test
    void modelFileRoundTrip() throws Exception {
        SplittableRandom r = new SplittableRandom(11);
        int[] y = blocks(r, 600, 2);
        double[][] x = new double[y.length][1];
        for (int i = 0; i < y.length; i++) {
            x[i][0] = y[i] + r.nextGaussian();
        }
        y[5] = -1; // unscored: left out of training
        EpochSequenceClassifier m = EpochSequenceClassifier.fit("test", new String[] {"f"}, new String[] {"a", "b"},
                List.<double[][]>of(x), List.<int[]>of(y), GbmParams.defaults(1).withRounds(20), true);
        Path f = tmp.resolve("m.bin.gz");
        m.save(f);
        EpochSequenceClassifier back = EpochSequenceClassifier.load(f);
        assertEquals("test", back.kind());
        double[][] a = m.predictProba(x);
        double[][] b = back.predictProba(x);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 1e-12);
        }
    }
}
