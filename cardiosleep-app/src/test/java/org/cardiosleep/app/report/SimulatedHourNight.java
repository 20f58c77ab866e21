package org.cardiosleep.app.report;

import java.nio.file.Path;

import org.cardiosleep.pheno.analyze.AnalysisOptions;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.NightAnalyzer;
import org.cardiosleep.pheno.analyze.SimulatedRecording;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;

/** The report tests' night: one simulated hour (seed 5), analysed once and shared. */
final class SimulatedHourNight {
    private static NightAnalysis night;

    private SimulatedHourNight() {
    }

    static synchronized NightAnalysis get() throws Exception {
        if (night == null) {
            try (SimulatedRecording rec = new SimulatedRecording(
                    NightSimulator.simulate(SimConfig.night(5).withDurationSec(3600)), Path.of("simulated.edf"))) {
                night = NightAnalyzer.analyze(rec, AnalysisOptions.defaults());
            }
        }
        return night;
    }
}
