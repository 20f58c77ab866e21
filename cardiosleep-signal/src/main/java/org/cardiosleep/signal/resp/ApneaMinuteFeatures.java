package org.cardiosleep.signal.resp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cardiosleep.signal.Selection;
import org.cardiosleep.signal.sleep.EpochFeatures;
import org.cardiosleep.signal.sleep.HrvSpectrum;
import org.cardiosleep.signal.sleep.NightNormalization;
import org.cardiosleep.signal.sleep.NnSeries;

/**
 * Per-minute sleep-apnea features from NN intervals (the Apnea-ECG protocol scores one-minute
 * segments). The classic marker is the cyclic variation of heart rate (CVHR, Guilleminault 1984):
 * brady/tachycardia cycles of 20–100 s that follow apneas, i.e. power at 0.01–0.05 Hz of the
 * tachogram; its periodicity shows in the autocorrelation of heart rate at lags 20–90 s. Beside
 * it: RR level and spread in the minute and over 3 and 5 min, LF and HF (RSA) powers, the HF peak
 * as a respiration-rate stand-in, and beat coverage (signal quality). All features are also
 * standardised within the record (robust z: median and IQR). Because a severe apnoeic night is
 * apnoeic for most of its minutes, its median is itself apnoeic; each z-score is therefore also
 * given relative to the record's own 10th percentile ({@code low_}), the quietest stretch of the
 * night. Record-level medians and IQRs of every raw feature ({@code rec_med_}, {@code rec_iqr_})
 * describe the night as a whole (a severity estimate from the record's own unlabelled beats, as in
 * record-adaptive detectors); key features get the means of the 3 minutes before and after.
 */
public final class ApneaMinuteFeatures {
    public static final double MINUTE_SEC = 60.0;
    /** CVHR band (Hz). */
    public static final double CVHR_LO = 0.01, CVHR_HI = 0.05;
    static final double FS = 4.0;

    static final String[] RAW = {"rrMean1", "rrSd1", "rmssd1", "hrRange1", "rrMean3", "rrSd3", "hrRange3", "rrSd5",
        "hrRange5", "lnCvhr", "lnLf", "lnHf", "cvhrShare", "cvhrPeakHz", "hfPeakHz", "cvhrPeakShare", "lnCvhr8",
        "cvhrShare8", "quality", "acfPeak", "acfLag"};
    static final String[] CONTEXT = {"lnCvhr", "cvhrShare", "hrRange3", "rrSd3", "acfPeak", "rrMean1", "hrRange1"};
    static final String[] RAW_KEPT = {"lnCvhr", "cvhrShare", "rrMean1", "hrRange3", "acfPeak"};
    static final int CONTEXT_MIN = 3;
    /** Quantile of the record's own z-scores used as its quiet-night reference ({@code low_} columns). */
    static final double LOW_QUANTILE = 0.1;

    private ApneaMinuteFeatures() {
    }

    /** Column names of {@link #compute}. */
    public static String[] names() {
        List<String> n = new ArrayList<>();
        for (String r : RAW) {
            n.add("z_" + r);
        }
        for (String r : RAW_KEPT) {
            n.add("raw_" + r);
        }
        for (String r : RAW) {
            n.add("rec_med_" + r);
            n.add("rec_iqr_" + r);
        }
        n.add("nightFraction");
        for (String c : CONTEXT) {
            n.add("past_" + c);
            n.add("next_" + c);
        }
        for (String r : RAW) {
            n.add("low_" + r);
        }
        return n.toArray(new String[0]);
    }

