package org.cardiosleep.pheno.apnea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.cardiosleep.signal.sleep.EpochFeatures;
import org.junit.jupiter.api.Test;

/** Hand-made predictions with counts worked out by hand. */
class ApneaEvaluationTest {

    static ApneaEvaluation.Prediction pred(String name, int[] labels, double[] p) {
        ApneaNight n = new ApneaNight(name, new EpochFeatures(new String[0], new double[labels.length][0]), labels);
        return new ApneaEvaluation.Prediction(n, p, p, 0);
    }

    @Test
    void perMinuteAndRecordScores() {
        // Record a: 120 apnea minutes, 100 found (20 missed), 10 false alarms among 20 normal minutes.
        int[] la = new int[140];
        double[] pa = new double[140];
        for (int i = 0; i < 120; i++) {
            la[i] = 1;
            pa[i] = i < 100 ? 0.9 : 0.1;
        }
        for (int i = 120; i < 140; i++) {
            pa[i] = i < 130 ? 0.8 : 0.2;
        }
        // Record c: 60 normal minutes, one unlabelled minute predicted apnea, no false alarm.
        int[] lc = new int[61];
        double[] pc = new double[61];
        lc[60] = -1;
        pc[60] = 0.9;
        ApneaEvaluation.Scores s = ApneaEvaluation.score(List.of(pred("a99", la, pa), pred("c99", lc, pc)),
                Map.of("a99", 40.0, "c99", 0.0));
        Map<String, Object> m = s.metrics();
        // TP 100, FN 20, FP 10, TN 10 + 60 = 70: accuracy 170/200.
        assertEquals(85.0, (double) m.get("accuracy"), 1e-9);
        assertEquals(100.0 * 100 / 120, (double) m.get("se"), 0.01);
        assertEquals(100.0 * 70 / 80, (double) m.get("sp"), 0.01);
        assertEquals(200L, m.get("minutes"));
        // Predicted apnea minutes: a 110 (class A), c 1 (unlabelled minute counts in the recording: class C).
        assertEquals("A", s.perRecord().get(0).get("predClass"));
        assertEquals("C", s.perRecord().get(1).get("predClass"));
        assertEquals(100.0, (double) m.get("recordAccuracy"), 1e-9);
        // A correlation over fewer than 3 recordings is not reported.
        assertEquals(Double.NaN, (double) m.get("ahiCorrelation"));
        assertEquals(0.5, ApneaEvaluation.pearson(new double[] {1, 2, 3}, new double[] {1, 3, 2}), 1e-12);
    }

    @Test
    void meanOverSeedsAveragesMetricsAndListsEachSeed() {
        int[] y = {1, 1, 0, 0};
        // Seed 1: all right (accuracy 100); seed 2: one apnea minute missed (accuracy 75, Se 50, Sp 100).
        ApneaEvaluation.Scores s1 = ApneaEvaluation.score(List.of(pred("a99", y, new double[] {0.9, 0.9, 0.1, 0.1})), Map.of());
        ApneaEvaluation.Scores s2 = ApneaEvaluation.score(List.of(pred("a99", y, new double[] {0.9, 0.1, 0.1, 0.1})), Map.of());
        ApneaEvaluation.Scores m = ApneaEvaluation.meanOverSeeds(List.of(s1, s2));
        assertEquals(87.5, (double) m.metrics().get("accuracy"), 1e-9);
        assertEquals(75.0, (double) m.metrics().get("se"), 1e-9);
        assertEquals(100.0, (double) m.metrics().get("sp"), 1e-9);
        assertEquals(List.of(100.0, 75.0), m.metrics().get("accuracyPerSeed"));
        assertEquals(List.of(100.0, 50.0), m.metrics().get("sePerSeed"));
        Map<String, Object> row = m.perRecord().get(0);
        assertEquals(87.5, (double) row.get("accuracy"), 1e-9);
        assertEquals(1.5, (double) row.get("predApneaMin"), 1e-9);
        assertEquals("CC", row.get("predClassPerSeed"));
    }

    @Test
    void c05AndC06AlwaysShareAFold() {
        List<ApneaNight> nights = new java.util.ArrayList<>();
        java.util.Random rnd = new java.util.Random(3);
        for (String name : new String[] {"a01", "a02", "b01", "c04", "c05", "c06", "c07", "c08"}) {
            int[] y = new int[60];
            String[] names = org.cardiosleep.signal.resp.ApneaMinuteFeatures.names();
            double[][] x = new double[60][names.length];
            for (int m = 0; m < 60; m++) {
                y[m] = rnd.nextInt(2);
                for (int k = 0; k < names.length; k++) {
                    x[m][k] = y[m] + rnd.nextGaussian();
                }
            }
            nights.add(new ApneaNight(name, new EpochFeatures(names, x), y));
        }
        for (long seed = 1; seed <= 20; seed++) {
            org.cardiosleep.learn.gbm.GbmParams params = org.cardiosleep.learn.gbm.GbmParams.defaults(seed);
            params = new org.cardiosleep.learn.gbm.GbmParams(2, params.learningRate(), 2, params.minChildHessian(),
                    params.lambda(), params.rowSample(), params.colSample(), params.maxBins(), params.balanceClasses(), seed);
            Map<String, Integer> fold = new java.util.HashMap<>();
            for (ApneaEvaluation.Prediction p : ApneaEvaluation.crossValidate(nights, 4, params)) {
                fold.put(p.night().record(), p.fold());
            }
            assertEquals(8, fold.size());
            assertEquals(fold.get("c05"), fold.get("c06"), "seed " + seed + ": " + fold);
        }
    }
}
