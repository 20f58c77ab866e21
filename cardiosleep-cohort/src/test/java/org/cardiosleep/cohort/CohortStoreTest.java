package org.cardiosleep.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cardiosleep.cohort.sim.SimulatedNight;
import org.cardiosleep.cohort.store.CohortStore;

class CohortStoreTest {
    @TempDir
    Path dir;

    static ManifestEntry entry(String id) {
        return new ManifestEntry(id, List.of("/x/" + id + ".edf"), "A", "c1", 50, "F", 25,
                Map.of("smoker", "no"), Map.of("diary_tst_min", "400"));
    }

    @Test
    void appenderCommitsOutsideTheTransaction() throws Exception {
        // why CohortStore stages appended rows in TEMP tables: a rollback does not undo an appender
        try (CohortStore store = CohortStore.open(dir.resolve("s.duckdb"))) {
            DuckDBConnection c = (DuckDBConnection) store.connection();
            c.setAutoCommit(false);
            try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "phenotypes")) {
                a.beginRow().append("r1").append("x").append(1.0).endRow();
            }
            c.rollback();
            c.setAutoCommit(true);
            assertEquals(1, store.count("phenotypes"));
        }
    }

    @Test
    void failedCommitLeavesNoRowsAndStoreStaysUsable() throws Exception {
        NightResult good = SimulatedNight.generate(7, -0.04, 60, "M", 30, true);
        NightResult bad = new NightResult(good.names(), good.values(), good.epochs(),
                new NightResult.EventTable(new String[] {"PVC", null}, new double[2], new double[2], new double[2]));
        try (CohortStore store = CohortStore.open(dir.resolve("s.duckdb"))) {
            assertThrows(IllegalArgumentException.class,
                    () -> store.commit(new RunOutcome(entry("r1"), "test", bad, null, 0.1)));
            for (String t : CohortStore.tables()) {
                assertEquals(0, store.count(t), t);
            }
            store.commit(new RunOutcome(entry("r1"), "test", good, null, 0.1));
            assertEquals(good.names().length, store.count("phenotypes"));
            assertEquals(good.events().size(), store.count("events"));
        }
    }

    @Test
    void commitReplacesAndExportsRoundTrip() throws Exception {
        NightResult r = SimulatedNight.generate(7, -0.04, 60, "M", 30, true);
        try (CohortStore store = CohortStore.open(dir.resolve("s.duckdb"))) {
            store.commit(new RunOutcome(entry("r1"), "test", r, null, 0.1));
            store.commit(new RunOutcome(entry("r1"), "test", r, null, 0.1)); // re-run: replaces, no duplicates
            store.commit(new RunOutcome(entry("r2"), "test", null, "r2.edf: bad header", 0.0));
            assertEquals(r.names().length, store.count("phenotypes"));
            assertEquals(2L * r.epochs().size(), store.count("epochs"));
            assertEquals(r.events().size(), store.count("events"));
            assertEquals(2, store.count("recordings"));
            assertEquals(4, store.count("covariates"));
            assertEquals(Map.of("ok", 1L, "failed", 1L), store.statusCounts());
            try (Statement s = store.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT error FROM run_status WHERE recording_id = 'r2'")) {
                rs.next();
                assertEquals("r2.edf: bad header", rs.getString(1));
            }
            Path out = dir.resolve("export");
            Files.createDirectories(out);
            store.export(out, true);
            Path csv = dir.resolve("csv");
            Files.createDirectories(csv);
            store.export(csv, false);
            assertTrue(Files.readString(csv.resolve("phenotypes.csv")).startsWith("recording_id,name,value"));
            try (CohortStore other = CohortStore.open(dir.resolve("t.duckdb"))) {
                assertEquals(2, other.loadParquet(out));
                assertEquals(store.count("phenotypes"), other.count("phenotypes"));
                assertEquals(store.count("epochs"), other.count("epochs"));
                assertEquals(2, other.loadParquet(out)); // loading again replaces, no duplicates
                assertEquals(store.count("events"), other.count("events"));
            }
        }
    }
}
