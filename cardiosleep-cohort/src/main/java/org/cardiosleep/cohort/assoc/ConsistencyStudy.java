package org.cardiosleep.cohort.assoc;

import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.stats.agreement.BlandAltman;
import org.cardiosleep.stats.agreement.Correlation;
import org.cardiosleep.stats.agreement.IntraclassCorrelation;

/**
 * Objective–subjective consistency: ECG-derived sleep metrics against diary or questionnaire
 * answers — Bland–Altman bias and limits (Bland &amp; Altman 1986), ICC(2,1) (Shrout &amp; Fleiss 1979),
 * Pearson and Spearman correlations — on the recordings where both are present.
 */
public final class ConsistencyStudy {
    /** Default pairs: ECG-derived TST, SOL, WASO, SE against the diary columns of the same name. */
    public static final List<String[]> DEFAULT_PAIRS = List.of(
            new String[] {"tst_min", "diary_tst_min"}, new String[] {"sol_min", "diary_sol_min"},
            new String[] {"waso_min", "diary_waso_min"}, new String[] {"se_pct", "diary_se_pct"});

    private ConsistencyStudy() {
    }

    /** Compares each (objective, subjective) pair; pairs with a missing variable are reported as errors. */
    public static List<ConsistencyRow> run(AnalysisTable table, List<String[]> pairs) {
        List<ConsistencyRow> rows = new ArrayList<>();
        for (String[] pr : pairs) {
            double[] a = table.numeric(pr[0]);
            double[] b = table.numeric(pr[1]);
            int n = 0;
            double[] x = new double[a.length];
            double[] y = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                    x[n] = a[i];
                    y[n] = b[i];
                    n++;
                }
            }
            x = java.util.Arrays.copyOf(x, n);
            y = java.util.Arrays.copyOf(y, n);
            rows.add(new ConsistencyRow(pr[0], pr[1], BlandAltman.of(x, y), IntraclassCorrelation.icc21(x, y),
                    Correlation.pearson(x, y), Correlation.spearman(x, y), x, y));
        }
        return rows;
    }
}
