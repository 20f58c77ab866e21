package org.cardiosleep.app.cohort;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.cardiosleep.cohort.store.CohortStore;

/** {@code cardiosleep cohort load --store F --parquet DIR}: loads the Spark job's (or an export's) Parquet. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load Parquet written by the Spark job (DIR/<table>/part-*.parquet) or by 'cohort export' into the store; "
                + "loaded recordings replace their earlier rows.")
public final class CohortLoadCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", defaultValue = "cohort.duckdb", description = "DuckDB store file (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--parquet", paramLabel = "DIR", required = true, description = "directory with one Parquet set per table")
    Path parquet;

    @Override
    public Integer call() throws Exception {
        try (CohortStore st = CohortStore.open(store)) {
            int n = st.loadParquet(parquet);
            spec.commandLine().getOut().println("loaded " + n + " recordings from " + parquet + " into " + store
                    + " " + st.statusCounts());
        }
        return 0;
    }
}
