package org.cardiosleep.pheno.analyze;

import java.util.Arrays;
import java.util.List;

import org.cardiosleep.signal.Selection;
import org.cardiosleep.signal.resp.CardiopulmonaryCoupling;
import org.cardiosleep.signal.resp.Edr;
import org.cardiosleep.signal.resp.RespiratoryRate;
import org.cardiosleep.signal.sleep.NnSeries;

/**
 * Cardiopulmonary coupling of the night ({@link CardiopulmonaryCoupling}, after Thomas et al., Sleep
 * 2005): the cleaned NN intervals against the ECG-derived respiration, the R amplitude of each
 * normal beat above its local baseline ({@link Edr}; amplitudes beyond 5 robust SDs of the night's
 * median are left out as artefacts), in 8.5-min windows advanced by 2.1 min; windows overlapping a
 * detected AF episode are left out. The same EDR gives the breathing rate per epoch
 * ({@link RespiratoryRate}). The amplitudes are measured as the beat classifier reads the ECG
 * ({@link EdrAmplitudes}).
 */
final class CpcPart {
    /** EDR amplitudes further than this many robust SDs from the median are left out. */
    static final double MAX_EDR_Z = 5;

    private CpcPart() {
    }

    /**
     * @param windows   coupling windows
     * @param status    part status
     * @param respRate  breaths per minute per epoch from the same EDR ({@link RespiratoryRate}), NaN where not found
     */
    record Outcome(List<CardiopulmonaryCoupling.Window> windows, String status, float[] respRate) {
    }

    /** {@code amplitude}: the EDR amplitude of every beat of {@code beats} ({@link EdrAmplitudes}). */
    static Outcome run(BeatTable beats, double[] amplitude, double durationSec, int epochs, double epochSec) {
        int nb = beats.size();
        double fs = beats.rateHz();
        boolean[] normal = SleepPart.normal(beats);
        int m = 0;
        long[] peaks = new long[nb];
        double[] amp = new double[nb];
        for (int i = 0; i < nb; i++) {
            if (normal[i]) {
                amp[m] = amplitude[i];
                peaks[m++] = beats.samples()[i];
            }
        }
        peaks = Arrays.copyOf(peaks, m);
        amp = Arrays.copyOf(amp, m);
        double[] t = new double[m], a = new double[m];
        int k = keepPlausible(peaks, amp, fs, t, a);
        NnSeries nn = NnSeries.fromBeats(SleepPart.beatTimes(beats), normal);
        double[] edrT = Arrays.copyOf(t, k), edrA = Arrays.copyOf(a, k);
        float[] resp = RespiratoryRate.perEpoch(edrT, edrA, epochs, epochSec);
        List<CardiopulmonaryCoupling.Window> w = CardiopulmonaryCoupling.compute(nn.timeSec(), nn.rrSec(), edrT, edrA,
                0, durationSec);
        if (w.isEmpty()) {
            return new Outcome(w, "not available: fewer than 8.5 min of normal beats with an ECG-derived respiration",
                    resp);
        }
        return new Outcome(w, NightAnalysis.AVAILABLE, resp);
    }

    /**
     * The windows that do not overlap a detected atrial fibrillation/flutter episode: in AF the RR
     * intervals no longer follow the autonomic drive that cardiopulmonary coupling measures.
     */
    static Outcome outsideAf(Outcome o, List<NightEvent> events) {
        double half = CardiopulmonaryCoupling.WINDOW / CardiopulmonaryCoupling.FS_HZ / 2;
        List<NightEvent> afEpisodes = new java.util.ArrayList<>();
        for (NightEvent e : events) {
            if (e.type().equals(EventTypes.AF)) {
                afEpisodes.add(e);
            }
        }
        List<CardiopulmonaryCoupling.Window> kept = new java.util.ArrayList<>();
        for (CardiopulmonaryCoupling.Window w : o.windows()) {
            boolean af = false;
            for (NightEvent e : afEpisodes) {
                if (e.onsetSec() < w.centreSec() + half
                        && e.onsetSec() + e.durationSec() > w.centreSec() - half) {
                    af = true;
                    break;
                }
            }
            if (!af) {
                kept.add(w);
            }
        }
        return new Outcome(kept, o.status(), o.respRate());
    }

