package org.cardiosleep.cohort.assoc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.cardiosleep.stats.glm.DesignMatrix;
import org.cardiosleep.stats.glm.Family;
import org.cardiosleep.stats.glm.Glm;
import org.cardiosleep.stats.glm.GlmFit;

/**
 * Builds and fits outcome ~ exposure + covariates on an {@link AnalysisTable}: complete cases,
 * numeric variables as they are, categorical ones as treatment (dummy) contrasts against their
 * alphabetically first level, as R's default {@code contr.treatment}. Term names of categorical
 * levels read {@code variable=level}.
 */
public final class AssociationModel {
    private AssociationModel() {
    }

    /** Fits the model with 95 % Wald intervals. */
    public static AssociationResult fit(AnalysisTable table, String outcome, String exposure, List<String> covariates,
                                        Family family) {
        List<String> predictors = new ArrayList<>();
        predictors.add(exposure);
        for (String c : covariates) {
            if (c.equals(outcome) || c.equals(exposure)) {
                throw new IllegalArgumentException("covariate '" + c + "' is also the outcome or exposure");
            }
            predictors.add(c);
        }
        double[] y = table.numeric(outcome);
        for (String p : predictors) {
            if (!table.has(p)) {
                throw new IllegalArgumentException("no variable '" + p + "' in the store; known: " + table.variables());
            }
        }
        int n = table.rows();
        boolean[] use = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = !Double.isNaN(y[i]);
            for (String p : predictors) {
                ok &= table.isNumeric(p) ? !Double.isNaN(table.numeric(p)[i]) : !table.categorical(p)[i].isEmpty();
            }
            use[i] = ok;
            kept += ok ? 1 : 0;
        }
        if (kept == 0) {
            List<String> empty = new ArrayList<>();
            List<String> all = new ArrayList<>(predictors);
            all.add(0, outcome);
            for (String v : all) {
                boolean any = false;
                for (int i = 0; i < n && !any; i++) {
                    any = table.isNumeric(v) ? !Double.isNaN(table.numeric(v)[i]) : !table.categorical(v)[i].isEmpty();
                }
                if (!any) {
                    empty.add(v);
                }
            }
            throw new IllegalArgumentException("no recording has all of " + String.join(", ", all)
                    + (empty.isEmpty() ? "" : " (never available: " + String.join(", ", empty) + ")"));
        }
        List<String> warnings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<double[]> cols = new ArrayList<>();
        List<String> usedCovariates = new ArrayList<>();
        int exposureTerm = -1;
        for (String p : predictors) {
            int before = names.size();
            if (table.isNumeric(p)) {
                names.add(p);
                cols.add(subset(table.numeric(p), use, kept));
            } else {
                String[] v = table.categorical(p);
                TreeSet<String> levels = new TreeSet<>();
                for (int i = 0; i < n; i++) {
                    if (use[i]) {
                        levels.add(v[i]);
                    }
                }
                if (levels.size() < 2) {
                    if (p.equals(exposure)) {
                        throw new IllegalArgumentException("exposure '" + p + "' has fewer than 2 levels among complete cases");
                    }
                    warnings.add("covariate '" + p + "' has one level among complete cases; dropped");
                    continue;
                }
                String ref = levels.first();
                for (String level : levels.tailSet(ref, false)) {
                    double[] d = new double[kept];
                    for (int i = 0, k = 0; i < n; i++) {
                        if (use[i]) {
                            d[k++] = v[i].equals(level) ? 1 : 0;
                        }
                    }
                    names.add(p + "=" + level);
                    cols.add(d);
                }
            }
            if (p.equals(exposure)) {
                exposureTerm = before + 1; // +1 for the intercept
            } else {
                usedCovariates.add(p);
            }
        }
        DesignMatrix x = DesignMatrix.withIntercept(names.toArray(new String[0]), cols.toArray(new double[0][]), kept);
        GlmFit fit = Glm.fit(x, subset(y, use, kept), family);
        warnings.addAll(fit.warnings());
        return new AssociationResult(outcome, exposure, List.copyOf(usedCovariates), fit, exposureTerm, n - kept,
                List.copyOf(warnings));
    }

    private static double[] subset(double[] v, boolean[] use, int kept) {
        double[] out = new double[kept];
        for (int i = 0, k = 0; i < v.length; i++) {
            if (use[i]) {
                out[k++] = v[i];
            }
        }
        return out;
    }
}
