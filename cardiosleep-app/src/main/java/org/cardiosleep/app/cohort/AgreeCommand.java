package org.cardiosleep.app.cohort;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.cohort.assoc.AnalysisTable;
import org.cardiosleep.cohort.assoc.ConsistencyRow;
import org.cardiosleep.cohort.assoc.ConsistencyStudy;
import org.cardiosleep.cohort.plot.BlandAltmanPlot;
import org.cardiosleep.cohort.store.CohortStore;

/** {@code cardiosleep agree}: objective (ECG-derived) vs subjective (diary) sleep metrics. */
@Command(name = "agree", mixinStandardHelpOptions = true,
        description = {"Objective-subjective consistency on a cohort store: ECG-derived sleep metrics against diaries.",
                "Bland-Altman bias and limits of agreement, ICC(2,1), Pearson and Spearman; Bland-Altman plots."})
public final class AgreeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", defaultValue = "cohort.duckdb", description = "DuckDB store file (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--pairs", split = ",", paramLabel = "OBJ:DIARY",
            description = "pairs to compare (default: tst_min:diary_tst_min,sol_min:diary_sol_min,waso_min:diary_waso_min,se_pct:diary_se_pct)")
    List<String> pairs;

    @Option(names = "--plot-dir", paramLabel = "DIR", description = "write one Bland-Altman PNG per pair into DIR")
    Path plotDir;

    @Option(names = "--csv", paramLabel = "FILE", description = "write the table as CSV")
    Path csv;

    @Override
    public Integer call() throws Exception {
        List<String[]> pr = new ArrayList<>();
        if (pairs == null) {
            pr.addAll(ConsistencyStudy.DEFAULT_PAIRS);
        } else {
            for (String p : pairs) {
                String[] f = p.split(":");
                if (f.length != 2) {
                    throw new UsageException("--pairs wants OBJECTIVE:SUBJECTIVE, got '" + p + "'");
                }
                pr.add(new String[] {f[0].trim(), f[1].trim()});
            }
        }
        AnalysisTable table;
        try (CohortStore st = StoreOption.openExisting(store)) {
            table = AnalysisTable.load(st);
        }
        List<ConsistencyRow> rows;
        try {
            rows = ConsistencyStudy.run(table, pr);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-10s %-15s %5s %9s %20s %9s %16s %8s %8s%n", "objective", "subjective", "n", "bias",
                "limits of agreement", "ICC(2,1)", "ICC 95% CI", "pearson", "spearman");
        StringBuilder sb = new StringBuilder("objective,subjective,n,bias,bias_ci_lower,bias_ci_upper,sd_difference,"
                + "loa_lower,loa_upper,icc21,icc_ci_lower,icc_ci_upper,pearson_r,pearson_p,spearman_rho,spearman_p\n");
        for (ConsistencyRow r : rows) {
            var ba = r.blandAltman();
            out.printf(Locale.ROOT, "%-10s %-15s %5d %9.2f %9.2f..%-9.2f %9.3f %7.3f..%-7.3f %8.3f %8.3f%n", r.objective(),
                    r.subjective(), ba.n(), ba.bias(), ba.lowerLimit(), ba.upperLimit(), r.icc().icc(), r.icc().ciLower(),
                    r.icc().ciUpper(), r.pearson().r(), r.spearman().r());
            sb.append(String.format(Locale.ROOT, "%s,%s,%d,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g,%.10g%n",
                    r.objective(), r.subjective(), ba.n(), ba.bias(), ba.biasCiLower(), ba.biasCiUpper(), ba.sdDifference(),
                    ba.lowerLimit(), ba.upperLimit(), r.icc().icc(), r.icc().ciLower(), r.icc().ciUpper(),
                    r.pearson().r(), r.pearson().pValue(), r.spearman().r(), r.spearman().pValue()));
        }
        if (csv != null) {
            String text = sb.toString();
            AtomicOutput.file(csv, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
        }
        if (plotDir != null) {
            AtomicOutput.directory(plotDir, tmp -> {
                for (ConsistencyRow r : rows) {
                    String unit = r.objective().endsWith("_pct") ? "%" : r.objective().endsWith("_min") ? "min" : "units";
                    BlandAltmanPlot.writePng(tmp.resolve("bland-altman-" + r.objective() + ".png"),
                            r.objective() + ": ECG-derived vs " + r.subjective(), unit, r.objectiveValues(),
                            r.subjectiveValues(), r.blandAltman());
                }
            });
            out.println("Bland-Altman plots -> " + plotDir);
        }
        return 0;
    }
}
