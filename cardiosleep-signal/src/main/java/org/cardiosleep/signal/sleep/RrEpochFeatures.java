package org.cardiosleep.signal.sleep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cardiosleep.signal.Selection;

/**
 * Sleep-staging features per epoch from NN intervals alone: heart rate and HRV over windows of
 * 1, 5 and 10 min centred on the epoch (time domain, Task Force 1996), spectral LF/HF/VLF powers
 * and the HF (respiratory sinus arrhythmia) peak as a breathing-rate stand-in over 256 s, DFA
 * alpha1/alpha2 (Peng 1995), heart-rate trend from the 5 min before to the 5 min after, and the
 * share of the window covered by clean beats (signal quality). Every raw feature is also
 * standardised within the night ({@link NightNormalization}), and key standardised features get
 * past/future context means over the 5 min before and after the epoch. Time of night is included.
 */
public final class RrEpochFeatures {
    /** Tachogram sampling rate for the spectral features. */
    public static final double TACHOGRAM_HZ = 4.0;
    /** Spectral window: 1024 samples at 4 Hz = 256 s. */
    public static final int SPECTRAL_SAMPLES = 1024;

    static final String[] RAW = {"hr1", "hr5", "hr10", "sdnn5", "rmssd1", "rmssd5", "pnn50_5", "cv5", "hrRange5",
        "sdnn10", "lnVlf", "lnLf", "lnHf", "lnLfHf", "hfNu", "hfPeakHz", "hfPeakShare", "dfa1", "dfa2", "hrTrend",
        "quality", "sd1sd2"};
    /** Standardised features that also get past/future 5-min means. */
    static final String[] CONTEXT = {"hr5", "rmssd5", "lnLf", "lnHf", "lnLfHf", "dfa1", "hrRange5", "sdnn5", "hfPeakShare"};
    /** Context length each side in seconds. */
    static final double CONTEXT_SEC = 300;

    private RrEpochFeatures() {
    }

    /** Names of the columns {@link #compute} returns, in order. */
    public static String[] names() {
        List<String> n = new ArrayList<>();
        for (String r : RAW) {
            n.add("z_" + r);
        }
        n.add("raw_hr5");
        n.add("raw_lnRmssd5");
        n.add("raw_hfPeakHz");
        n.add("raw_quality");
        n.add("rank_hr5");
        n.add("nightFraction");
        n.add("hoursFromStart");
        n.add("z_hr30");
        for (String c : CONTEXT) {
            n.add("past_" + c);
            n.add("next_" + c);
        }
        return n.toArray(new String[0]);
    }

    /**
     * Features of {@code epochs} epochs of {@code epochSec} seconds, the first starting at
     * {@code startSec} (seconds on the NN series' clock).
     */
    public static EpochFeatures compute(NnSeries nn, double startSec, double epochSec, int epochs) {
        double[][] raw = rawFeatures(nn, startSec, epochSec, epochs);
        String[] names = names();
        double[][] out = new double[epochs][names.length];
        int c = 0;
        for (int f = 0; f < RAW.length; f++) {
            NightNormalization.robustZ(raw, f, out, c++);
        }
        int hr5 = indexOfRaw("hr5");
        for (int e = 0; e < epochs; e++) {
            out[e][c] = raw[e][hr5];
            double rm = raw[e][indexOfRaw("rmssd5")];
            out[e][c + 1] = rm > 0 ? Math.log(rm) : Double.NaN;
            out[e][c + 2] = raw[e][indexOfRaw("hfPeakHz")];
            out[e][c + 3] = raw[e][indexOfRaw("quality")];
            out[e][c + 5] = epochs > 1 ? (double) e / (epochs - 1) : 0;
            out[e][c + 6] = (e + 0.5) * epochSec / 3600.0;
        }
        NightNormalization.rank(raw, hr5, out, c + 4);
        c += 7;
        int ctx = (int) Math.round(CONTEXT_SEC / epochSec);
        // z_hr30: standardised heart rate averaged over +-15 min, the slow (ultradian) trend.
        NightNormalization.movingMean(out, hr5, out, c++, -(int) Math.round(900 / epochSec), (int) Math.round(900 / epochSec));
        for (String name : CONTEXT) {
            int col = indexOfRaw(name);
            NightNormalization.movingMean(out, col, out, c++, -ctx, -1);
            NightNormalization.movingMean(out, col, out, c++, 1, ctx);
        }
        return new EpochFeatures(names, out);
    }

