package org.cardiosleep.cohort.assoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cardiosleep.stats.glm.Family;
import org.cardiosleep.stats.multiple.BenjaminiHochberg;

/**
 * Every exposure (e.g. sleep metrics) against every outcome (e.g. cardiac phenotypes), each model
 * adjusted for the same covariates, with Benjamini–Hochberg (1995) FDR control over the exposure
 * p-values of all models fitted.
 */
public final class AssociationGrid {
    private AssociationGrid() {
    }

    /**
     * @param families family per outcome (missing outcomes use {@code defaultFamily})
     */
    public static List<GridRow> run(AnalysisTable table, List<String> exposures, List<String> outcomes,
                                    List<String> covariates, Map<String, Family> families, Family defaultFamily) {
        List<GridRow> rows = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (String out : outcomes) {
            Family f = families.getOrDefault(out, defaultFamily);
            for (String exp : exposures) {
                if (!table.isNumeric(exp)) {
                    throw new IllegalArgumentException("grid exposure '" + exp + "' must be numeric");
                }
                try {
                    AssociationResult r = AssociationModel.fit(table, out, exp, covariates, f);
                    rows.add(new GridRow(out, exp, f.name().toLowerCase(java.util.Locale.ROOT), r.fit().observations(),
                            r.estimate(), r.standardError(), r.ciLower(), r.ciUpper(), r.pValue(), Double.NaN,
                            String.join("; ", r.warnings()), ""));
                    p.add(r.pValue());
                } catch (IllegalArgumentException | IllegalStateException e) {
                    rows.add(new GridRow(out, exp, f.name().toLowerCase(java.util.Locale.ROOT), 0, Double.NaN,
                            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "", e.getMessage()));
                    p.add(Double.NaN);
                }
            }
        }
        double[] pv = new double[p.size()];
        for (int i = 0; i < pv.length; i++) {
            pv[i] = p.get(i);
        }
        double[] q = BenjaminiHochberg.adjust(pv);
        List<GridRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            GridRow r = rows.get(i);
            out.add(new GridRow(r.outcome(), r.exposure(), r.family(), r.n(), r.estimate(), r.standardError(),
                    r.ciLower(), r.ciUpper(), r.pValue(), q[i], r.warnings(), r.error()));
        }
        return out;
    }
}
