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
    void readsParquetManifests() throws Exception {
        Path csv = SimulatedCohort.write(dir.resolve("cohort"), 5, -0.04, 0, 3);
        Path pq = dir.resolve("manifest.parquet");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement()) {
            // typed columns (age, bmi as DOUBLE), paths made absolute as a Parquet manifest would carry them
            st.execute("COPY (SELECT recording_id, '" + dir.resolve("cohort") + "/' || path AS path, site, cohort, "
                    + "CAST(age AS DOUBLE) AS age, sex, CAST(bmi AS DOUBLE) AS bmi, diary_tst_min "
                    + "FROM read_csv('" + csv + "', all_varchar = true)) TO '" + pq + "' (FORMAT parquet)");
        }
        List<ManifestEntry> a = Manifest.read(csv);
        List<ManifestEntry> b = Manifest.read(pq);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).recordingId(), b.get(i).recordingId());
            assertEquals(a.get(i).paths(), b.get(i).paths());
            assertEquals(a.get(i).ageYears(), b.get(i).ageYears());
            assertEquals(a.get(i).bmiKgM2(), b.get(i).bmiKgM2());
            assertEquals(a.get(i).diary().get("diary_tst_min"), b.get(i).diary().get("diary_tst_min"));
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
