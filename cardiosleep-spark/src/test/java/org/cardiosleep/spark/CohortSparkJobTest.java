package org.cardiosleep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cardiosleep.cohort.CohortRunner;
import org.cardiosleep.cohort.Manifest;
import org.cardiosleep.cohort.ManifestEntry;
import org.cardiosleep.cohort.RunListener;
import org.cardiosleep.cohort.sim.SimulatedCohort;
import org.cardiosleep.cohort.sim.SimulatedNightJob;
import org.cardiosleep.cohort.store.CohortStore;

/**
 * The Spark job in local mode on a small SIMULATED cohort (one corrupt file) produces the same
 * night-level phenotypes, epochs, events and run status as the local runner.
 */
class CohortSparkJobTest {
    @TempDir
    Path dir;

    @Test
    void sparkLocalModeMatchesTheLocalRunner() throws Exception {
        Path manifest = SimulatedCohort.write(dir.resolve("cohort"), 8, -0.04, 1, 77);
        List<ManifestEntry> entries = Manifest.read(manifest);
        Path out = dir.resolve("spark-out");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("cardiosleep-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        try {
            assertEquals(8, CohortSparkJob.run(spark, entries, new SimulatedNightJob(true), out.toString(), 3));
        } finally {
            spark.stop();
        }
        try (CohortStore local = CohortStore.open(dir.resolve("local.duckdb"));
             CohortStore fromSpark = CohortStore.open(dir.resolve("spark.duckdb"))) {
            new CohortRunner(new SimulatedNightJob(true), 2, false).run(entries, local, RunListener.NONE);
            assertEquals(8, fromSpark.loadParquet(out));
            for (String q : List.of(
                    "SELECT recording_id, name, value FROM phenotypes ORDER BY ALL",
                    "SELECT recording_id, epoch, start_sec, name, value FROM epochs ORDER BY ALL",
                    "SELECT recording_id, type, onset_sec, duration_sec, value FROM events ORDER BY ALL",
                    "SELECT recording_id, status, error FROM run_status ORDER BY ALL",
                    "SELECT * FROM recordings ORDER BY ALL",
                    "SELECT * FROM covariates ORDER BY ALL")) {
                List<String> a = rows(local, q);
                List<String> b = rows(fromSpark, q);
                assertTrue(a.size() > 0, q);
                assertEquals(a, b, q);
            }
            assertEquals(1L, fromSpark.statusCounts().get("failed"));
        }
    }

    private static List<String> rows(CohortStore s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(rs.getString(i)).append('|');
                }
                out.add(sb.toString());
            }
        }
        return out;
    }
}
