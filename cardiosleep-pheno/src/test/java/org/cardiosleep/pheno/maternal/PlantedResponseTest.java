package org.cardiosleep.pheno.maternal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cardiosleep.stats.glm.GlmFit;
import org.junit.jupiter.api.Test;

/** On simulated PSG + CTG pairs, the event-locked GLMs recover the planted effects. */
class PlantedResponseTest {

    static List<MaternalAnalysis> simulateCohort(MaternalSimulation.Truth truth, int subjects) {
        List<MaternalAnalysis> out = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            MaternalSimulation.Pair p = MaternalSimulation.simulate(s, 1000 + s, 8, 40, truth);
            ClockAlignment al = ClockAlignment.align(Optional.empty(), Optional.empty(), p.ctgOffsetSec(),
                    p.spo2().length / p.spo2Hz(), p.fhrBpm().length / p.ctgHz());
            assertTrue(al.sufficient());
            out.add(MaternalAnalysis.run(p.spo2(), p.spo2Hz(), p.fhrBpm(), p.uterine(), p.ctgHz(), al,
                    EventLockedAnalysis.Windows.DEFAULT));
        }
        return out;
    }

    static void assertCovers(GlmFit fit, String term, double truth) {
        int i = fit.indexOf(term);
        assertTrue(fit.ciLower()[i] <= truth && truth <= fit.ciUpper()[i],
                term + ": CI [" + fit.ciLower()[i] + ", " + fit.ciUpper()[i] + "] misses " + truth + "\n" + fit.table());
        assertTrue(Math.signum(fit.coefficients()[i]) == Math.signum(truth), fit.table());
    }

    @Test
    void pooledLogisticRecoversPlantedDepthAndDurationEffects() {
        MaternalSimulation.Truth truth = MaternalSimulation.Truth.DEFAULT;
        List<MaternalAnalysis> cohort = simulateCohort(truth, 20);
        List<ResponseModels.Row> rows = ResponseModels.rows(cohort);
        int events = cohort.stream().mapToInt(a -> a.events().size()).sum();
        assertTrue(events >= 20 * 35, "desaturations found: " + events);
        assertTrue(rows.size() >= events * 0.95, "usable responses: " + rows.size() + " of " + events);
        GlmFit fit = ResponseModels.deceleration(rows, true);
        assertCovers(fit, "depthPct", truth.perDepthPct());
        assertCovers(fit, "durationSec", truth.perDurationSec());
        GlmFit change = ResponseModels.change(rows, true);
        int d = change.indexOf("depthPct");
        assertTrue(change.coefficients()[d] < 0 && change.ciUpper()[d] < 0, change.table());
    }

    @Test
    void noPlantedEffectGivesCoefficientsCompatibleWithZero() {
        MaternalSimulation.Truth none = new MaternalSimulation.Truth(-1.0, 0, 0, 0);
        List<ResponseModels.Row> rows = ResponseModels.rows(simulateCohort(none, 12));
        GlmFit fit = ResponseModels.deceleration(rows, true);
        int i = fit.indexOf("depthPct");
        // |z| below 3.3 (two-sided p > 0.001): a false alarm here would be a defect, not bad luck
        assertTrue(Math.abs(fit.statistics()[i]) < 3.3, fit.table());
    }
}
