package org.cardiosleep.stats.beats;

import java.util.List;

/**
 * Totals over records as EC57 reports them: gross statistics pool the counts of all records,
 * average statistics are the mean of the per-record values.
 *
 * @param tp        total true positives
 * @param fn        total false negatives
 * @param fp        total false positives
 * @param grossSe   ΣTP / (ΣTP + ΣFN), percent
 * @param grossPpv  ΣTP / (ΣTP + ΣFP), percent
 * @param grossF1   2ΣTP / (2ΣTP + ΣFN + ΣFP), 0–1
 * @param avgSe     mean of per-record Se, percent
 * @param avgPpv    mean of per-record +P, percent
 * @param avgF1     mean of per-record F1
 * @param meanAbsErrorMs mean absolute timing error of all matched beats, ms
 * @param rmsErrorMs     root mean square timing error, ms
 */
public record BeatSummary(long tp, long fn, long fp, double grossSe, double grossPpv, double grossF1, double avgSe,
                          double avgPpv, double avgF1, double meanAbsErrorMs, double rmsErrorMs) {

    /** Summarises per-record matches. */
    public static BeatSummary of(List<BeatMatch> records) {
        long tp = 0, fn = 0, fp = 0, ne = 0;
        double se = 0, ppv = 0, f1 = 0, abs = 0, sq = 0;
        for (BeatMatch m : records) {
            tp += m.tp();
            fn += m.fn();
            fp += m.fp();
            se += m.sensitivityPct();
            ppv += m.ppvPct();
            f1 += m.f1();
            for (double e : m.timingErrorsSec()) {
                abs += Math.abs(e);
                sq += e * e;
                ne++;
            }
        }
        int k = Math.max(1, records.size());
        return new BeatSummary(tp, fn, fp,
                tp + fn == 0 ? 100 : 100.0 * tp / (tp + fn),
                tp + fp == 0 ? 100 : 100.0 * tp / (tp + fp),
                2 * tp + fn + fp == 0 ? 1 : 2.0 * tp / (2 * tp + fn + fp),
                se / k, ppv / k, f1 / k,
                ne == 0 ? Double.NaN : 1000 * abs / ne,
                ne == 0 ? Double.NaN : 1000 * Math.sqrt(sq / ne));
    }
}
