package org.cardiosleep.spark;

import java.nio.file.Path;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import org.cardiosleep.cohort.Manifest;
import org.cardiosleep.cohort.ManifestEntry;
import org.cardiosleep.cohort.NightJob;
import org.cardiosleep.cohort.NightJobs;
import org.cardiosleep.cohort.RunOutcome;

/**
 * The cohort job on Apache Spark: the same per-recording {@link NightJob} as the local runner,
 * one task per partition of manifest entries, writing one Parquet directory per store table
 * ({@code OUT/recordings}, {@code OUT/phenotypes}, ...) that {@code cardiosleep cohort load} reads
 * into a DuckDB store. A failing recording becomes a run_status row with its error.
 *
 * <pre>
 * spark-submit --class org.cardiosleep.spark.CohortSparkJob cardiosleep-spark-all.jar \
 *     MANIFEST OUT_DIR [--job analyze|simulated] [--partitions N] [--no-epochs]
 * </pre>
 * The manifest is read on the driver; its paths (resolved against the manifest's directory) must be
 * readable by the executors (a shared file system).
 */
public final class CohortSparkJob {
    private CohortSparkJob() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CohortSparkJob MANIFEST OUT_DIR [--job analyze|simulated] [--partitions N] [--no-epochs]");
            System.exit(2);
        }
        String job = "analyze";
        int partitions = 0;
        boolean epochs = true;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--job":
                    job = args[++i];
                    break;
                case "--partitions":
                    partitions = Integer.parseInt(args[++i]);
                    break;
                case "--no-epochs":
                    epochs = false;
                    break;
                default:
                    System.err.println("CohortSparkJob: unknown option " + args[i]);
                    System.exit(2);
            }
        }
        SparkSession spark = SparkSession.builder().appName("cardiosleep-cohort").getOrCreate();
        try {
            long n = run(spark, Manifest.read(Path.of(args[0])), NightJobs.forName(job, epochs), args[1], partitions);
            System.out.println("cardiosleep-spark: " + n + " recordings -> " + args[1]);
        } finally {
            spark.stop();
        }
    }

    /**
     * Runs the job over the entries and writes the Parquet tables under {@code outDir} (replacing them).
     *
     * @param partitions number of partitions (tasks); 0 for one per entry up to 4 x default parallelism
     * @return number of recordings processed
     */
    public static long run(SparkSession spark, List<ManifestEntry> entries, NightJob job, String outDir, int partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int parts = partitions > 0 ? partitions
                : Math.max(1, Math.min(entries.size(), 4 * jsc.defaultParallelism()));
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        JavaRDD<RunOutcome> outcomes = jsc.parallelize(entries, parts).map(e -> RunOutcome.of(job, e))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long n = outcomes.count();
            for (String table : StoreRows.TABLES) {
                JavaRDD<Row> rows = outcomes.flatMap(o -> StoreRows.rows(table, o).iterator());
                spark.createDataFrame(rows, StoreRows.schema(table)).write().mode(SaveMode.Overwrite)
                        .parquet(outDir + "/" + table);
            }
            return n;
        } finally {
            outcomes.unpersist();
        }
    }
}
