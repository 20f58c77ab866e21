package org.cardiosleep.signal.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class RhythmEventsTest {

    private static Map<String, Long> counts(List<RhythmEvent> ev) {
        return ev.stream().collect(Collectors.groupingBy(RhythmEvent::type, Collectors.counting()));
    }

    @Test
    void ectopyPatternsAndPausesAreCounted() {
        // N×20, couplet, N×10, triplet (fast), N×10, 4 V slow, N×10, bigeminy ×4 cycles, N×10, 2.5-s pause, N×10, 3.5-s pause, N×20
        StringBuilder s = new StringBuilder();
        s.append("N".repeat(20)).append("VV").append("N".repeat(10)).append("VVV").append("N".repeat(10))
                .append("VVVV").append("N".repeat(10)).append("NVNVNVNV").append("N".repeat(10)).append("SSS")
                .append("N".repeat(30));
        int n = s.length();
        byte[] cls = new byte[n];
        double[] t = new double[n];
        int slowStart = 20 + 2 + 10 + 3 + 10;
        for (int i = 0; i < n; i++) {
            cls[i] = (byte) s.charAt(i);
            double rr = 0.8;
            if (cls[i] == BeatLabels.V || cls[i] == BeatLabels.S) {
                rr = 0.45;
            }
            if (i >= slowStart && i < slowStart + 4) {
                rr = 0.9; // slow ventricular run (67 bpm)
            }
            if (i == n - 20) {
                rr = 2.5;
            }
            if (i == n - 10) {
                rr = 3.5;
            }
            t[i] = i == 0 ? 0 : t[i - 1] + rr;
        }
        Map<String, Long> c = counts(RhythmEvents.find(t, cls, new boolean[n]));
        assertEquals(1L, c.get("V_COUPLET"));
        assertEquals(1L, c.get("V_TRIPLET"));
        assertEquals(1L, c.get("NSVT")); // the fast triplet
        assertEquals(1L, c.get("V_RUN_SLOW"));
        assertEquals(1L, c.get("V_BIGEMINY"));
        assertEquals(1L, c.get("SVT"));
        assertEquals(2L, c.get("PAUSE_2S"));
        assertEquals(1L, c.get("PAUSE_3S"));
    }

    @Test
    void bradyAndTachyEpisodes() {
        double[] t = new double[200];
        for (int i = 1; i < t.length; i++) {
            double rr = i < 50 ? 0.8 : i < 100 ? 1.5 : i < 150 ? 0.8 : 0.5; // 75, 40, 75, 120 bpm
            t[i] = t[i - 1] + rr;
        }
        List<RhythmEvent> ev = RhythmEvents.find(t, null, null);
        Map<String, Long> c = counts(ev);
        assertEquals(1L, c.get("BRADY"));
        assertEquals(1L, c.get("TACHY"));
        RhythmEvent brady = ev.stream().filter(e -> e.type().equals("BRADY")).findFirst().orElseThrow();
        assertEquals(40.0, brady.rateBpm(), 6.0);
    }
}
