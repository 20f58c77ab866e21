package org.cardiosleep.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cardiosleep.cohort.sim.SimulatedEcgCohort;
import org.cardiosleep.cohort.store.CohortStore;

/** The real night pipeline as a cohort job, on short SIMULATED EDF+ recordings (one corrupt). */
class AnalyzeNightJobTest {
    @TempDir
    Path dir;

    @Test
    void runsThePipelineOnMitdbRecords() throws Exception {
        Path mitdb = org.cardiosleep.testkit.TestData.require("mitdb");
        Path manifest = dir.resolve("mitdb.csv");
        java.nio.file.Files.writeString(manifest, "recording_id,path,site,age,sex\n"
                + "100," + mitdb.resolve("100") + ",BIH,69,M\n"
                + "101," + mitdb.resolve("101") + ",BIH,75,F\n"
                + "999," + mitdb.resolve("999") + ",BIH,,\n");
        try (CohortStore store = CohortStore.open(dir.resolve("m.duckdb"))) {
            RunSummary s = new CohortRunner(new AnalyzeNightJob(false), 2, false).run(Manifest.read(manifest), store,
                    RunListener.NONE);
            assertEquals(2, s.ok());
            assertEquals(1, s.failed());
            try (var st = store.connection().createStatement();
                 var rs = st.executeQuery("SELECT error FROM run_status WHERE recording_id = '999'")) {
                rs.next();
                assertTrue(rs.getString(1).contains("999"), rs.getString(1));
            }
        }
    }

    @Test
    void runsThePipelineOnEdfFilesAndIsolatesACorruptOne() throws Exception {
        Path manifest = SimulatedEcgCohort.write(dir.resolve("ecg"), 3, 900, 1, 3);
        List<ManifestEntry> entries = Manifest.read(manifest);
        try (CohortStore store = CohortStore.open(dir.resolve("a.duckdb"))) {
            RunSummary s = new CohortRunner(new AnalyzeNightJob(true), 2, false).run(entries, store, RunListener.NONE);
            assertEquals(2, s.ok());
            assertEquals(1, s.failed());
            assertTrue(store.count("phenotypes") > 20, "phenotypes: " + store.count("phenotypes"));
            // 900 s = 30 epochs of 30 s, times the stored epoch columns, for each of the 2 good nights
            assertEquals(2L * 30 * AnalyzeNightJob.EPOCH_COLUMNS.length, store.count("epochs"));
            try (var st = store.connection().createStatement();
                 var rs = st.executeQuery("SELECT avg(value) FILTER (name = 'quality'), "
                         + "avg(value) FILTER (name = 'spo2_mean_pct') FROM epochs")) {
                rs.next();
                double quality = rs.getDouble(1);
                double spo2 = rs.getDouble(2);
                // the simulated nights have a clean ECG apart from a lead-off gap, and SpO2 in the 80s-90s
                assertTrue(quality > 0.5 && quality <= 1, "mean epoch ECG quality " + quality);
                assertTrue(spo2 > 80 && spo2 <= 100, "mean epoch SpO2 " + spo2);
            }
            try (var st = store.connection().createStatement();
                 var rs = st.executeQuery("SELECT min(value), max(value) FROM phenotypes WHERE name = 'meanHrBpm'")) {
                rs.next();
                // the simulator's RR process keeps the night's mean heart rate within 45-100 bpm
                assertTrue(rs.getDouble(1) > 40 && rs.getDouble(2) < 110, "meanHrBpm " + rs.getDouble(1) + ".." + rs.getDouble(2));
            }
        }
    }
}
