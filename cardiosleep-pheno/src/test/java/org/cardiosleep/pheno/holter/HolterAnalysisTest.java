package org.cardiosleep.pheno.holter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.cardiosleep.signal.rhythm.RhythmEvent;
import org.junit.jupiter.api.Test;

/** Simulated 3-h beat series with known content. */
class HolterAnalysisTest {

    /** Sinus at 75 bpm with 0.25-Hz modulation, one hour of AF (random RR) in the middle hour. */
    private static double[] simulated(int hours, int afHour) {
        Random rnd = new Random(4);
        double[] t = new double[hours * 3600 * 2];
        int n = 1;
        while (true) {
            double prev = t[n - 1];
            boolean af = (int) (prev / 3600) == afHour;
            double rr = af ? 0.4 + 0.6 * rnd.nextDouble() : 0.8 + 0.03 * Math.sin(2 * Math.PI * 0.25 * prev);
            if (prev + rr >= hours * 3600) {
                break;
            }
            t[n++] = prev + rr;
        }
        return java.util.Arrays.copyOf(t, n);
    }

    @Test
    void afHourIsFoundAndExcludedFromHrv() {
        double[] t = simulated(3, 1);
        HolterResult r = HolterAnalysis.analyze(HolterInput.ofBeats(t));
        Map<String, Object> v = r.variables();
        assertEquals(100.0 / 3, (double) v.get("AF_BURDEN_PCT"), 1.5);
        assertEquals(1, v.get("AF_EPISODES"));
        assertEquals(3, r.hourly().size());
        assertTrue((double) r.hourly().get(1).get("AF_BURDEN_PCT") > 95);
        assertTrue((double) r.hourly().get(0).get("AF_BURDEN_PCT") < 5);
        // HRV from sinus hours only: the 30-ms sinusoid at 0.25 Hz gives HF ≈ 450 ms² and RMSSD well below AF's
        assertEquals(450.0, (double) v.get("HF"), 0.02 * 450);
        assertTrue((double) v.get("RMSSD") < 40);
        assertEquals(75.0, (double) r.hourly().get(0).get("HR_MEAN"), 0.5);
        // no classes: ectopy variables unavailable
        assertTrue(Double.isNaN((double) v.get("V_BEATS")));
        assertTrue(r.periods().isEmpty());
        assertTrue(r.stages().isEmpty());
    }

    @Test
    void supraventricularBeatsInsideAfAreCountedOnlyWhenAsked() {
        double[] t = simulated(3, 1);
        byte[] c = new byte[t.length];
        java.util.Arrays.fill(c, org.cardiosleep.signal.rhythm.BeatLabels.N);
        int inSinus = 0, inAf = 0;
        for (int i = 5; i < t.length; i += 97) {
            c[i] = org.cardiosleep.signal.rhythm.BeatLabels.S;
            if ((int) (t[i] / 3600) == 1) {
                inAf++;
            } else {
                inSinus++;
            }
        }
        HolterInput in = new HolterInput(t, c, "classifier", 3 * 3600, Optional.empty(), null, 30);
        HolterResult asGiven = HolterAnalysis.analyze(in);
        assertEquals(inSinus + inAf, asGiven.variables().get("S_BEATS"));
        assertTrue(asGiven.classes() == c, "labels taken as given are not copied");
        HolterResult outsideAf = HolterAnalysis.analyze(in, true);
        // the AF hour is detected to within a few beats of its edges
        assertEquals(inSinus, (int) outsideAf.variables().get("S_BEATS"), 1);
        assertEquals(inSinus, countS(outsideAf.classes()), 1);
        assertEquals(inSinus, (int) outsideAf.hourly().get(0).get("S_BEATS")
                + (int) outsideAf.hourly().get(1).get("S_BEATS") + (int) outsideAf.hourly().get(2).get("S_BEATS"), 1);
        assertEquals(inSinus + inAf, countS(c), "the input labels are not changed");
    }

    private static int countS(byte[] c) {
        int k = 0;
        for (byte b : c) {
            k += b == org.cardiosleep.signal.rhythm.BeatLabels.S ? 1 : 0;
        }
        return k;
    }

