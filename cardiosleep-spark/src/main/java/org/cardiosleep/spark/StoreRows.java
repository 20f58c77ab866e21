package org.cardiosleep.spark;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import org.cardiosleep.cohort.ManifestEntry;
import org.cardiosleep.cohort.NightResult;
import org.cardiosleep.cohort.RunOutcome;

/**
 * A {@link RunOutcome} as Spark rows of the cohort store's tables — the same columns, names and
 * types as {@code org.cardiosleep.cohort.store.StoreSchema}, so {@code cohort load} reads the
 * Parquet back with INSERT BY NAME. NaN phenotype values become NULL, as in the store.
 */
final class StoreRows {
    static final List<String> TABLES = List.of("recordings", "covariates", "phenotypes", "epochs", "events", "run_status");

    private StoreRows() {
    }

    static StructType schema(String table) {
        switch (table) {
            case "recordings":
                return struct(f("recording_id", DataTypes.StringType, false), f("paths", DataTypes.StringType, true),
                        f("site", DataTypes.StringType, true), f("cohort", DataTypes.StringType, true),
                        f("age", DataTypes.DoubleType, true), f("sex", DataTypes.StringType, true),
                        f("bmi", DataTypes.DoubleType, true));
            case "covariates":
                return struct(f("recording_id", DataTypes.StringType, false), f("name", DataTypes.StringType, false),
                        f("value", DataTypes.StringType, true), f("kind", DataTypes.StringType, false));
            case "phenotypes":
                return struct(f("recording_id", DataTypes.StringType, false), f("name", DataTypes.StringType, false),
                        f("value", DataTypes.DoubleType, true));
            case "epochs":
                return struct(f("recording_id", DataTypes.StringType, false), f("epoch", DataTypes.IntegerType, false),
                        f("start_sec", DataTypes.DoubleType, false), f("name", DataTypes.StringType, false),
                        f("value", DataTypes.DoubleType, true));
            case "events":
                return struct(f("recording_id", DataTypes.StringType, false), f("type", DataTypes.StringType, false),
                        f("onset_sec", DataTypes.DoubleType, false), f("duration_sec", DataTypes.DoubleType, true),
                        f("value", DataTypes.DoubleType, true));
            case "run_status":
                return struct(f("recording_id", DataTypes.StringType, false), f("status", DataTypes.StringType, false),
                        f("error", DataTypes.StringType, true), f("job", DataTypes.StringType, true),
                        f("seconds", DataTypes.DoubleType, true), f("finished_at", DataTypes.TimestampType, true));
            default:
                throw new IllegalArgumentException("no such table: " + table);
        }
    }

    /** The rows of {@code table} for one outcome. */
    static List<Row> rows(String table, RunOutcome o) {
        ManifestEntry e = o.entry();
        String id = e.recordingId();
        List<Row> out = new ArrayList<>();
        NightResult r = o.result();
        switch (table) {
            case "recordings":
                out.add(RowFactory.create(id, String.join(";", e.paths()), e.site(), e.cohort(), nan(e.ageYears()),
                        e.sex(), nan(e.bmiKgM2())));
                break;
            case "covariates":
                for (Map.Entry<String, String> c : e.covariates().entrySet()) {
                    out.add(RowFactory.create(id, c.getKey(), c.getValue(), "covariate"));
                }
                for (Map.Entry<String, String> c : e.diary().entrySet()) {
                    out.add(RowFactory.create(id, c.getKey(), c.getValue(), "diary"));
                }
                break;
            case "phenotypes":
                if (r != null) {
                    for (int i = 0; i < r.names().length; i++) {
                        out.add(RowFactory.create(id, r.names()[i], nan(r.values()[i])));
                    }
                }
                break;
            case "epochs":
                if (r != null && r.epochs() != null) {
                    NightResult.EpochTable ep = r.epochs();
                    for (int k = 0; k < ep.names().length; k++) {
                        for (int i = 0; i < ep.size(); i++) {
                            out.add(RowFactory.create(id, i, i * ep.epochSec(), ep.names()[k], nan(ep.values()[k][i])));
                        }
                    }
                }
                break;
            case "events":
                if (r != null && r.events() != null) {
                    NightResult.EventTable ev = r.events();
                    for (int i = 0; i < ev.size(); i++) {
                        out.add(RowFactory.create(id, ev.types()[i], ev.onsetSec()[i], ev.durationSec()[i],
                                nan(ev.values()[i])));
                    }
                }
                break;
            case "run_status":
                out.add(RowFactory.create(id, o.status(), o.error(), o.job(), o.seconds(),
                        new Timestamp(System.currentTimeMillis())));
                break;
            default:
                throw new IllegalArgumentException("no such table: " + table);
        }
        return out;
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static StructField f(String name, org.apache.spark.sql.types.DataType t, boolean nullable) {
        return DataTypes.createStructField(name, t, nullable);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