    static int indexOfRaw(String name) {
        for (int i = 0; i < RAW.length; i++) {
            if (RAW[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The raw (per-epoch, not normalised) features in the order of {@link #RAW}. */
    static double[][] rawFeatures(NnSeries nn, double startSec, double epochSec, int epochs) {
        double[][] raw = new double[epochs][RAW.length];
        double margin = SPECTRAL_SAMPLES / TACHOGRAM_HZ;
        double tachoStart = startSec - margin;
        int tachoLen = (int) Math.ceil((epochs * epochSec + 2 * margin) * TACHOGRAM_HZ);
        double[] tacho = nn.resample(TACHOGRAM_HZ, tachoStart, tachoLen, 3.0);
        HrvSpectrum spec = new HrvSpectrum(SPECTRAL_SAMPLES, TACHOGRAM_HZ);
        double[] rr = nn.rrSec();
        double[] tmp = new double[64];
        for (int e = 0; e < epochs; e++) {
            double[] row = raw[e];
            Arrays.fill(row, Double.NaN);
            double c = startSec + (e + 0.5) * epochSec;
            int[] w1 = window(nn, c, 60);
            int[] w5 = window(nn, c, 300);
            int[] w10 = window(nn, c, 600);
            row[0] = meanHr(rr, w1[0], w1[1], 20);
            row[1] = meanHr(rr, w5[0], w5[1], 100);
            row[2] = meanHr(rr, w10[0], w10[1], 200);
            if (w5[1] - w5[0] >= 100) {
                row[3] = 1000 * sd(rr, w5[0], w5[1]);
                row[5] = 1000 * rmssd(rr, w5[0], w5[1], 0);
                row[6] = 100 * rmssd(rr, w5[0], w5[1], 0.05);
                row[7] = sd(rr, w5[0], w5[1]) / mean(rr, w5[0], w5[1]);
                int k = w5[1] - w5[0];
                if (tmp.length < k) {
                    tmp = new double[2 * k];
                }
                for (int i = 0; i < k; i++) {
                    tmp[i] = 60.0 / rr[w5[0] + i];
                }
                row[8] = Selection.quantile(tmp, k, 0.9) - Selection.quantile(tmp, k, 0.1);
                row[17] = Dfa.alpha(rr, w5[0], w5[1], 4, 16);
                double sd1sq = 0.5 * sqr(rmssd(rr, w5[0], w5[1], 0));
                double sd2sq = 2 * sqr(sd(rr, w5[0], w5[1])) - sd1sq;
                row[21] = sd2sq > 0 ? Math.sqrt(sd1sq / sd2sq) : Double.NaN;
                double covered = 0;
                for (int i = w5[0]; i < w5[1]; i++) {
                    covered += rr[i];
                }
                row[20] = Math.min(1.0, covered / 300.0);
            } else {
                row[20] = 0;
            }
            if (w1[1] - w1[0] >= 20) {
                row[4] = 1000 * rmssd(rr, w1[0], w1[1], 0);
            }
            if (w10[1] - w10[0] >= 200) {
                row[9] = 1000 * sd(rr, w10[0], w10[1]);
                row[18] = Dfa.alpha(rr, w10[0], w10[1], 16, 64);
            }
            int from = (int) Math.round((c - tachoStart) * TACHOGRAM_HZ) - SPECTRAL_SAMPLES / 2;
            int[] ws = window(nn, c, SPECTRAL_SAMPLES / TACHOGRAM_HZ);
            if (ws[1] - ws[0] >= 150 && from >= 0 && from + SPECTRAL_SAMPLES <= tachoLen) {
                spec.psd(tacho, from);
                double vlf = spec.bandPower(HrvSpectrum.VLF_LO, HrvSpectrum.LF_LO) * 1e6;
                double lf = spec.bandPower(HrvSpectrum.LF_LO, HrvSpectrum.HF_LO) * 1e6;
                double hf = spec.bandPower(HrvSpectrum.HF_LO, HrvSpectrum.HF_HI) * 1e6;
                row[10] = Math.log(vlf + 1e-3);
                row[11] = Math.log(lf + 1e-3);
                row[12] = Math.log(hf + 1e-3);
                row[13] = Math.log((lf + 1e-3) / (hf + 1e-3));
                row[14] = hf / (lf + hf + 1e-9);
                row[15] = spec.peakHz(HrvSpectrum.HF_LO, HrvSpectrum.HF_HI);
                row[16] = spec.peakShare(HrvSpectrum.HF_LO, HrvSpectrum.HF_HI);
            }
            int[] before = window(nn, c - 150, 300);
            int[] after = window(nn, c + 150, 300);
            double hb = meanHr(rr, before[0], before[1], 60);
            double ha = meanHr(rr, after[0], after[1], 60);
            row[19] = ha - hb;
        }
        return raw;
    }

    private static int[] window(NnSeries nn, double centreSec, double lengthSec) {
        return new int[] {nn.indexAtOrAfter(centreSec - lengthSec / 2), nn.indexAtOrAfter(centreSec + lengthSec / 2)};
    }

    private static double sqr(double x) {
        return x * x;
    }

    private static double mean(double[] x, int a, int b) {
        double s = 0;
        for (int i = a; i < b; i++) {
            s += x[i];
        }
        return s / (b - a);
    }

    private static double meanHr(double[] rr, int a, int b, int minBeats) {
        return b - a < minBeats ? Double.NaN : 60.0 / mean(rr, a, b);
    }

    private static double sd(double[] x, int a, int b) {
        double m = mean(x, a, b);
        double s = 0;
        for (int i = a; i < b; i++) {
            s += (x[i] - m) * (x[i] - m);
        }
        return Math.sqrt(s / (b - a - 1));
    }

    /** RMSSD when {@code threshold} is 0, else the fraction of successive differences above it. */
    private static double rmssd(double[] x, int a, int b, double threshold) {
        double s = 0;
        int over = 0;
        for (int i = a + 1; i < b; i++) {
            double d = x[i] - x[i - 1];
            s += d * d;
            if (Math.abs(d) > threshold) {
                over++;
            }
        }
        return threshold == 0 ? Math.sqrt(s / (b - a - 1)) : (double) over / (b - a - 1);
    }
}
