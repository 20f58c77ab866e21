package org.cardiosleep.pheno.holter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

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
}
