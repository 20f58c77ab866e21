package org.cardiosleep.signal.qrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LeadSelectionTest {
    private static SignalQuality.Window w(long start, double q) {
        return new SignalQuality.Window(start, q, q >= SignalQuality.USABLE_THRESHOLD, q, 8, 0, 0, 0, 1);
    }

    @Test
    void keepsThePreferredLeadWhereUsableAndSwitchesWhereNot() {
        long[] lead0 = {100, 900, 1100, 1900};
        long[] lead1 = {102, 905, 1500, 1903};
        SignalQuality.Window[] q0 = {w(0, 0.9), w(1000, 0.1)};
        SignalQuality.Window[] q1 = {w(0, 1.0), w(1000, 0.8)};
        long[] out = LeadSelection.bestPerWindow(new long[][] {lead0, lead1}, new SignalQuality.Window[][] {q0, q1}, 1000, 72);
        assertArrayEquals(new long[] {100, 900, 1500, 1903}, out);
    }

    @Test
    void dropsTheSameBeatSeenByBothLeadsAcrossABorder() {
        long[] lead0 = {995};
        long[] lead1 = {1003};
        SignalQuality.Window[] q0 = {w(0, 0.9), w(1000, 0.1)};
        SignalQuality.Window[] q1 = {w(0, 0.2), w(1000, 0.9)};
        long[] out = LeadSelection.bestPerWindow(new long[][] {lead0, lead1}, new SignalQuality.Window[][] {q0, q1}, 1000, 72);
        assertArrayEquals(new long[] {995}, out);
    }
}
