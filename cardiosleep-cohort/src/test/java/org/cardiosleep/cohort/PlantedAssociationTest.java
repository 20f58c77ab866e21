package org.cardiosleep.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cardiosleep.cohort.assoc.AnalysisTable;
import org.cardiosleep.cohort.assoc.AssociationGrid;
import org.cardiosleep.cohort.assoc.AssociationModel;
import org.cardiosleep.cohort.assoc.AssociationResult;
import org.cardiosleep.cohort.assoc.ConsistencyRow;
import org.cardiosleep.cohort.assoc.ConsistencyStudy;
import org.cardiosleep.cohort.assoc.GridRow;
import org.cardiosleep.cohort.plot.BlandAltmanPlot;
import org.cardiosleep.cohort.plot.ForestPlot;
import org.cardiosleep.cohort.sim.SimulatedCohort;
import org.cardiosleep.cohort.sim.SimulatedNightJob;
import org.cardiosleep.cohort.store.CohortStore;
import org.cardiosleep.stats.glm.Family;

/** 200 SIMULATED nights with a planted effect of sleep efficiency on PVC rate; the GLM must recover it. */
class PlantedAssociationTest {
    static final double PLANTED = -0.04; // log PVC rate per +1 % sleep efficiency

    @TempDir
    Path dir;

    @Test
    void recoversPlantedEffectAndDiaryBias() throws Exception {
        Path manifest = SimulatedCohort.write(dir.resolve("cohort"), 200, PLANTED, 1, 2026);
        try (CohortStore store = CohortStore.open(dir.resolve("c.duckdb"))) {
            new CohortRunner(new SimulatedNightJob(false), 2, false).run(Manifest.read(manifest), store, RunListener.NONE);
            AnalysisTable t = AnalysisTable.load(store);
            assertEquals(199, t.rows());
            AssociationResult r = AssociationModel.fit(t, "pvc_count", "se_pct", List.of("age", "sex", "bmi", "site"),
                    Family.POISSON);
            assertTrue(r.estimate() < 0, "sign of the planted effect");
            assertTrue(r.ciLower() <= PLANTED && PLANTED <= r.ciUpper(),
                    "CI " + r.ciLower() + ".." + r.ciUpper() + " does not cover " + PLANTED);
            assertTrue(r.pValue() < 1e-6);
            assertTrue(r.fit().indexOf("sex=M") > 0 && r.fit().indexOf("site=B") > 0 && r.fit().indexOf("site=C") > 0);
            assertTrue(r.fit().converged());

            // an exposure with no planted effect on heart rate: no strong signal expected
            List<GridRow> grid = AssociationGrid.run(t, List.of("se_pct", "rem_pct", "n3_pct"),
                    List.of("pvc_count", "hr_mean_bpm"), List.of("age", "sex", "bmi", "site"),
                    Map.of("pvc_count", Family.POISSON), Family.GAUSSIAN);
            assertEquals(6, grid.size());
            GridRow planted = grid.get(0);
            assertEquals("se_pct", planted.exposure());
            assertTrue(planted.qValue() < 0.001);
            for (GridRow g : grid) {
                assertTrue(g.qValue() >= g.pValue());
            }

            List<ConsistencyRow> c = ConsistencyStudy.run(t, ConsistencyStudy.DEFAULT_PAIRS);
            ConsistencyRow tst = c.get(0);
            assertTrue(tst.blandAltman().biasCiLower() <= -SimulatedCohort.DIARY_TST_BIAS_MIN
                    && -SimulatedCohort.DIARY_TST_BIAS_MIN <= tst.blandAltman().biasCiUpper(), tst.blandAltman().toString());
            assertTrue(tst.pearson().r() > 0.5);

            Path forest = dir.resolve("forest.png");
            ForestPlot.writePng(forest, "PVC rate", "rate ratio", grid.stream()
                    .map(g -> new ForestPlot.Row(g.outcome() + " ~ " + g.exposure(), g.estimate(), g.ciLower(), g.ciUpper()))
                    .toList(), true);
            Path ba = dir.resolve("ba.png");
            BlandAltmanPlot.writePng(ba, "TST", "min", tst.objectiveValues(), tst.subjectiveValues(), tst.blandAltman());
            for (Path p : List.of(forest, ba)) {
                byte[] b = Files.readAllBytes(p);
                assertTrue(b.length > 1000 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G');
            }
            assertFalse(t.isNumeric("site"));
        }
    }
}
