package org.cardiosleep.pheno.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.cardiosleep.signal.sim.SimEpisode;
import org.cardiosleep.signal.sim.SimulatedNight;
import org.junit.jupiter.api.Test;

class NightAnalyzerTest {
    private static final SimulatedNight NIGHT = NightSimulator.simulate(SimConfig.night(11));
    private static final NightAnalysis A = analyze();

    private static NightAnalysis analyze() {
        try (SimulatedRecording rec = new SimulatedRecording(NIGHT, Path.of("sim.edf"))) {
            return NightAnalyzer.analyze(rec, AnalysisOptions.defaults());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyVariableIsCatalogued() {
        assertEquals(VariableCatalog.all().size(), A.variables().size());
        for (String k : A.variables().keySet()) {
            assertTrue(VariableCatalog.contains(k), k);
        }
        assertEquals(8 * 60, A.value("recordingDurationMin"), 1e-9);
    }

    /**
     * Cardiopulmonary coupling on simulated 3-h nights (respiration modulates the R amplitude and the
     * RR intervals; apneas add a cyclic heart-rate variation near 0.02 Hz): without apnea the coupling
     * is mostly respiratory (high-frequency), with 40 apneas per hour the low-frequency coupling
     * grows.
     */
    @Test
    void couplingShiftsToLowFrequenciesWithApnea() throws Exception {
        double[] logRatio = new double[2], share = new double[2];
        double[] ahi = {0, 40};
        for (int i = 0; i < 2; i++) {
            SimulatedNight night = NightSimulator.simulate(SimConfig.night(5).withDurationSec(3 * 3600)
                    .withTargetAhi(ahi[i]));
            try (SimulatedRecording rec = new SimulatedRecording(night, Path.of("sim.edf"))) {
                NightAnalysis a = NightAnalyzer.analyze(rec, AnalysisOptions.defaults());
                assertEquals(NightAnalysis.AVAILABLE, a.parts().get("cardiopulmonaryCoupling"));
                assertTrue(a.value("cpcWindows") > 30, "windows " + a.value("cpcWindows"));
                logRatio[i] = a.value("cpcLogHfcLfc");
                share[i] = a.value("cpcHfcSharePct");
            }
        }
        assertTrue(share[0] > 60, "HFC share without apnea " + share[0]);
        assertTrue(logRatio[1] < logRatio[0] - 0.3, "log HFC/LFC " + logRatio[0] + " without, " + logRatio[1] + " with apnea");
        assertTrue(share[1] < share[0], "HFC share " + share[0] + " without, " + share[1] + " with apnea");
    }

    /** The simulator breathes at 0.25 Hz (15 /min) and modulates the R amplitude with it. */
    @Test
    void breathingRateFromTheEcgIsTheSimulatedOne() {
        assertEquals(15, A.value("respRatePerMin"), 0.5);
        assertTrue(A.value("respRateCoveragePct") > 80, "coverage " + A.value("respRateCoveragePct"));
        float[] r = A.epochs().respRatePerMin();
        int found = 0;
        for (float v : r) {
            if (!Float.isNaN(v)) {
                assertEquals(15, v, 1.5);
                found++;
            }
        }
        assertTrue(found > r.length / 2, found + " of " + r.length + " epochs");
    }

    @Test
    void leadOffIsFoundAsSignalLoss() {
        SimEpisode gap = NIGHT.leadOff();
        List<NightEvent> loss = A.events().stream().filter(e -> e.type().equals(EventTypes.ECG_SIGNAL_LOSS)).toList();
        assertEquals(1, loss.size(), loss.toString());
        assertEquals(gap.startSec(), loss.get(0).onsetSec(), 1.0);
        assertEquals(gap.durationSec(), loss.get(0).durationSec(), 1.0);
        assertEquals((8 * 3600 - gap.durationSec()) / 60, A.value("ecgUsableMin"), 0.05);
    }

    @Test
    void oximetryMatchesSimulatedDesaturations() {
        assertTrue(A.has("oximetry"));
        long true3 = NIGHT.desaturations().stream().filter(d -> d.magnitude() >= 3).count();
        long true4 = NIGHT.desaturations().stream().filter(d -> d.magnitude() >= 4).count();
        // every desaturation of the recording, in sleep or not: tolerance 5 % of the true count
        assertEquals(true3, A.oximetry().desat3().size(), Math.max(2, 0.05 * true3));
        assertEquals(true4, A.oximetry().desat4().size(), Math.max(2, 0.05 * true4));
        // indices per hour of (ECG-staged) sleep against the truth per hour of true sleep
        assertEquals(NIGHT.truth().odi3(), A.value("odi3PerHour"), 2);
        assertEquals(NIGHT.truth().odi4(), A.value("odi4PerHour"), 2);
        assertEquals(NIGHT.truth().t90Min(), A.value("t90RecordingMin"), 0.5);
        assertTrue(A.value("hypoxicBurdenPctMinPerHour") > 0);
        assertFalse(Double.isNaN(A.value("spo2MeanPct")));
    }

    /**
     * The DJL sequence stager on request: the sleep part is available, every epoch's four stage
     * probabilities sum to 1 and its stage is the most probable one, and the sleep time is a part of
     * the recording.
     */
    @Test
    void djlStagerOnRequest() throws Exception {
        NightAnalysis d;
        try (SimulatedRecording rec = new SimulatedRecording(NIGHT, Path.of("sim.edf"))) {
            d = NightAnalyzer.analyze(rec, AnalysisOptions.defaults().withStager(AnalysisOptions.STAGER_DJL));
        }
        assertTrue(d.has("sleep"), d.parts().toString());
        EpochTable e = d.epochs();
        int scored = 0;
        for (int i = 0; i < e.stage().length; i++) {
            if (e.stage()[i] < 0) {
                continue;
            }
            scored++;
            double sum = 0;
            int best = 0;
            for (int k = 0; k < 4; k++) {
                sum += e.stageProb()[k][i];
                best = e.stageProb()[k][i] > e.stageProb()[best][i] ? k : best;
            }
            assertEquals(1.0, sum, 1e-4);
            assertEquals(best, e.stage()[i]);
        }
        assertEquals(8 * 120, scored);
        double tst = d.value("totalSleepTimeMin");
        assertTrue(tst >= 0 && tst <= 8 * 60, "TST " + tst);
        assertThrows(IllegalArgumentException.class, () -> AnalysisOptions.defaults().withStager("rnn"));
    }

    @Test
    void beatsMatchTheSimulatedBeats() {
        assertTrue(A.has("beats"));
        int[] truth = NIGHT.beatSamples();
        int[] found = A.beats().samples();
        int fs = 256, tol = (int) (0.15 * fs), tp = 0;
        int j = 0;
        for (int b : truth) {
            double t = b / 256.0;
            if (NIGHT.leadOff().contains(t)) {
                continue;
            }
            while (j < found.length && found[j] < b - tol) {
                j++;
            }
            if (j < found.length && Math.abs(found[j] - b) <= tol) {
                tp++;
                j++;
            }
        }
        int inGap = 0;
        for (int b : truth) {
            inGap += NIGHT.leadOff().contains(b / 256.0) ? 1 : 0;
        }
        double se = (double) tp / (truth.length - inGap), ppv = (double) tp / found.length;
        assertTrue(se > 0.995 && ppv > 0.995, "Se " + se + " +P " + ppv);
        assertEquals(NIGHT.truth().longestPauseSec(), A.value("longestRrSec"), 0.05);
        assertTrue(A.value("fastest10BeatHrBpm") > 100, "fastest " + A.value("fastest10BeatHrBpm"));
        assertTrue(A.value("rmssdMs") > 5 && A.value("sdnnMs") > 20);
    }

    @Test
    void holterFindsTheSimulatedPauseAfAndNoPauseInTheLeadOffGap() {
        assertTrue(A.parts().get("holter").startsWith("available"), A.parts().toString());
        assertEquals(NIGHT.truth().longestPauseSec(), A.value("longestPauseSec"), 0.05);
        assertEquals(NIGHT.truth().afBurdenPct(), A.value("afBurdenPct"), 2.0);
        for (NightEvent e : A.events()) {
            if (e.type().equals(EventTypes.PAUSE)) {
                assertTrue(e.endSec() < NIGHT.leadOff().startSec() || e.onsetSec() > NIGHT.leadOff().endSec(), e.toString());
            }
        }
        assertTrue(A.strips().stream().anyMatch(s -> s.title().startsWith("Longest pause")));
        assertTrue(A.strips().stream().anyMatch(s -> s.title().startsWith("Atrial fibrillation onset")));
    }

    @Test
    void unavailablePartsAreNotInvented() {
        if (!A.has("beats")) {
            assertTrue(Double.isNaN(A.value("meanHrBpm")));
            assertTrue(Double.isNaN(A.value("beatCount")));
        }
        if (!A.has("sleep")) {
            assertTrue(Double.isNaN(A.value("totalSleepTimeMin")));
        }
    }
}
