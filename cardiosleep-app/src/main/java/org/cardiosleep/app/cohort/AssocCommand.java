package org.cardiosleep.app.cohort;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.cohort.assoc.AnalysisTable;
import org.cardiosleep.cohort.assoc.AssociationGrid;
import org.cardiosleep.cohort.assoc.AssociationModel;
import org.cardiosleep.cohort.assoc.AssociationResult;
import org.cardiosleep.cohort.assoc.GridRow;
import org.cardiosleep.cohort.plot.ForestPlot;
import org.cardiosleep.cohort.store.CohortStore;
import org.cardiosleep.stats.glm.Family;
import org.cardiosleep.stats.glm.GlmFit;

/**
 * {@code cardiosleep assoc}: GLM association studies on a cohort store — one model
 * ({@code --outcome --exposure}) or a grid ({@code --outcomes --exposures}) with Benjamini–Hochberg FDR.
 */
@Command(name = "assoc", mixinStandardHelpOptions = true,
        description = {"Association study on a cohort store: outcome ~ exposure + covariates, GLM by IRLS.",
                "Gaussian, binomial or Poisson family, Wald 95 % CIs; grid mode with Benjamini-Hochberg FDR; forest plot.",
                "Categorical covariates (site, sex, ...) are dummy-coded against their first level."})