    /**
     * The night's coupling variables over the windows centred in a sleep epoch (every window when
     * the night is not staged): how many, the mean share of the coupling in the high-frequency band,
     * and the median log10 of HFC/LFC. Left unset when there are no such windows.
     */
    static void fill(java.util.Map<String, Double> vars, List<CardiopulmonaryCoupling.Window> windows, byte[] stage,
                     double epochSec) {
        double[] share = new double[windows.size()], ratio = new double[windows.size()];
        int k = 0;
        for (CardiopulmonaryCoupling.Window w : windows) {
            int e = (int) Math.floor(w.centreSec() / epochSec);
            boolean asleep = stage == null || (e < stage.length && stage[e] >= 1);
            double total = w.hfc() + w.lfc() + w.vlfc();
            if (!asleep || !(total > 0) || !(w.lfc() > 0) || !(w.hfc() > 0)) {
                continue;
            }
            share[k] = 100 * w.hfc() / total;
            ratio[k++] = Math.log10(w.hfc() / w.lfc());
        }
        if (k == 0) {
            return;
        }
        double mean = 0;
        for (int i = 0; i < k; i++) {
            mean += share[i];
        }
        Summaries.put(vars, "cpcWindows", k);
        Summaries.put(vars, "cpcHfcSharePct", mean / k);
        Summaries.put(vars, "cpcLogHfcLfc", Selection.quantile(ratio, k, 0.5));
    }

    /**
     * The breathing-rate variables: the median rate over the sleep epochs that have one (every epoch
     * when unstaged) and the share of those epochs with a rate. Left unset without any rate.
     */
    static void fillRespiration(java.util.Map<String, Double> vars, float[] rate, byte[] stage) {
        double[] v = new double[rate.length];
        int k = 0, eligible = 0;
        for (int e = 0; e < rate.length; e++) {
            boolean asleep = stage == null || (e < stage.length && stage[e] >= 1);
            if (!asleep) {
                continue;
            }
            eligible++;
            if (!Float.isNaN(rate[e])) {
                v[k++] = rate[e];
            }
        }
        if (k == 0) {
            return;
        }
        Summaries.put(vars, "respRatePerMin", Selection.quantile(v, k, 0.5));
        Summaries.put(vars, "respRateCoveragePct", 100.0 * k / eligible);
    }

    /**
     * Per epoch, the high-frequency share (%) of the coupling window whose centre is nearest the
     * epoch's centre; NaN where no window reaches the epoch (the first and last 4 min, gaps).
     */
    static float[] perEpoch(List<CardiopulmonaryCoupling.Window> windows, int epochs, double epochSec) {
        float[] out = new float[epochs];
        Arrays.fill(out, Float.NaN);
        double half = CardiopulmonaryCoupling.WINDOW / CardiopulmonaryCoupling.FS_HZ / 2;
        int w = 0;
        for (int e = 0; e < epochs && !windows.isEmpty(); e++) {
            double t = (e + 0.5) * epochSec;
            while (w + 1 < windows.size()
                    && Math.abs(windows.get(w + 1).centreSec() - t) <= Math.abs(windows.get(w).centreSec() - t)) {
                w++;
            }
            CardiopulmonaryCoupling.Window x = windows.get(w);
            double total = x.hfc() + x.lfc() + x.vlfc();
            if (Math.abs(x.centreSec() - t) <= half && total > 0) {
                out[e] = (float) (100 * x.hfc() / total);
            }
        }
        return out;
    }

    /** Copies the finite amplitudes within {@value #MAX_EDR_Z} robust SDs of the median; returns how many. */
    private static int keepPlausible(long[] peaks, double[] amp, double fs, double[] t, double[] a) {
        double[] finite = new double[amp.length];
        int f = 0;
        for (double v : amp) {
            if (Double.isFinite(v)) {
                finite[f++] = v;
            }
        }
        if (f == 0) {
            return 0;
        }
        double med = Selection.select(finite.clone(), f, f / 2);
        for (int i = 0; i < f; i++) {
            finite[i] = Math.abs(finite[i] - med);
        }
        double sd = 1.4826 * Selection.select(finite, f, f / 2);
        int k = 0;
        for (int i = 0; i < amp.length; i++) {
            if (Double.isFinite(amp[i]) && (sd == 0 || Math.abs(amp[i] - med) <= MAX_EDR_Z * sd)) {
                t[k] = peaks[i] / fs;
                a[k++] = amp[i];
            }
        }
        return k;
    }
}
