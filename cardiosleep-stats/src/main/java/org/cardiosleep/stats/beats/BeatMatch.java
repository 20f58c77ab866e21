package org.cardiosleep.stats.beats;

/**
 * Beat-by-beat agreement of one record (ANSI/AAMI EC57 QRS detection counts).
 *
 * @param tp              reference beats matched by a test beat
 * @param fn              reference beats without a match (missed)
 * @param fp              test beats without a match (false detections)
 * @param timingErrorsSec test minus reference time of each matched pair, in seconds
 */
public record BeatMatch(int tp, int fn, int fp, double[] timingErrorsSec) {

    /** Sensitivity Se = TP / (TP + FN), in percent (100 when there is no reference beat). */
    public double sensitivityPct() {
        return tp + fn == 0 ? 100.0 : 100.0 * tp / (tp + fn);
    }

    /** Positive predictivity +P = TP / (TP + FP), in percent (100 when there is no test beat). */
    public double ppvPct() {
        return tp + fp == 0 ? 100.0 : 100.0 * tp / (tp + fp);
    }

    /** F1 = 2 TP / (2 TP + FN + FP), 0–1 (1 when both are empty). */
    public double f1() {
        int d = 2 * tp + fn + fp;
        return d == 0 ? 1.0 : 2.0 * tp / d;
    }

    /** Mean absolute timing error of matched beats in seconds (NaN when none). */
    public double meanAbsErrorSec() {
        if (timingErrorsSec.length == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (double e : timingErrorsSec) {
            s += Math.abs(e);
        }
        return s / timingErrorsSec.length;
    }
}
