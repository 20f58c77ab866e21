package org.cardiosleep.pheno.sleep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.learn.sequence.EpochSequenceClassifier;
import org.cardiosleep.stats.classification.ConfusionMatrix;

/**
 * Scores staging predictions against reference hypnograms: pooled confusion matrices, Cohen's
 * kappa and accuracy for 4 and 3 classes, per-class F1, and per-night errors of TST, SE and WASO
 * ({@link SleepMetrics}; predicted epochs are set unscored where the reference is unscored, so both
 * hypnograms cover the same epochs).
 */
public final class StagingEvaluation {
    private final ConfusionMatrix cm4 = new ConfusionMatrix(4);
    private final ConfusionMatrix cm4Unsmoothed = new ConfusionMatrix(4);
    private final List<Map<String, Object>> perRecord = new ArrayList<>();
    private double tstAbs;
    private double seAbs;
    private double wasoAbs;
    private double kappaSum;
    private int nights;

    /** Adds the predictions of every night. */
    public static StagingEvaluation of(List<StagerTraining.FoldPrediction> predictions) {
        StagingEvaluation e = new StagingEvaluation();
        for (StagerTraining.FoldPrediction p : predictions) {
            e.add(p);
        }
        return e;
    }

    public void add(StagerTraining.FoldPrediction p) {
        Hypnogram ref = p.night().reference();
        int[] r4 = ref.classes4();
        int[] p4 = EpochSequenceClassifier.argmax(p.proba4());
        int[] p4u = EpochSequenceClassifier.argmax(p.proba4Unsmoothed());
        ConfusionMatrix night = ConfusionMatrix.of(4, r4, p4);
        cm4.addAll(night);
        cm4Unsmoothed.addAll(ConfusionMatrix.of(4, r4, p4u));
        int[] masked = p4.clone();
        for (int i = 0; i < masked.length; i++) {
            if (r4[i] < 0) {
                masked[i] = -1;
            }
        }
        SleepMetrics mr = SleepMetrics.of(ref);
        SleepMetrics mp = SleepMetrics.of(Hypnogram.fromClass4(ref.epochSec(), masked));
        double tstErr = mp.tstMin() - mr.tstMin();
        double seErr = mp.sePct() - mr.sePct();
        double wasoErr = mp.wasoMin() - mr.wasoMin();
        tstAbs += Math.abs(tstErr);
        seAbs += Math.abs(seErr);
        wasoAbs += Math.abs(wasoErr);
        double k4 = night.kappa();
        kappaSum += k4;
        nights++;
        ConfusionMatrix night3 = night.merge(3, new int[] {0, 1, 1, 2});
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("record", p.night().record());
        row.put("subject", p.night().subject());
        row.put("epochs", night.total());
        row.put("kappa4", round(k4, 4));
        row.put("accuracy4", round(100 * night.accuracy(), 2));
        row.put("kappa3", round(night3.kappa(), 4));
        row.put("tstRefMin", round(mr.tstMin(), 1));
        row.put("tstPredMin", round(mp.tstMin(), 1));
        row.put("seRefPct", round(mr.sePct(), 2));
        row.put("sePredPct", round(mp.sePct(), 2));
        row.put("wasoRefMin", round(mr.wasoMin(), 1));
        row.put("wasoPredMin", round(mp.wasoMin(), 1));
        perRecord.add(row);
    }

    /** 3-class (W / NREM / REM) scores from the argmax of the summed 4-class probabilities. */
    private static ConfusionMatrix threeClass(List<StagerTraining.FoldPrediction> predictions) {
        ConfusionMatrix m = new ConfusionMatrix(3);
        for (StagerTraining.FoldPrediction p : predictions) {
            int[] r3 = p.night().reference().classes3();
            double[][] q = p.proba4();
            for (int i = 0; i < r3.length; i++) {
                double w = q[i][0];
                double nrem = q[i][1] + q[i][2];
                double rem = q[i][3];
                m.add(r3[i], w >= nrem && w >= rem ? 0 : nrem >= rem ? 1 : 2);
            }
        }
        return m;
    }

    /** The benchmark metrics (BENCHMARKS.md keys first). */
    public Map<String, Object> metrics(List<StagerTraining.FoldPrediction> predictions) {
        ConfusionMatrix cm3 = threeClass(predictions);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kappa4", round(cm4.kappa(), 4));
        m.put("accuracy4", round(100 * cm4.accuracy(), 2));
        m.put("kappa3", round(cm3.kappa(), 4));
        m.put("accuracy3", round(100 * cm3.accuracy(), 2));
        m.put("tstMaeMin", round(tstAbs / nights, 1));
        m.put("seMaePct", round(seAbs / nights, 2));
        m.put("wasoMaeMin", round(wasoAbs / nights, 1));
        m.put("meanNightKappa4", round(kappaSum / nights, 4));
        for (int c = 0; c < 4; c++) {
            m.put("f1_4_" + SleepStager.CLASSES4[c], round(cm4.f1(c), 4));
        }
        for (int c = 0; c < 3; c++) {
            m.put("f1_3_" + SleepStager.CLASSES3[c], round(cm3.f1(c), 4));
        }
        m.put("kappa4NoSmoothing", round(cm4Unsmoothed.kappa(), 4));
        m.put("accuracy4NoSmoothing", round(100 * cm4Unsmoothed.accuracy(), 2));
        m.put("epochs", cm4.total());
        return m;
    }

    public ConfusionMatrix confusion4() {
        return cm4;
    }

    public List<Map<String, Object>> perRecord() {
        return perRecord;
    }

    static double round(double v, int digits) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double s = Math.pow(10, digits);
        return Math.round(v * s) / s;
    }
}
