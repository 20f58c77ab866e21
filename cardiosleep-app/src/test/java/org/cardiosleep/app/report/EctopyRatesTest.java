package org.cardiosleep.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.signal.rhythm.BeatLabels;
import org.junit.jupiter.api.Test;

/** The Holter report's ectopy bars: bin length by recording length, rates per analysable hour. */
class EctopyRatesTest {

    @Test
    void binsFollowTheRecordingLength() {
        assertEquals(300, HolterReport.ectopyBinSec(1800));           // 30 min: six 5-min bins
        assertEquals(1800, HolterReport.ectopyBinSec(8 * 3600));      // a night: 16 half hours
        assertEquals(3600, HolterReport.ectopyBinSec(24 * 3600));
        assertEquals(3600, HolterReport.ectopyBinSec(7 * 24 * 3600));
    }

    @Test
    void ratesArePerAnalysableHour() {
        // 20 min in 10-min bins: 2 V and 1 S in the first bin, 1 V in the second, whose first 5 min are lost
        double[] t = {10, 100, 200, 400, 900};
        byte[] c = {BeatLabels.V, BeatLabels.N, BeatLabels.V, BeatLabels.S, BeatLabels.V};
        boolean[] usable = new boolean[1200];
        java.util.Arrays.fill(usable, true);
        java.util.Arrays.fill(usable, 600, 900, false);
        double[][] r = HolterReport.ectopyRates(t, c, 1200, 600, SignalLoss.of(usable));
        assertArrayEquals(new double[] {12, 6}, r[0], 1e-9);       // 2 V, 1 S in 1/6 h
        assertArrayEquals(new double[] {12, 0}, r[1], 1e-9);       // 1 V in 5 analysable min
    }

    @Test
    void aBinAlmostAllLostShowsNoBar() {
        boolean[] usable = new boolean[600];
        java.util.Arrays.fill(usable, 0, 30, true);
        double[][] r = HolterReport.ectopyRates(new double[] {10}, new byte[] {BeatLabels.V}, 600, 600,
                SignalLoss.of(usable));
        assertArrayEquals(new double[] {0, 0}, r[0]);
    }
}
