package org.cardiosleep.app.cohort;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.cohort.store.CohortStore;

/** {@code cardiosleep cohort export --store F --parquet DIR | --csv DIR}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export every store table (recordings, covariates, phenotypes, epochs, events, run_status) "
                + "to DIR/<table>.parquet or DIR/<table>.csv.")
public final class CohortExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", defaultValue = "cohort.duckdb", description = "DuckDB store file (default: ${DEFAULT-VALUE})")
    Path store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--parquet", paramLabel = "DIR", required = true, description = "write Parquet (zstd) files")
        Path parquet;
        @Option(names = "--csv", paramLabel = "DIR", required = true, description = "write CSV files with a header")
        Path csv;
    }

    @Override
    public Integer call() throws Exception {
        boolean parquet = target.parquet != null;
        Path dir = parquet ? target.parquet : target.csv;
        try (CohortStore st = StoreOption.openExisting(store)) {
            AtomicOutput.directory(dir, tmp -> st.export(tmp, parquet));
        }
        spec.commandLine().getOut().println("exported " + CohortStore.tables().size() + " tables to " + dir);
        return 0;
    }
}