    @Test
    void clockPeriodsAndStages() {
        double[] t = simulated(3, -1);
        String[] stages = new String[3 * 120];
        for (int e = 0; e < stages.length; e++) {
            stages[e] = e < 120 ? "W" : e < 240 ? "N2" : "REM";
        }
        HolterInput in = new HolterInput(t, null, "none", 3 * 3600, Optional.of(LocalTime.of(23, 0)), stages, 30);
        HolterResult r = HolterAnalysis.analyze(in);
        Map<String, Object> night = r.periods().get("NIGHT");
        assertEquals(3600.0, (double) night.get("START_S"), 1e-9); // 00:00 is one hour after 23:00
        assertEquals(3 * 3600.0, (double) night.get("END_S"), 1e-9);
        assertEquals(120, r.stages().get("N2").get("EPOCHS"));
        assertEquals(0, r.stages().get("N3").get("EPOCHS"));
        assertEquals(75.0, (double) r.stages().get("REM").get("HR_MEAN"), 0.5);
        assertEquals(450.0, (double) r.stages().get("N2").get("HF"), 0.02 * 450);
        assertEquals("23:00", r.hourly().get(0).get("CLOCK"));
    }

    /**
     * 10 min at exactly 60 bpm with the lead off from 200 s to 320 s (no beats there): with the lost
     * seconds known there is no pause, no 2-min RR, and the rate and ectopy rate are over the
     * analysable 8 min; without them the gap reads as a 121-s pause.
     */
    @Test
    void leadOffIsSignalLossNotAPause() {
        double[] t = new double[600];
        byte[] c = new byte[t.length];
        int n = 0;
        for (int s = 0; s < 600; s++) {
            if (s < 200 || s >= 320) {
                t[n] = s + 0.5;
                c[n] = s % 60 == 0 ? org.cardiosleep.signal.rhythm.BeatLabels.V : org.cardiosleep.signal.rhythm.BeatLabels.N;
                n++;
            }
        }
        t = java.util.Arrays.copyOf(t, n);
        c = java.util.Arrays.copyOf(c, n);
        boolean[] usable = new boolean[600];
        for (int s = 0; s < 600; s++) {
            usable[s] = s < 200 || s >= 320;
        }
        HolterResult lost = HolterAnalysis.analyze(new HolterInput(t, c, "test", 600, Optional.empty(), null, 30,
                SignalLoss.of(usable)));
        Map<String, Object> v = lost.variables();
        assertEquals(0, v.get("PAUSE_2S_N"));
        assertEquals(1.0, (double) v.get("RR_MAX_S"), 1e-9);
        assertEquals(60.0, (double) v.get("HR_MEAN"), 1e-9);
        assertEquals(480 / 3600.0, (double) v.get("ANALYSABLE_H"), 1e-12);
        assertEquals(2.0, (double) v.get("SIGNAL_LOSS_MIN"), 1e-12);
        assertEquals(1, v.get("SIGNAL_LOSS_N"));
        // V beats at 0, 60, ..., 180 and 360, ..., 540 s: 8 in 8 analysable minutes
        assertEquals(60.0, (double) v.get("V_PER_H"), 1e-9);
        List<RhythmEvent> loss = lost.events().stream().filter(e -> e.type().equals("SIGNAL_LOSS")).toList();
        assertEquals(1, loss.size());
        assertEquals(200, loss.get(0).onsetSec(), 1e-12);
        assertEquals(320, loss.get(0).offsetSec(), 1e-12);
        assertTrue(lost.events().stream().noneMatch(e -> e.type().startsWith("PAUSE")));

        HolterResult unknown = HolterAnalysis.analyze(new HolterInput(t, c, "test", 600, Optional.empty(), null, 30));
        assertEquals(1, unknown.variables().get("PAUSE_2S_N"));
        assertEquals(121.0, (double) unknown.variables().get("RR_MAX_S"), 1e-9);
        assertEquals(600 / 3600.0, (double) unknown.variables().get("ANALYSABLE_H"), 1e-12);
    }

