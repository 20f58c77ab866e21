package org.cardiosleep.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cardiosleep.cohort.sim.SimulatedCohort;
import org.cardiosleep.cohort.sim.SimulatedNightJob;
import org.cardiosleep.cohort.store.CohortStore;

class CohortRunnerTest {
    @TempDir
    Path dir;

    @Test
    void isolatesFailuresAndResumes() throws Exception {
        Path manifest = SimulatedCohort.write(dir.resolve("cohort"), 30, -0.04, 2, 11);
        List<ManifestEntry> entries = Manifest.read(manifest);
        assertEquals(30, entries.size());
        assertEquals("A", entries.stream().filter(e -> e.site().equals("A")).findFirst().orElseThrow().site());
        assertTrue(entries.get(0).diary().containsKey("diary_tst_min"));
        assertTrue(entries.get(0).covariates().containsKey("smoker"));
        try (CohortStore store = CohortStore.open(dir.resolve("c.duckdb"))) {
            CohortRunner runner = new CohortRunner(new SimulatedNightJob(true), 2, false);
            RunSummary s = runner.run(entries, store, RunListener.NONE);
            assertEquals(28, s.ok());
            assertEquals(2, s.failed());
            try (Statement st = store.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT error FROM run_status WHERE status = 'failed' ORDER BY 1")) {
                rs.next();
                String err = rs.getString(1);
                assertTrue(err.contains("sim00029.night") && err.contains("not a simulated-night file"), err);
            }
            RunSummary again = runner.run(entries, store, RunListener.NONE);
            assertEquals(30, again.skipped());
            assertEquals(0, again.ok() + again.failed());
            RunSummary retry = new CohortRunner(new SimulatedNightJob(true), 2, true).run(entries, store, RunListener.NONE);
            assertEquals(28, retry.skipped());
            assertEquals(2, retry.failed());
            assertEquals(30, store.count("run_status"));
        }
    }

    @Test
    void rejectsManifestWithoutRequiredColumns() throws Exception {
        Path m = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(m, "id,file\n1,a.edf\n");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> Manifest.read(m));
        assertTrue(e.getMessage().startsWith(m.toString()) && e.getMessage().contains("recording_id"), e.getMessage());
    }
}
