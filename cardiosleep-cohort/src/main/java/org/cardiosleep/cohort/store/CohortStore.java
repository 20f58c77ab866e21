package org.cardiosleep.cohort.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import org.cardiosleep.cohort.ManifestEntry;
import org.cardiosleep.cohort.NightResult;
import org.cardiosleep.cohort.RunOutcome;

/**
 * The cohort database: one DuckDB file. Tables (documented in {@link StoreSchema}): recordings,
 * covariates, phenotypes, epochs, events, run_status. Every recording is committed in one
 * transaction (its old rows deleted, its new rows and its run_status row inserted), so a killed
 * run leaves each recording either complete or absent, and a re-run skips what run_status lists.
 * One store is written by one thread; DuckDB allows one writing process per file.
 */
public final class CohortStore implements AutoCloseable {
    private final Path file;
    private final DuckDBConnection conn;

    private CohortStore(Path file, DuckDBConnection conn) {
        this.file = file;
        this.conn = conn;
    }

    /** Opens (creating when absent) the store at {@code file}. */
    public static CohortStore open(Path file) throws SQLException {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (java.io.IOException e) {
            throw new SQLException(abs.getParent() + ": cannot create directory", e);
        }
        DuckDBConnection c;
        try {
            c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs);
        } catch (SQLException e) {
            throw new SQLException(abs + ": cannot open cohort store: " + firstLine(e), e);
        }
        try (Statement s = c.createStatement()) {
            for (String ddl : StoreSchema.DDL) {
                s.execute(ddl);
            }
            for (String t : StoreSchema.STAGED) {
                s.execute("CREATE TEMP TABLE IF NOT EXISTS stage_" + t + " AS SELECT * FROM " + t + " LIMIT 0");
            }
        }
        return new CohortStore(abs, c);
    }

    public Path file() {
        return file;
    }

    /** The JDBC connection, for queries (do not change auto-commit). */
    public Connection connection() {
        return conn;
    }

    /** Recording ids with a run_status row: those that succeeded, and also failed ones when asked. */
    public Set<String> finishedIds(boolean includeFailed) throws SQLException {
        Set<String> ids = new HashSet<>();
        String sql = "SELECT recording_id FROM run_status" + (includeFailed ? "" : " WHERE status = 'ok'");
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * Writes one recording's outcome atomically (replacing any earlier rows of that recording).
     *
     * <p>DuckDB's appender commits on its own, outside the JDBC transaction (CohortStoreTest shows
     * it), so rows are first appended to connection-local TEMP staging tables, then moved into the
     * store tables by INSERT ... SELECT inside one transaction together with the run_status row.
     */
    public void commit(RunOutcome o) throws SQLException {
        ManifestEntry e = o.entry();
        String id = e.recordingId();
        clearStaging();
        try {
            try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_covariates")) {
                appendCovariates(a, id, e.covariates(), "covariate");
                appendCovariates(a, id, e.diary(), "diary");
            }
            NightResult r = o.result();
            if (r != null) {
                appendResult(id, r);
            }
        } catch (SQLException | RuntimeException ex) {
            clearStaging();
            throw ex;
        }
        conn.setAutoCommit(false);
        try {
            // rows exist only for recordings with a run_status row (every commit is atomic), so the
            // full-table DELETE scans are paid only on a retry, not for each new recording
            if (hasStatus(id)) {
                deleteRecording(id);
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO recordings VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, String.join(";", e.paths()));
                ps.setString(3, e.site());
                ps.setString(4, e.cohort());
                setDouble(ps, 5, e.ageYears());
                ps.setString(6, e.sex());
                setDouble(ps, 7, e.bmiKgM2());
                ps.execute();
            }
            try (Statement s = conn.createStatement()) {
                for (String t : StoreSchema.STAGED) {
                    s.execute("INSERT INTO " + t + " SELECT * FROM stage_" + t);
                }
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO run_status VALUES (?, ?, ?, ?, ?, current_timestamp)")) {
                ps.setString(1, id);
                ps.setString(2, o.status());
                ps.setString(3, o.error());
                ps.setString(4, o.job());
                ps.setDouble(5, o.seconds());
                ps.execute();
            }
            conn.commit();
        } catch (SQLException | RuntimeException ex) {
            conn.rollback();
            throw ex;
        } finally {
            conn.setAutoCommit(true);
            clearStaging();
        }
    }

    private void clearStaging() throws SQLException {
        try (Statement s = conn.createStatement()) {
            for (String t : StoreSchema.STAGED) {
                s.execute("DELETE FROM stage_" + t);
            }
        }
    }

    private void appendResult(String id, NightResult r) throws SQLException {
        try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_phenotypes")) {
            for (int i = 0; i < r.names().length; i++) {
                a.beginRow().append(id).append(r.names()[i]);
                appendDouble(a, r.values()[i]);
                a.endRow();
            }
        }
        NightResult.EpochTable ep = r.epochs();
        if (ep != null && ep.size() > 0) {
            try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_epochs")) {
                int n = ep.size();
                for (int k = 0; k < ep.names().length; k++) {
                    String name = ep.names()[k];
                    double[] v = ep.values()[k];
                    for (int e = 0; e < n; e++) {
                        a.beginRow().append(id).append(e).append(e * ep.epochSec()).append(name);
                        appendDouble(a, v[e]);
                        a.endRow();
                    }
                }
            }
        }
        NightResult.EventTable ev = r.events();
        if (ev != null && ev.size() > 0) {
            try (DuckDBAppender a = conn.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_events")) {
                for (int i = 0; i < ev.size(); i++) {
                    if (ev.types()[i] == null) {
                        throw new IllegalArgumentException(id + ": event " + i + " has no type");
                    }
                    a.beginRow().append(id).append(ev.types()[i]).append(ev.onsetSec()[i]).append(ev.durationSec()[i]);
                    appendDouble(a, ev.values()[i]);
                    a.endRow();
                }
            }
        }
    }

    private static void appendCovariates(DuckDBAppender a, String id, Map<String, String> m, String kind)
            throws SQLException {
        for (Map.Entry<String, String> c : m.entrySet()) {
            a.beginRow().append(id).append(c.getKey()).append(c.getValue()).append(kind).endRow();
        }
    }

    private static void appendDouble(DuckDBAppender a, double v) throws SQLException {
        if (Double.isNaN(v)) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            ps.setNull(i, java.sql.Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    private boolean hasStatus(String id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM run_status WHERE recording_id = ? LIMIT 1")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void deleteRecording(String id) throws SQLException {
        for (String t : StoreSchema.TABLES) {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + t + " WHERE recording_id = ?")) {
                ps.setString(1, id);
                ps.execute();
            }
        }
    }

    /** Counts of rows per run status, e.g. {ok=198, failed=2}. */
    public Map<String, Long> statusCounts() throws SQLException {
        Map<String, Long> m = new java.util.TreeMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT status, count(*) FROM run_status GROUP BY status")) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }

    /** Number of rows in a store table (one of {@link StoreSchema#TABLES}). */
    public long count(String table) throws SQLException {
        if (!StoreSchema.TABLES.contains(table)) {
            throw new IllegalArgumentException("no such store table: " + table);
        }
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Writes every table to {@code dir/<table>.parquet} (zstd) or {@code dir/<table>.csv} with
     * DuckDB's COPY. The caller supplies a fresh directory (e.g. a temporary one moved into place).
     */
    public void export(Path dir, boolean parquet) throws SQLException {
        for (String t : StoreSchema.TABLES) {
            Path out = dir.resolve(t + (parquet ? ".parquet" : ".csv"));
            String opts = parquet ? "(FORMAT parquet, COMPRESSION zstd)" : "(FORMAT csv, HEADER true)";
            try (Statement s = conn.createStatement()) {
                s.execute("COPY (SELECT * FROM " + t + " ORDER BY ALL) TO '" + sqlString(out) + "' " + opts);
            }
        }
    }

    /**
     * Loads the Parquet written by the Spark job (or by {@link #export}): {@code dir/<table>/} or
     * {@code dir/<table>.parquet} per table. Recordings present in the loaded run_status replace
     * their rows in the store; all in one transaction.
     */
    public int loadParquet(Path dir) throws SQLException {
        Path status = parquetOf(dir, "run_status");
        if (status == null) {
            throw new SQLException(dir + ": no run_status Parquet found (expected run_status/ or run_status.parquet)");
        }
        conn.setAutoCommit(false);
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TEMP TABLE load_ids AS SELECT DISTINCT recording_id FROM read_parquet('"
                    + glob(status) + "')");
            for (String t : StoreSchema.TABLES) {
                s.execute("DELETE FROM " + t + " WHERE recording_id IN (SELECT recording_id FROM load_ids)");
            }
            for (String t : StoreSchema.TABLES) {
                Path p = parquetOf(dir, t);
                if (p != null) {
                    s.execute("INSERT INTO " + t + " BY NAME SELECT * FROM read_parquet('" + glob(p) + "')");
                }
            }
            int n;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM load_ids")) {
                rs.next();
                n = rs.getInt(1);
            }
            s.execute("DROP TABLE load_ids");
            conn.commit();
            return n;
        } catch (SQLException | RuntimeException ex) {
            conn.rollback();
            throw ex;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    private static Path parquetOf(Path dir, String table) {
        Path d = dir.resolve(table);
        if (Files.isDirectory(d)) {
            return d;
        }
        Path f = dir.resolve(table + ".parquet");
        return Files.isRegularFile(f) ? f : null;
    }

    private static String glob(Path p) {
        return sqlString(Files.isDirectory(p) ? p.resolve("*.parquet") : p);
    }

    static String sqlString(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** All tables, in {@link StoreSchema#TABLES} order. */
    public static List<String> tables() {
        return StoreSchema.TABLES;
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
