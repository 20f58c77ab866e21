package org.cardiosleep.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sleep and apnea tables say when atrial fibrillation takes a sizeable part of the night (simulated night). */
class AfCaveatTest {
    static NightAnalysis night;

    @BeforeAll
    static void analyze() throws Exception {
        night = SimulatedHourNight.get();
    }

    private static NightAnalysis withAfBurden(double pct) {
        Map<String, Double> vars = new LinkedHashMap<>(night.variables());
        vars.put("afBurdenPct", pct);
        return new NightAnalysis(night.recording(), night.beats(), night.epochs(), night.events(), vars, night.parts(),
                night.oximetry(), night.strips(), night.signalLoss());
    }

    private static String note(NightAnalysis a, String table) {
        for (ReportModel.Table t : ReportModel.tables(a)) {
            if (t.id().equals(table)) {
                return t.note();
            }
        }
        throw new AssertionError("no table " + table);
    }

    @Test
    void sizeableAfPutsACaveatUnderSleepAndApnea() {
        NightAnalysis a = withAfBurden(30);
        double minutes = 0.30 * night.value("recordingDurationMin");
        String expected = "Atrial fibrillation for " + Math.round(minutes) + " min (30 % of the recording)";
        assertTrue(note(a, "sleep-table").contains(expected), note(a, "sleep-table"));
        assertTrue(note(a, "apnea-table").startsWith(expected), note(a, "apnea-table"));
        assertFalse(note(a, "hr-table").contains("Atrial fibrillation"));
    }

    @Test
    void littleOrNoAfLeavesTheNotesAsTheyWere() {
        for (double pct : List.of(0.0, 4.9, Double.NaN)) {
            NightAnalysis a = withAfBurden(pct);
            assertFalse(note(a, "sleep-table").contains("Atrial fibrillation"), "AF " + pct);
            assertEquals("", note(a, "apnea-table"), "AF " + pct);
        }
    }
}
