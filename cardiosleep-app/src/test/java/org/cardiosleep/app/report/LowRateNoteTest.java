package org.cardiosleep.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Recordings below 250 Hz are flagged: detected beats get interpolated times, annotated beats stay on their grid. */
class LowRateNoteTest {
    @Test
    void flagsRatesBelow250HzOnly() {
        assertTrue(HtmlReport.lowRate(125));
        assertTrue(HtmlReport.lowRate(128));
        assertTrue(HtmlReport.lowRate(200));
        assertFalse(HtmlReport.lowRate(250));
        assertFalse(HtmlReport.lowRate(256));
        assertFalse(HtmlReport.lowRate(360));
    }

    @Test
    void noteNamesTheGridStep() {
        assertEquals("cardiosleep: note: beat times are on a 125-Hz grid (8 ms steps), so HRV indices such as pNN50 are "
                + "approximate (the Task Force 1996 asks for 250 Hz or an interpolated R-wave time)", HtmlReport.lowRateNote(125));
        assertTrue(HtmlReport.lowRateNote(128).contains("128-Hz grid (7.8 ms steps)"), HtmlReport.lowRateNote(128));
        assertTrue(HtmlReport.interpolatedNote(125).contains("sampled at 125 Hz; beat times were interpolated"),
                HtmlReport.interpolatedNote(125));
    }
}