public final class AssocCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", defaultValue = "cohort.duckdb", description = "DuckDB store file (default: ${DEFAULT-VALUE})")
    Path store;

    @Option(names = "--outcome", description = "outcome variable (single model)")
    String outcome;

    @Option(names = "--exposure", description = "exposure variable (single model)")
    String exposure;

    @Option(names = "--outcomes", split = ",", description = "grid: outcomes, each optionally name:family (e.g. pvc_count:poisson)")
    List<String> outcomes;

    @Option(names = "--exposures", split = ",", description = "grid: exposures (numeric)")
    List<String> exposures;

    @Option(names = "--covariates", split = ",", description = "adjustment variables, e.g. age,sex,bmi,site")
    List<String> covariates = new ArrayList<>();

    @Option(names = "--family", defaultValue = "gaussian", description = "gaussian | binomial | poisson (default: ${DEFAULT-VALUE})")
    String family;

    @Option(names = "--fdr", defaultValue = "0.05", description = "grid: false-discovery rate for the 'discovery' column (default: ${DEFAULT-VALUE})")
    double fdr;

    @Option(names = "--csv", paramLabel = "FILE", description = "write the result table as CSV")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "write a forest plot (PNG)")
    Path plot;

    @Option(names = "--list", description = "list the store's variables and exit")
    boolean list;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Family fam = family(family);
        AnalysisTable table;
        try (CohortStore st = StoreOption.openExisting(store)) {
            table = AnalysisTable.load(st);
        }
        if (list) {
            for (String v : table.variables()) {
                out.println(v + (table.isNumeric(v) ? "" : " (categorical)"));
            }
            return 0;
        }
        if (table.rows() == 0) {
            throw new IllegalStateException(store + ": no successfully analysed recordings in the store");
        }
        boolean grid = outcomes != null || exposures != null;
        if (grid == (outcome != null || exposure != null)) {
            throw new UsageException("give either --outcome and --exposure, or --outcomes and --exposures (grid)");
        }
        try {
            return grid ? grid(out, table, fam) : single(out, table, fam);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int single(PrintWriter out, AnalysisTable table, Family fam) throws Exception {
        if (outcome == null || exposure == null) {
            throw new UsageException("--outcome and --exposure are both needed");
        }
        AssociationResult r = AssociationModel.fit(table, outcome, exposure, covariates, fam);
        GlmFit f = r.fit();
        out.printf("%s ~ %s%s  (%d recordings, %d excluded for missing values)%n", outcome, exposure,
                r.covariates().isEmpty() ? "" : " + " + String.join(" + ", r.covariates()), f.observations(), r.excludedRows());
        out.print(f.table());
        out.printf(Locale.ROOT, "exposure %s: %.6g (95%% CI %.6g to %.6g), p = %.3g", exposure, r.estimate(), r.ciLower(),
                r.ciUpper(), r.pValue());
        if (fam != Family.GAUSSIAN) {
            out.printf(Locale.ROOT, "; %s %.4g (%.4g to %.4g) per unit", r.effectScale(), Math.exp(r.estimate()),
                    Math.exp(r.ciLower()), Math.exp(r.ciUpper()));
        }
        out.println();
        for (String w : r.warnings()) {
            if (!f.warnings().contains(w)) {
                out.println("note: " + w);
            }
        }
        if (csv != null) {
            StringBuilder sb = new StringBuilder("term,estimate,std_error,statistic,p_value,ci_lower,ci_upper\n");
            for (int i = 0; i < f.terms().length; i++) {
                sb.append(String.format(Locale.ROOT, "%s,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g%n", quote(f.terms()[i]),
                        f.coefficients()[i], f.standardErrors()[i], f.statistics()[i], f.pValues()[i], f.ciLower()[i],
                        f.ciUpper()[i]));
            }
            writeText(csv, sb.toString());
        }
        if (plot != null) {
            List<ForestPlot.Row> rows = new ArrayList<>();
            for (int i = 0; i < f.terms().length; i++) {
                if (i != 0 || !f.terms()[0].equals("(Intercept)")) {
                    rows.add(new ForestPlot.Row(f.terms()[i], f.coefficients()[i], f.ciLower()[i], f.ciUpper()[i]));
                }
            }
            writePlot(outcome + " ~ " + exposure + " (" + fam.name().toLowerCase(Locale.ROOT) + ")", fam, rows);
        }
        return 0;
    }

    private int grid(PrintWriter out, AnalysisTable table, Family fam) throws Exception {
        if (outcomes == null || exposures == null) {
            throw new UsageException("grid mode needs both --outcomes and --exposures");
        }
        Map<String, Family> families = new LinkedHashMap<>();
        List<String> outNames = new ArrayList<>();
        for (String o : outcomes) {
            int c = o.indexOf(':');
            String name = c < 0 ? o.trim() : o.substring(0, c).trim();
            outNames.add(name);
            families.put(name, c < 0 ? fam : family(o.substring(c + 1)));
        }
        List<GridRow> rows = AssociationGrid.run(table, exposures, outNames, covariates, families, fam);
        out.printf("%-16s %-16s %-9s %6s %12s %12s %12s %10s %10s %s%n", "outcome", "exposure", "family", "n",
                "estimate", "ci.lower", "ci.upper", "p", "q(BH)", "");
        StringBuilder sb = new StringBuilder(
                "outcome,exposure,family,n,estimate,std_error,ci_lower,ci_upper,p_value,q_value,discovery,warnings,error\n");
        for (GridRow g : rows) {
            boolean disc = g.qValue() <= fdr;
            out.printf(Locale.ROOT, "%-16s %-16s %-9s %6d %12.5g %12.5g %12.5g %10.3g %10.3g %s%s%n", g.outcome(),
                    g.exposure(), g.family(), g.n(), g.estimate(), g.ciLower(), g.ciUpper(), g.pValue(), g.qValue(),
                    disc ? "*" : "", g.error().isEmpty() ? (g.warnings().isEmpty() ? "" : "  warning: " + g.warnings())
                            : "  error: " + g.error());
            sb.append(String.format(Locale.ROOT, "%s,%s,%s,%d,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g,%s,%s,%s%n",
                    quote(g.outcome()), quote(g.exposure()), g.family(), g.n(), g.estimate(), g.standardError(),
                    g.ciLower(), g.ciUpper(), g.pValue(), g.qValue(), disc, quote(g.warnings()), quote(g.error())));
        }
        out.printf(Locale.ROOT, "* discovery at FDR %.3g (Benjamini-Hochberg over %d models); covariates: %s%n", fdr,
                rows.size(), covariates.isEmpty() ? "none" : String.join(", ", covariates));
        if (csv != null) {
            writeText(csv, sb.toString());
        }
        if (plot != null) {
            List<ForestPlot.Row> pr = new ArrayList<>();
            boolean allRatio = true;
            for (GridRow g : rows) {
                pr.add(new ForestPlot.Row(g.outcome() + " ~ " + g.exposure(), g.estimate(), g.ciLower(), g.ciUpper()));
                allRatio &= !g.family().equals("gaussian");
            }
            writePlot(allRatio ? "association grid (exponentiated coefficients)" : "association grid (coefficients)",
                    allRatio ? Family.POISSON : Family.GAUSSIAN, pr);
        }
        return 0;
    }

    private void writePlot(String title, Family fam, List<ForestPlot.Row> rows) throws Exception {
        boolean ratio = fam != Family.GAUSSIAN;
        String axis = fam == Family.BINOMIAL ? "odds ratio (95 % CI)" : fam == Family.POISSON ? "rate ratio (95 % CI)"
                : "coefficient (95 % CI)";
        AtomicOutput.file(plot, tmp -> ForestPlot.writePng(tmp, title, axis, rows, ratio));
        spec.commandLine().getOut().println("forest plot -> " + plot);
    }

    private static void writeText(Path file, String text) throws Exception {
        AtomicOutput.file(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static Family family(String name) {
        try {
            return Family.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
