package org.cardiosleep.cohort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cardiosleep.io.RecordingFormatException;

/**
 * Reads a cohort manifest, CSV (with a header) or Parquet, through an in-memory DuckDB.
 *
 * <p>Columns: {@code recording_id} (required), {@code path} (required; several files separated by
 * {@code ;}, relative paths resolve against the manifest's directory), and optionally {@code site},
 * {@code cohort}, {@code age}, {@code sex}, {@code bmi}. Columns named {@code diary_*} are diary or
 * questionnaire answers (e.g. {@code diary_tst_min}); every other column is a free covariate.
 */
public final class Manifest {
    private static final Set<String> KNOWN = Set.of("recording_id", "path", "paths", "site", "cohort", "age", "sex", "bmi");

    private Manifest() {
    }

    /** Reads all entries; fails with a message naming the file on a bad manifest or duplicate id. */
    public static List<ManifestEntry> read(Path file) throws RecordingFormatException {
        if (!Files.isRegularFile(file)) {
            throw new RecordingFormatException(file, "manifest not found");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean parquet = name.endsWith(".parquet") || name.endsWith(".pq");
        String sql = parquet ? "SELECT * FROM read_parquet(?)" : "SELECT * FROM read_csv(?, header = true, all_varchar = true)";
        Path dir = file.toAbsolutePath().getParent();
        List<ManifestEntry> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, file.toAbsolutePath().toString());
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                int nc = md.getColumnCount();
                String[] cols = new String[nc];
                for (int i = 0; i < nc; i++) {
                    cols[i] = md.getColumnName(i + 1).trim().toLowerCase(Locale.ROOT);
                }
                int idCol = index(cols, "recording_id");
                int pathCol = index(cols, "path") >= 0 ? index(cols, "path") : index(cols, "paths");
                if (idCol < 0 || pathCol < 0) {
                    throw new RecordingFormatException(file, "manifest needs columns recording_id and path");
                }
                Set<String> seen = new HashSet<>();
                int row = 1;
                while (rs.next()) {
                    row++;
                    String[] v = new String[nc];
                    for (int i = 0; i < nc; i++) {
                        String s = rs.getString(i + 1);
                        v[i] = s == null ? "" : s.trim();
                    }
                    String id = v[idCol];
                    if (id.isEmpty()) {
                        throw new RecordingFormatException(file, "row " + row + ": empty recording_id");
                    }
                    if (!seen.add(id)) {
                        throw new RecordingFormatException(file, "row " + row + ": duplicate recording_id " + id);
                    }
                    List<String> paths = new ArrayList<>();
                    for (String p : v[pathCol].split(";")) {
                        if (!p.isBlank()) {
                            Path pp = Path.of(p.trim());
                            paths.add((pp.isAbsolute() ? pp : dir.resolve(pp)).normalize().toString());
                        }
                    }
                    Map<String, String> cov = new LinkedHashMap<>();
                    Map<String, String> diary = new LinkedHashMap<>();
                    for (int i = 0; i < nc; i++) {
                        if (KNOWN.contains(cols[i]) || v[i].isEmpty()) {
                            continue;
                        }
                        (cols[i].startsWith("diary_") ? diary : cov).put(cols[i], v[i]);
                    }
                    out.add(new ManifestEntry(id, paths, get(v, cols, "site"), get(v, cols, "cohort"),
                            number(file, row, "age", get(v, cols, "age")), get(v, cols, "sex"),
                            number(file, row, "bmi", get(v, cols, "bmi")), cov, diary));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new RecordingFormatException(file, "cannot read manifest: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return out;
    }

    private static int index(String[] cols, String name) {
        for (int i = 0; i < cols.length; i++) {
            if (cols[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String get(String[] v, String[] cols, String name) {
        int i = index(cols, name);
        return i < 0 ? "" : v[i];
    }

    private static double number(Path file, int row, String col, String s) throws RecordingFormatException {
        if (s.isEmpty() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new RecordingFormatException(file, "row " + row + ": " + col + " is not a number: '" + s + "'");
        }
    }

    /** Parses a covariate or diary answer as a number, NaN when empty or not numeric. */
    public static double numeric(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
