package org.cardiosleep.cohort.store;

import java.util.List;

/**
 * The cohort store's tables. Long ("tidy") layout so any job's phenotypes fit without schema
 * changes; pivot in SQL for a wide table, e.g.
 * {@code PIVOT phenotypes ON name USING first(value) GROUP BY recording_id}.
 *
 * <pre>
 * recordings (recording_id, paths, site, cohort, age, sex, bmi)   one row per manifest entry run
 *   paths: the recording's files joined with ';'; age in years; bmi in kg/m^2
 * covariates (recording_id, name, value, kind)                   free manifest columns, text
 *   kind: 'covariate', or 'diary' for diary/questionnaire answers (columns diary_*)
 * phenotypes (recording_id, name, value)                          night-level phenotypes, NULL = not available
 * epochs     (recording_id, epoch, start_sec, name, value)        per-epoch values (epoch from 0)
 * events     (recording_id, type, onset_sec, duration_sec, value) events (e.g. PVC, apnea)
 * run_status (recording_id, status, error, job, seconds, finished_at)
 *   status 'ok' or 'failed' (error: one-line message); a recording is done when it has a row
 * </pre>
 */
public final class StoreSchema {
    /** Table names, in dependency-free export order. */
    public static final List<String> TABLES = List.of("recordings", "covariates", "phenotypes", "epochs", "events",
            "run_status");

    /** Tables whose rows are bulk-appended to a TEMP staging copy before the recording's transaction. */
    static final List<String> STAGED = List.of("covariates", "phenotypes", "epochs", "events");

    static final String[] DDL = {
        "CREATE TABLE IF NOT EXISTS recordings (recording_id VARCHAR NOT NULL, paths VARCHAR, site VARCHAR, "
                + "cohort VARCHAR, age DOUBLE, sex VARCHAR, bmi DOUBLE)",
        "CREATE TABLE IF NOT EXISTS covariates (recording_id VARCHAR NOT NULL, name VARCHAR NOT NULL, "
                + "value VARCHAR, kind VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS phenotypes (recording_id VARCHAR NOT NULL, name VARCHAR NOT NULL, value DOUBLE)",
        "CREATE TABLE IF NOT EXISTS epochs (recording_id VARCHAR NOT NULL, epoch INTEGER NOT NULL, "
                + "start_sec DOUBLE NOT NULL, name VARCHAR NOT NULL, value DOUBLE)",
        "CREATE TABLE IF NOT EXISTS events (recording_id VARCHAR NOT NULL, type VARCHAR NOT NULL, "
                + "onset_sec DOUBLE NOT NULL, duration_sec DOUBLE, value DOUBLE)",
        "CREATE TABLE IF NOT EXISTS run_status (recording_id VARCHAR NOT NULL, status VARCHAR NOT NULL, "
                + "error VARCHAR, job VARCHAR, seconds DOUBLE, finished_at TIMESTAMP)",
    };

    private StoreSchema() {
    }
}
