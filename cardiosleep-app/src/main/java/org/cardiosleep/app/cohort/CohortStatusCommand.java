package org.cardiosleep.app.cohort;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.cardiosleep.cohort.store.CohortStore;

/** {@code cardiosleep cohort status --store F}: counts per table and the failed recordings. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Row counts per store table and the failed recordings with their errors.")
public final class CohortStatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", defaultValue = "cohort.duckdb", description = "DuckDB store file (default: ${DEFAULT-VALUE})")
    Path store;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (CohortStore st = StoreOption.openExisting(store)) {
            for (String t : CohortStore.tables()) {
                out.printf("%-12s %d rows%n", t, st.count(t));
            }
            out.println("run status: " + st.statusCounts());
            try (Statement s = st.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT recording_id, error FROM run_status WHERE status = 'failed' ORDER BY 1")) {
                while (rs.next()) {
                    out.println("failed " + rs.getString(1) + ": " + rs.getString(2));
                }
            }
        }
        return 0;
    }
}
