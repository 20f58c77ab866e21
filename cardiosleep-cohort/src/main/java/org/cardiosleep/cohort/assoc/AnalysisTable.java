package org.cardiosleep.cohort.assoc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cardiosleep.cohort.Manifest;
import org.cardiosleep.cohort.store.CohortStore;

/**
 * One row per successfully analysed recording, with every variable the store knows: night-level
 * phenotypes, {@code age}, {@code bmi} (numeric), {@code site}, {@code sex}, {@code cohort}
 * (categorical), and each free covariate or diary answer — numeric when every non-empty value parses
 * as a number, categorical otherwise. Missing values are NaN (numeric) or "" (categorical).
 */
public final class AnalysisTable {
    private final String[] recordingIds;
    private final Map<String, double[]> numeric = new LinkedHashMap<>();
    private final Map<String, String[]> categorical = new LinkedHashMap<>();

    private AnalysisTable(String[] recordingIds) {
        this.recordingIds = recordingIds;
    }

    /** Reads the table from the store (recordings with run_status 'ok'). */
    public static AnalysisTable load(CohortStore store) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT recording_id FROM run_status WHERE status = 'ok' ORDER BY recording_id")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        AnalysisTable t = new AnalysisTable(ids.toArray(new String[0]));
        Map<String, Integer> row = new HashMap<>();
        for (int i = 0; i < t.recordingIds.length; i++) {
            row.put(t.recordingIds[i], i);
        }
        int n = t.recordingIds.length;
        try (Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT recording_id, name, value FROM phenotypes ORDER BY name")) {
            while (rs.next()) {
                Integer r = row.get(rs.getString(1));
                if (r == null) {
                    continue;
                }
                double[] col = t.numeric.computeIfAbsent(rs.getString(2), k -> nanColumn(n));
                double v = rs.getDouble(3);
                col[r] = rs.wasNull() ? Double.NaN : v;
            }
        }
        double[] age = nanColumn(n);
        double[] bmi = nanColumn(n);
        String[] site = emptyColumn(n);
        String[] sex = emptyColumn(n);
        String[] cohort = emptyColumn(n);
        try (Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT recording_id, age, bmi, site, sex, cohort FROM recordings")) {
            while (rs.next()) {
                Integer r = row.get(rs.getString(1));
                if (r == null) {
                    continue;
                }
                double a = rs.getDouble(2);
                age[r] = rs.wasNull() ? Double.NaN : a;
                double b = rs.getDouble(3);
                bmi[r] = rs.wasNull() ? Double.NaN : b;
                site[r] = nz(rs.getString(4));
                sex[r] = nz(rs.getString(5));
                cohort[r] = nz(rs.getString(6));
            }
        }
        t.numeric.put("age", age);
        t.numeric.put("bmi", bmi);
        t.categorical.put("site", site);
        t.categorical.put("sex", sex);
        t.categorical.put("cohort", cohort);
        Map<String, String[]> text = new LinkedHashMap<>();
        try (Statement s = store.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT recording_id, name, value FROM covariates ORDER BY kind, name")) {
            while (rs.next()) {
                Integer r = row.get(rs.getString(1));
                if (r != null) {
                    text.computeIfAbsent(rs.getString(2), k -> emptyColumn(n))[r] = nz(rs.getString(3));
                }
            }
        }
        for (Map.Entry<String, String[]> e : text.entrySet()) {
            if (t.numeric.containsKey(e.getKey()) || t.categorical.containsKey(e.getKey())) {
                continue; // a phenotype or fixed column wins over a same-named covariate
            }
            double[] v = nanColumn(n);
            boolean allNumeric = true;
            for (int i = 0; i < n; i++) {
                String s = e.getValue()[i];
                if (!s.isEmpty()) {
                    v[i] = Manifest.numeric(s);
                    allNumeric &= !Double.isNaN(v[i]);
                }
            }
            if (allNumeric) {
                t.numeric.put(e.getKey(), v);
            } else {
                t.categorical.put(e.getKey(), e.getValue());
            }
        }
        return t;
    }

    /** Builds a table from columns (for tests and for callers with their own data). */
    public static AnalysisTable of(String[] recordingIds, Map<String, double[]> numeric, Map<String, String[]> categorical) {
        AnalysisTable t = new AnalysisTable(recordingIds.clone());
        t.numeric.putAll(numeric);
        t.categorical.putAll(categorical);
        return t;
    }

    public int rows() {
        return recordingIds.length;
    }

    public String[] recordingIds() {
        return recordingIds.clone();
    }

    public boolean isNumeric(String name) {
        return numeric.containsKey(name);
    }

    public boolean isCategorical(String name) {
        return categorical.containsKey(name);
    }

    /** The numeric column (shared, do not modify); fails naming the known variables when absent. */
    public double[] numeric(String name) {
        double[] v = numeric.get(name);
        if (v == null) {
            throw new IllegalArgumentException(categorical.containsKey(name)
                    ? "variable '" + name + "' is categorical, a number is needed here"
                    : "no variable '" + name + "' in the store; known: " + variables());
        }
        return v;
    }

    /** The categorical column (shared, do not modify). */
    public String[] categorical(String name) {
        String[] v = categorical.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no categorical variable '" + name + "'; known: " + variables());
        }
        return v;
    }

    /** All variable names, sorted. */
    public List<String> variables() {
        TreeSet<String> s = new TreeSet<>(numeric.keySet());
        s.addAll(categorical.keySet());
        return new ArrayList<>(s);
    }

    /** Whether a variable exists. */
    public boolean has(String name) {
        return numeric.containsKey(name) || categorical.containsKey(name);
    }

    private static double[] nanColumn(int n) {
        double[] v = new double[n];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    private static String[] emptyColumn(int n) {
        String[] v = new String[n];
        Arrays.fill(v, "");
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}
