package org.cardiosleep.signal.hrv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.cardiosleep.signal.rhythm.BeatLabels;
import org.junit.jupiter.api.Test;

class TimeDomainTest {

    @Test
    void statisticsMatchHandComputation() {
        double[] rr = {800, 810, 790, 860, 850, 805, 780, 840};
        TimeDomainHrv td = TimeDomain.compute(NnSeries.fromBeats(SimulatedRr.beatsFromRr(rr), null));
        // by hand: mean 816.875; squared deviations sum 6046.875 → SDNN = sqrt(6046.875/7)
        assertEquals(816.875, td.meanNnMs(), 1e-9);
        assertEquals(Math.sqrt(6046.875 / 7), td.sdnnMs(), 1e-9);
        // successive differences 10,-20,70,-10,-45,-25,60: squares 100+400+4900+100+2025+625+3600 = 11750
        assertEquals(Math.sqrt(11750.0 / 7), td.rmssdMs(), 1e-9);
        assertEquals(100.0 * 2 / 7, td.pnn50Pct(), 1e-9); // 70 and 60 exceed 50
        assertEquals(8, td.nnCount());
        assertEquals(60000 / 816.875, td.meanHrBpm(), 1e-9);
    }

    @Test
    void ectopicBeatsBreakAdjacency() {
        double[] rr = {800, 800, 500, 1100, 800, 820};
        byte[] cls = {'N', 'N', 'N', 'V', 'N', 'N', 'N'};
        NnSeries nn = NnSeries.fromBeats(SimulatedRr.beatsFromRr(rr), cls);
        assertEquals(4, nn.size()); // the two intervals touching the V beat are excluded
        TimeDomainHrv td = TimeDomain.compute(nn);
        // adjacent differences: 800→800 (0) and 800→820 (20) only
        assertEquals(Math.sqrt((0 + 400) / 2.0), td.rmssdMs(), 1e-9);
    }

    @Test
    void triangularIndexAndTinnOfATriangularHistogram() {
        // histogram: a triangle over bins 100..120 with apex 40 at bin 110 (bin = 1/128 s)
        java.util.List<Double> vals = new java.util.ArrayList<>();
        for (int b = 100; b <= 120; b++) {
            int h = 40 - 4 * Math.abs(b - 110);
            for (int k = 0; k < h; k++) {
                vals.add((b + 0.5) * TimeDomain.BIN_MS);
            }
        }
        double[] x = vals.stream().mapToDouble(Double::doubleValue).toArray();
        int[] hist = TimeDomain.histogram(x);
        assertEquals(40, hist[110]);
        assertEquals(20 * TimeDomain.BIN_MS, TimeDomain.tinnMs(hist), 1e-9);
        // triangular index = N / max = 400 / 40
        NnSeries nn = new NnSeries(new double[x.length], x, new int[x.length]);
        assertEquals(400.0 / 40, TimeDomain.compute(nn).triangularIndex(), 1e-9);
    }

    @Test
    void sdannAndSdnnIndexOverFiveMinuteSegments() {
        // two 5-min segments: constant 750 ms, then alternating 950/1050 ms (mean 1000, SD known)
        int n1 = 400, n2 = 300;
        double[] rr = new double[n1 + n2];
        for (int i = 0; i < n1; i++) {
            rr[i] = 750;
        }
        for (int i = 0; i < n2; i++) {
            rr[n1 + i] = i % 2 == 0 ? 950 : 1050;
        }
        double[] t = SimulatedRr.beatsFromRr(rr);
        double[] times = new double[rr.length];
        System.arraycopy(t, 1, times, 0, rr.length);
        NnSeries nn = new NnSeries(times, rr, java.util.stream.IntStream.range(1, rr.length + 1).toArray());
        double[] r = TimeDomain.sdannAndIndex(nn, 300);
        // the first NN ends at 0.75 s: segment [0,300) holds NN 1..399 (750 ms); the 400th ends at 300 s
        assertEquals(2, r[2]);
        double sdSecond = Math.sqrt(300 * 50.0 * 50.0 / 299); // ±50 around 1000, n-1 denominator, plus one 750
        assertTrue(r[1] > 0 && r[1] < sdSecond);
    }

    @Test
    void sdnnOfRandomSeriesMatchesTwoPassFormula() {
        Random rnd = new Random(7);
        double[] rr = new double[5000];
        for (int i = 0; i < rr.length; i++) {
            rr[i] = 850 + 40 * rnd.nextGaussian() * 0.3;
        }
        NnSeries nn = NnSeries.fromBeats(SimulatedRr.beatsFromRr(rr), null);
        assertEquals(rr.length, nn.size());
        double m = java.util.Arrays.stream(rr).average().orElseThrow();
        double ss = java.util.Arrays.stream(rr).map(v -> (v - m) * (v - m)).sum();
        assertEquals(Math.sqrt(ss / (rr.length - 1)), TimeDomain.compute(nn).sdnnMs(), 1e-6);
    }

    @Test
    void nnFilterRejectsImplausibleIntervals() {
        double[] rr = {800, 810, 250, 550, 805, 2500, 800};
        NnSeries nn = NnSeries.fromBeats(SimulatedRr.beatsFromRr(rr), BeatLabels.unclassified(8));
        // 250 and 2500 out of range, 550 more than 20 % below the reference
        assertEquals(4, nn.size());
    }
}
