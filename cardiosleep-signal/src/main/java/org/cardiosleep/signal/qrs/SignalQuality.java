package org.cardiosleep.signal.qrs;

import java.util.Arrays;

import org.cardiosleep.signal.Extrema;
import org.cardiosleep.signal.filter.Butterworth;
import org.cardiosleep.signal.filter.SosFilter;

/**
 * Signal-quality index of one ECG window (10 s by convention), 0 (unusable) to 1 (clean), so that
 * beats in unusable stretches are masked rather than guessed. It combines:
 * <ul>
 *   <li>bSQI (Li, Clifford &amp; Mark 2008): agreement (F1, 150 ms) of the main detector's beats with
 *       an independent amplitude-threshold detector on the band-passed signal; noise makes the two
 *       disagree;</li>
 *   <li>kSQI (Li et al. 2008): kurtosis of the band-passed signal; QRS complexes make it
 *       leptokurtic (&gt; 5), Gaussian noise gives 3;</li>
 *   <li>hard checks: missing samples (NaN), flat line (peak-to-peak below {@code minAmplitude}),
 *       saturation (runs of samples stuck at the window's extreme), implausible rate.</li>
 * </ul>
 * A window is usable when its index is at least {@link #USABLE_THRESHOLD}.
 */
public final class SignalQuality {
    /** Conventional window length. */
    public static final double WINDOW_SEC = 10.0;
    /** Windows below this index are masked. */
    public static final double USABLE_THRESHOLD = 0.5;

    private SignalQuality() {
    }

    /**
     * Quality of one window.
     *
     * @param startSample     index of the window's first sample in the record
     * @param quality         index 0–1
     * @param usable          {@code quality >= USABLE_THRESHOLD}
     * @param beatAgreement   bSQI, 0–1
     * @param kurtosis        kurtosis of the band-passed window
     * @param beats           beats of the main detector in the window
     * @param nanFraction     fraction of missing samples
     * @param saturatedFraction fraction of samples in runs stuck at the window's minimum or maximum
     * @param peakToPeak      peak-to-peak amplitude of the window, input units
     */
    public record Window(long startSample, double quality, boolean usable, double beatAgreement, double kurtosis,
                         int beats, double nanFraction, double saturatedFraction, double peakToPeak) {
    }

    /**
     * Assesses {@code x[off, off + len)}.
     *
     * @param beats        beat sample indices of the main detector (any range; those in the window count)
     * @param startSample  record index of {@code x[off]}
     * @param minAmplitude smallest peak-to-peak that can carry a QRS, input units (e.g. 0.05 for mV)
     */
    public static Window assess(double[] x, int off, int len, double fsHz, long[] beats, long startSample,
                                double minAmplitude) {
        int nan = 0;
        double mn = Double.POSITIVE_INFINITY, mx = Double.NEGATIVE_INFINITY;
        for (int i = off; i < off + len; i++) {
            double v = x[i];
            if (v != v) {
                nan++;
            } else {
                mn = Extrema.min(mn, v);
                mx = Extrema.max(mx, v);
            }
        }
        double nanFrac = len == 0 ? 1 : (double) nan / len;
        double p2p = nan == len ? 0 : mx - mn;
        long[] own = beatsIn(beats, startSample, startSample + len);
        if (nanFrac > 0.5 || p2p < minAmplitude) {
            return new Window(startSample, 0, false, 0, 0, own.length, nanFrac, 0, p2p);
        }
        double sat = saturatedFraction(x, off, len, mn, mx, fsHz);
        double[] bp = bandPassed(x, off, len, fsHz);
        double k = kurtosis(bp);
        long[] other = amplitudeBeats(bp, fsHz, startSample);
        double bsqi = agreement(own, other, Math.round(0.15 * fsHz));
        double ksqi = Math.min(1, Math.max(0, (k - 3) / 2)); // 3 (Gaussian) -> 0, 5 and above -> 1
        double q = bsqi * ksqi;
        double durSec = len / fsHz;
        double rateBpm = 60 * own.length / durSec;
        if (durSec >= 5 && (rateBpm < 20 || rateBpm > 250)) {
            q = Math.min(q, 0.25); // no heart beats this slow or fast outside VF
        }
        if (sat > 0.1) {
            q = Math.min(q, 0.25);
        }
        if (nanFrac > 0.1) {
            q *= 1 - nanFrac;
        }
        return new Window(startSample, q, q >= USABLE_THRESHOLD, bsqi, k, own.length, nanFrac, sat, p2p);
    }