    /** An interval touching a lost second is no NN interval, however plausible its length. */
    @Test
    void intervalsTouchingLostSecondsAreNotNn() {
        double[] t = new double[600];
        for (int i = 0; i < t.length; i++) {
            t[i] = i + 0.5;
        }
        boolean[] usable = new boolean[600];
        java.util.Arrays.fill(usable, true);
        usable[300] = false;
        HolterResult lost = HolterAnalysis.analyze(new HolterInput(t, null, "none", 600, Optional.empty(), null, 30,
                SignalLoss.of(usable)));
        HolterResult all = HolterAnalysis.analyze(new HolterInput(t, null, "none", 600, Optional.empty(), null, 30));
        // the intervals ending at 300.5 s and 301.5 s touch second 300
        assertTrue(all.nnBeat()[300] && all.nnBeat()[301]);
        assertTrue(!lost.nnBeat()[300] && !lost.nnBeat()[301]);
        assertTrue(lost.nnBeat()[299] && lost.nnBeat()[302]);
        assertEquals(0, lost.variables().get("SIGNAL_LOSS_N"), "a 1-s loss is no event");
        assertEquals(1 / 60.0, (double) lost.variables().get("SIGNAL_LOSS_MIN"), 1e-12);
    }

    /** Three simulated days with an hour of AF on day 2: one row per 24 h, the AF in its day only. */
    @Test
    void multiDayRecordingsGetOneRowPerDay() {
        double[] t = simulated(72, 30);
        HolterResult r = HolterAnalysis.analyze(new HolterInput(t, null, "none", 72 * 3600, Optional.empty(), null, 30));
        assertEquals(3, r.daily().size());
        assertEquals(1, r.daily().get(0).get("DAY"));
        assertEquals(86400.0, (double) r.daily().get(1).get("START_S"), 1e-9);
        assertEquals(100.0 / 24, (double) r.daily().get(1).get("AF_BURDEN_PCT"), 0.5);
        assertTrue((double) r.daily().get(0).get("AF_BURDEN_PCT") < 0.5);
        assertTrue((double) r.daily().get(2).get("AF_BURDEN_PCT") < 0.5);
        assertEquals(24.0, (double) r.daily().get(2).get("ANALYSABLE_H"), 1e-9);
        int beats = 0;
        for (Map<String, Object> d : r.daily()) {
            beats += (int) d.get("BEATS");
        }
        assertEquals(t.length, beats);
        assertEquals(75.0, (double) r.daily().get(0).get("HR_MEAN"), 0.5);
        // a single day has no daily rows
        assertTrue(HolterAnalysis.analyze(HolterInput.ofBeats(simulated(3, 1))).daily().isEmpty());
    }

    /** In a classified recording, unclassified beats (added from a second lead) end no NN interval; without classes all do. */
    @Test
    void unclassifiedBeatsAmongClassifiedOnesAreNotNn() {
        double[] t = simulated(1, -1);
        byte[] c = new byte[t.length];
        java.util.Arrays.fill(c, org.cardiosleep.signal.rhythm.BeatLabels.N);
        for (int i = 1000; i < 1100; i++) {
            c[i] = org.cardiosleep.signal.rhythm.BeatLabels.UNCLASSIFIED;
        }
        HolterResult r = HolterAnalysis.analyze(new HolterInput(t, c, "test", 3600, Optional.empty(), null, 30));
        assertTrue(!r.nnBeat()[1050] && !r.nnBeat()[1000] && !r.nnBeat()[1100], "intervals touching unclassified beats");
        assertTrue(r.nnBeat()[999] && r.nnBeat()[1101]);
        byte[] none = org.cardiosleep.signal.rhythm.BeatLabels.unclassified(t.length);
        HolterResult u = HolterAnalysis.analyze(new HolterInput(t, none, "test", 3600, Optional.empty(), null, 30));
        assertTrue(u.nnBeat()[1050], "all unclassified: every beat is a candidate");
    }
}
