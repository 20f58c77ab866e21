package org.cardiosleep.pheno.maternal;

import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.stats.glm.ClusteredCovariance;
import org.cardiosleep.stats.glm.DesignMatrix;
import org.cardiosleep.stats.glm.Family;
import org.cardiosleep.stats.glm.Glm;
import org.cardiosleep.stats.glm.GlmFit;

/**
 * GLMs of the FHR response on maternal event characteristics: logistic for "deceleration or not",
 * gaussian for the FHR change (during − pre) — per subject, and pooled over subjects with
 * subject-clustered (CR1 sandwich) standard errors, since events within a subject are not
 * independent.
 */
public final class ResponseModels {
    /** Predictors, in order: duration (s), depth (%), nadir (%). */
    public static final String[] PREDICTORS = {"durationSec", "depthPct"};

    private ResponseModels() {
    }

    /** Usable responses with their subject index. */
    public record Row(int subject, FhrResponse response) {
    }

    public static List<Row> rows(List<MaternalAnalysis> subjects) {
        List<Row> rows = new ArrayList<>();
        for (int s = 0; s < subjects.size(); s++) {
            for (FhrResponse r : subjects.get(s).responses()) {
                if (r.kind() != FhrResponse.Kind.UNUSABLE) {
                    rows.add(new Row(s, r));
                }
            }
        }
        return rows;
    }

    /** Logistic model of deceleration on duration and depth; pooled with subject clusters when {@code clustered}. */
    public static GlmFit deceleration(List<Row> rows, boolean clustered) {
        double[] y = new double[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).response().kind() == FhrResponse.Kind.DECELERATION ? 1 : 0;
        }
        return fit(rows, y, Family.BINOMIAL, clustered);
    }

    /** Gaussian model of the FHR change (bpm) on duration and depth. */
    public static GlmFit change(List<Row> rows, boolean clustered) {
        double[] y = new double[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).response().changeBpm();
        }
        return fit(rows, y, Family.GAUSSIAN, clustered);
    }

    private static GlmFit fit(List<Row> rows, double[] y, Family family, boolean clustered) {
        int n = rows.size();
        double[][] cols = new double[PREDICTORS.length][n];
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            HypoxicEvent e = rows.get(i).response().event();
            cols[0][i] = e.durationSec();
            cols[1][i] = e.depthPct();
            cluster[i] = rows.get(i).subject();
        }
        DesignMatrix x = DesignMatrix.withIntercept(PREDICTORS, cols);
        GlmFit fit = Glm.fit(x, y, family);
        return clustered ? ClusteredCovariance.robust(fit, x, y, cluster) : fit;
    }
}