    static int raw(String name) {
        for (int i = 0; i < RAW.length; i++) {
            if (RAW[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Features of {@code minutes} one-minute segments starting at time 0 of the NN series' clock. */
    public static EpochFeatures compute(NnSeries nn, int minutes) {
        double[][] r = rawFeatures(nn, minutes);
        String[] names = names();
        double[][] out = new double[minutes][names.length];
        int c = 0;
        for (int f = 0; f < RAW.length; f++) {
            NightNormalization.robustZ(r, f, out, c++);
        }
        for (String s : RAW_KEPT) {
            int f = raw(s);
            for (int m = 0; m < minutes; m++) {
                out[m][c] = r[m][f];
            }
            c++;
        }
        for (int f = 0; f < RAW.length; f++) {
            double[] q = quantiles(r, f, 0.25, 0.5, 0.75);
            for (int m = 0; m < minutes; m++) {
                out[m][c] = q[1];
                out[m][c + 1] = q[2] - q[0];
            }
            c += 2;
        }
        for (int m = 0; m < minutes; m++) {
            out[m][c] = minutes > 1 ? (double) m / (minutes - 1) : 0;
        }
        c++;
        for (String s : CONTEXT) {
            int f = raw(s);
            NightNormalization.movingMean(out, f, out, c++, -CONTEXT_MIN, -1);
            NightNormalization.movingMean(out, f, out, c++, 1, CONTEXT_MIN);
        }
        for (int f = 0; f < RAW.length; f++) {
            double low = quantiles(out, f, LOW_QUANTILE)[0];
            for (int m = 0; m < minutes; m++) {
                out[m][c] = out[m][f] - low;
            }
            c++;
        }
        return new EpochFeatures(names, out);
    }

    /** Quantiles of the finite values of a column (NaN when there are none). */
    private static double[] quantiles(double[][] x, int col, double... q) {
        double[] v = new double[x.length];
        int m = 0;
        for (double[] row : x) {
            if (Double.isFinite(row[col])) {
                v[m++] = row[col];
            }
        }
        double[] out = new double[q.length];
        Arrays.sort(v, 0, m);
        for (int i = 0; i < q.length; i++) {
            out[i] = m == 0 ? Double.NaN : NightNormalization.quantileSorted(v, m, q[i]);
        }
        return out;
    }

    static double[][] rawFeatures(NnSeries nn, int minutes) {
        double[][] raw = new double[minutes][RAW.length];
        int n8 = 2048;
        double margin = n8 / FS;
        double start = -margin;
        int len = (int) Math.ceil((minutes * MINUTE_SEC + 2 * margin) * FS);
        double[] tacho = nn.resample(FS, start, len, 3.0);
        HrvSpectrum s4 = new HrvSpectrum(1024, FS);
        HrvSpectrum s8 = new HrvSpectrum(n8, FS);
        double[] rr = nn.rrSec();
        double[] hr1Hz = new double[300];
        for (int m = 0; m < minutes; m++) {
            double[] row = raw[m];
            Arrays.fill(row, Double.NaN);
            double c = (m + 0.5) * MINUTE_SEC;
            int[] w1 = window(nn, c, 60);
            int[] w3 = window(nn, c, 180);
            int[] w5 = window(nn, c, 300);
            int k1 = w1[1] - w1[0];
            if (k1 >= 20) {
                row[0] = mean(rr, w1[0], w1[1]);
                row[1] = sd(rr, w1[0], w1[1]);
                row[2] = rmssd(rr, w1[0], w1[1]);
                row[3] = hrRange(rr, w1[0], w1[1]);
            }
            double covered = 0;
            for (int i = w1[0]; i < w1[1]; i++) {
                covered += rr[i];
            }
            row[18] = Math.min(1, covered / 60);
            if (w3[1] - w3[0] >= 60) {
                row[4] = mean(rr, w3[0], w3[1]);
                row[5] = sd(rr, w3[0], w3[1]);
                row[6] = hrRange(rr, w3[0], w3[1]);
            }
            if (w5[1] - w5[0] >= 100) {
                row[7] = sd(rr, w5[0], w5[1]);
                row[8] = hrRange(rr, w5[0], w5[1]);
            }
            int centre = (int) Math.round((c - start) * FS);
            if (window(nn, c, 256)[1] - window(nn, c, 256)[0] >= 120) {
                s4.psd(tacho, centre - 512);
                double cv = s4.bandPower(CVHR_LO, CVHR_HI) * 1e6;
                double lf = s4.bandPower(CVHR_HI, HrvSpectrum.HF_LO) * 1e6;
                double hf = s4.bandPower(HrvSpectrum.HF_LO, HrvSpectrum.HF_HI) * 1e6;
                double tot = s4.bandPower(HrvSpectrum.VLF_LO, HrvSpectrum.HF_HI) * 1e6;
                row[9] = Math.log(cv + 1e-3);
                row[10] = Math.log(lf + 1e-3);
                row[11] = Math.log(hf + 1e-3);
                row[12] = cv / (tot + 1e-9);
                row[13] = s4.peakHz(CVHR_LO, CVHR_HI);
                row[14] = s4.peakHz(HrvSpectrum.HF_LO, HrvSpectrum.HF_HI);
                row[15] = s4.peakShare(CVHR_LO, CVHR_HI);
            }
            if (window(nn, c, 512)[1] - window(nn, c, 512)[0] >= 250) {
                s8.psd(tacho, centre - n8 / 2);
                double cv = s8.bandPower(CVHR_LO, CVHR_HI) * 1e6;
                double tot = s8.bandPower(HrvSpectrum.VLF_LO, HrvSpectrum.HF_HI) * 1e6;
                row[16] = Math.log(cv + 1e-3);
                row[17] = cv / (tot + 1e-9);
            }
            if (w5[1] - w5[0] >= 100) {
                // Heart rate at 1 Hz over the 5-min window (every 4th tachogram sample).
                int from = centre - 600;
                for (int i = 0; i < 300; i++) {
                    hr1Hz[i] = 60.0 / tacho[from + 4 * i];
                }
                double[] ac = acfPeak(hr1Hz, 20, 90);
                row[19] = ac[0];
                row[20] = ac[1];
            }
        }
        return raw;
    }

    /** Largest autocorrelation of the mean-removed series at lags lo..hi (samples), and its lag. */
    static double[] acfPeak(double[] x, int lo, int hi) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double var = 0;
        for (double v : x) {
            var += (v - mean) * (v - mean);
        }
        if (var <= 0) {
            return new double[] {0, Double.NaN};
        }
        // deviations once (the same values the products took them from), then each lag's sum in order,
        // two terms per loop turn for the quick compiler
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = x[i] - mean;
        }
        double best = -1;
        int bestLag = lo;
        for (int lag = lo; lag <= hi; lag++) {
            double s = 0;
            int i = lag;
            for (; i + 1 < n; i += 2) {
                s += d[i] * d[i - lag];
                s += d[i + 1] * d[i + 1 - lag];
            }
            if (i < n) {
                s += d[i] * d[i - lag];
            }
            double r = s / var;
            if (r > best) {
                best = r;
                bestLag = lag;
            }
        }
        return new double[] {best, bestLag};
    }

    private static int[] window(NnSeries nn, double centreSec, double lengthSec) {
        return new int[] {nn.indexAtOrAfter(centreSec - lengthSec / 2), nn.indexAtOrAfter(centreSec + lengthSec / 2)};
    }

    private static double mean(double[] x, int a, int b) {
        double s = 0;
        for (int i = a; i < b; i++) {
            s += x[i];
        }
        return s / (b - a);
    }

    private static double sd(double[] x, int a, int b) {
        double m = mean(x, a, b);
        double s = 0;
        for (int i = a; i < b; i++) {
            s += (x[i] - m) * (x[i] - m);
        }
        return Math.sqrt(s / Math.max(1, b - a - 1));
    }

    private static double rmssd(double[] x, int a, int b) {
        double s = 0;
        for (int i = a + 1; i < b; i++) {
            s += (x[i] - x[i - 1]) * (x[i] - x[i - 1]);
        }
        return Math.sqrt(s / Math.max(1, b - a - 1));
    }

    /** Range of instantaneous heart rate between the 5th and 95th percentiles (bpm). */
    private static double hrRange(double[] rr, int a, int b) {
        int k = b - a;
        double[] hr = new double[k];
        for (int i = 0; i < k; i++) {
            hr[i] = 60.0 / rr[a + i];
        }
        return Selection.quantile(hr, k, 0.95) - Selection.quantile(hr, k, 0.05);
    }
}
