package org.cardiosleep.pheno.holter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.signal.rhythm.BeatLabels;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;

/** A real 24-h Holter beat series of a healthy subject (nsr2db nsr001, 128 Hz annotations). */
class HolterNsr2dbTest {

    @Test
    void healthyTwentyFourHourRecordHasPhysiologicalHrvAndNoAf() throws Exception {
        Path f = TestData.require("nsr2db/nsr001.ecg");
        List<WfdbAnnotation> anns = WfdbAnnotationReader.read(f);
        List<WfdbAnnotation> beats = anns.stream().filter(WfdbAnnotation::isBeat).toList();
        double[] t = new double[beats.size()];
        byte[] c = new byte[beats.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = beats.get(i).sample() / 128.0;
            c[i] = BeatLabels.fromMitMnemonic(beats.get(i).mnemonic());
        }
        HolterResult r = HolterAnalysis.analyze(new HolterInput(t, c, "reference nsr001.ecg", t[t.length - 1],
                java.util.Optional.empty(), null, 30));
        Map<String, Object> v = r.variables();
        assertEquals(106460, v.get("BEATS"));
        assertTrue((double) v.get("AF_BURDEN_PCT") < 1, "AF burden " + v.get("AF_BURDEN_PCT"));
        // healthy 24-h ranges (Task Force 1996 norms: SDNN 141 ± 39 ms, SDANN 127 ± 35, RMSSD 27 ± 12)
        assertInRange(v, "SDNN", 80, 250);
        assertInRange(v, "SDANN", 70, 230);
        assertInRange(v, "SDNN_INDEX", 30, 100);
        assertInRange(v, "RMSSD", 10, 60);
        assertInRange(v, "HRV_TI", 20, 70);
        assertInRange(v, "DFA_A1", 0.8, 1.5);
        assertInRange(v, "DC", 3, 15);
        // SDANN cannot exceed SDNN by more than rounding: SDNN² ≈ SDANN² + SDNN-index²
        double sdnn = (double) v.get("SDNN"), sdann = (double) v.get("SDANN"), idx = (double) v.get("SDNN_INDEX");
        assertEquals(sdnn * sdnn, sdann * sdann + idx * idx, 0.15 * sdnn * sdnn);
        assertTrue(r.hourly().size() >= 22);
    }

    private static void assertInRange(Map<String, Object> v, String name, double lo, double hi) {
        double x = ((Number) v.get(name)).doubleValue();
        assertTrue(x >= lo && x <= hi, name + " = " + x + " outside [" + lo + ", " + hi + "]");
    }
}