    /** Assesses consecutive windows of {@code windowSec} over a whole signal. */
    public static Window[] assessAll(double[] x, double fsHz, long[] beats, double windowSec, double minAmplitude) {
        int w = (int) Math.round(windowSec * fsHz);
        int count = (x.length + w - 1) / w;
        Window[] out = new Window[count];
        for (int i = 0; i < count; i++) {
            int off = i * w;
            out[i] = assess(x, off, Math.min(w, x.length - off), fsHz, beats, off, minAmplitude);
        }
        return out;
    }

    private static long[] beatsIn(long[] beats, long from, long to) {
        int a = Arrays.binarySearch(beats, from);
        a = a < 0 ? -a - 1 : a;
        while (a > 0 && beats[a - 1] >= from) {
            a--;
        }
        int b = a;
        while (b < beats.length && beats[b] < to) {
            b++;
        }
        return Arrays.copyOfRange(beats, a, b);
    }

    private static double[] bandPassed(double[] x, int off, int len, double fsHz) {
        SosFilter f = Butterworth.bandpass(2, 5, Math.min(18, 0.45 * fsHz), fsHz);
        double first = Double.NaN;
        for (int i = off; i < off + len && first != first; i++) {
            first = x[i];
        }
        f.resetTo(first);
        double[] y = new double[len];
        double last = first;
        for (int i = 0; i < len; i++) {
            double v = x[off + i];
            if (v != v) {
                v = last;
            }
            last = v;
            y[i] = f.step(v);
        }
        return y;
    }

    static double kurtosis(double[] y) {
        double m = 0;
        for (double v : y) {
            m += v;
        }
        m /= Math.max(1, y.length);
        double m2 = 0, m4 = 0;
        for (double v : y) {
            double d = (v - m) * (v - m);
            m2 += d;
            m4 += d * d;
        }
        m2 /= Math.max(1, y.length);
        m4 /= Math.max(1, y.length);
        return m2 <= 0 ? 0 : m4 / (m2 * m2);
    }

    /**
     * Independent detector: local maxima of |band-passed| above 40 % of the median of its
     * per-second maxima (each second holds about one QRS, so that median is a robust QRS amplitude
     * that one artefact cannot inflate), at least 250 ms apart. O(n).
     */
    private static long[] amplitudeBeats(double[] bp, double fsHz, long startSample) {
        int n = bp.length;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.abs(bp[i]);
        }
        int sec = Math.max(1, (int) Math.round(fsHz));
        int blocks = Math.max(1, n / sec);
        double[] maxima = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            double m = 0;
            for (int i = b * sec; i < Math.min(n, (b + 1) * sec); i++) {
                m = Extrema.max(m, a[i]);
            }
            maxima[b] = m;
        }
        Arrays.sort(maxima);
        double th = 0.4 * maxima[blocks / 2];
        int refr = (int) Math.round(0.25 * fsHz);
        long[] out = new long[n / Math.max(1, refr) + 2];
        int c = 0;
        int last = -refr;
        for (int i = 1; i < n - 1; i++) {
            if (a[i] > th && a[i] >= a[i - 1] && a[i] > a[i + 1]) {
                if (i - last >= refr) {
                    if (c == out.length) {
                        out = Arrays.copyOf(out, c * 2);
                    }
                    out[c++] = startSample + i;
                    last = i;
                } else if (c > 0 && a[i] > a[(int) (out[c - 1] - startSample)]) {
                    out[c - 1] = startSample + i; // a larger peak within the refractory wins
                    last = i;
                }
            }
        }
        return Arrays.copyOf(out, c);
    }

    /** F1 agreement of two ascending beat lists within a tolerance (1 when both are empty is not used: 0). */
    static double agreement(long[] a, long[] b, long tol) {
        if (a.length + b.length == 0) {
            return 0;
        }
        int i = 0, j = 0, m = 0;
        while (i < a.length && j < b.length) {
            long d = a[i] - b[j];
            if (Math.abs(d) <= tol) {
                m++;
                i++;
                j++;
            } else if (d < 0) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * m / (a.length + b.length);
    }

    private static double saturatedFraction(double[] x, int off, int len, double mn, double mx, double fsHz) {
        int minRun = Math.max(3, (int) Math.round(0.02 * fsHz));
        int sat = 0, run = 0;
        double prev = Double.NaN;
        for (int i = off; i < off + len; i++) {
            double v = x[i];
            boolean extreme = v == mn || v == mx;
            if (extreme && v == prev) {
                run++;
            } else {
                if (run >= minRun) {
                    sat += run;
                }
                run = extreme ? 1 : 0;
            }
            prev = v;
        }
        if (run >= minRun) {
            sat += run;
        }
        return len == 0 ? 0 : (double) sat / len;
    }
}
