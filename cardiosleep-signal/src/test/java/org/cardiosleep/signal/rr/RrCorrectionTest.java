package org.cardiosleep.signal.rr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RrCorrectionTest {

    private static long[] beats(double[] rrSec, double fs) {
        long[] b = new long[rrSec.length + 1];
        double t = 1;
        b[0] = Math.round(t * fs);
        for (int i = 0; i < rrSec.length; i++) {
            t += rrSec[i];
            b[i + 1] = Math.round(t * fs);
        }
        return b;
    }

    private static double[] regular(int n, long seed) {
        Random rnd = new Random(seed);
        double[] rr = new double[n];
        for (int i = 0; i < n; i++) {
            // respiratory sinus arrhythmia (4-beat cycle) with a little beat-to-beat jitter
            rr[i] = 0.8 + 0.04 * Math.sin(2 * Math.PI * i / 4.3) + 0.004 * rnd.nextGaussian();
        }
        return rr;
    }

    @Test
    void cleanSeriesIsLeftAlone() {
        double[] rr = regular(300, 1);
        RrCorrection.Result r = RrCorrection.correct(RrSeries.of(beats(rr, 1000), 1000, null));
        assertEquals(rr.length, r.count(RrCorrection.Kind.NORMAL));
    }

    @Test
    void ectopicMissedAndExtraBeatsAreFoundAndCorrected() {
        double[] rr = regular(300, 2);
        rr[100] = 0.5; // premature beat ...
        rr[101] = 1.1; // ... and its compensatory pause
        rr[200] = 1.6; // a missed beat: the interval spans two
        double[] withExtra = new double[rr.length + 1];
        System.arraycopy(rr, 0, withExtra, 0, 250);
        withExtra[250] = 0.3; // an extra detection splits one interval in two
        withExtra[251] = rr[250] - 0.3;
        System.arraycopy(rr, 251, withExtra, 252, rr.length - 251);
        RrCorrection.Result r = RrCorrection.correct(RrSeries.of(beats(withExtra, 1000), 1000, null));
        assertEquals(RrCorrection.Kind.ECTOPIC, r.kinds()[100]);
        assertEquals(RrCorrection.Kind.MISSED, r.kinds()[200]);
        assertEquals(RrCorrection.Kind.EXTRA, r.kinds()[250]);
        double[] c = r.correctedRrSec();
        // 301 input intervals; the missed beat's is split in two, the extra beat's two are merged:
        // 301 = the true count (300 simulated intervals, one of which held two beats)
        assertEquals(301, c.length);
        for (double v : c) {
            assertTrue(v > 0.7 && v < 0.9 || Math.abs(v - 1.6 / 2) < 0.01, "corrected interval " + v + " in " + Arrays.toString(c));
        }
    }

    @Test
    void gapsStayGaps() {
        double[] rr = regular(200, 3);
        long[] b = beats(rr, 250);
        boolean[] usable = new boolean[b.length];
        Arrays.fill(usable, true);
        usable[50] = false; // a masked beat: both of its intervals become gaps
        RrSeries s = RrSeries.of(b, 250, usable);
        assertEquals(198, s.validCount());
        RrCorrection.Result r = RrCorrection.correct(s);
        assertEquals(RrCorrection.Kind.GAP, r.kinds()[49]);
        assertTrue(Double.isNaN(r.correctedRrSec()[49]) && Double.isNaN(r.correctedRrSec()[50]));
        // a pause longer than 3 s is a gap too
        long[] withHole = Arrays.copyOf(b, b.length);
        for (int i = 120; i < withHole.length; i++) {
            withHole[i] += 10 * 250;
        }
        assertEquals(199, RrSeries.of(withHole, 250, null).validCount());
    }
}
