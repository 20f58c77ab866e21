package org.cardiosleep.signal.resp;

import java.util.Arrays;

import org.cardiosleep.signal.fft.RealFft;

/**
 * Breathing rate from an ECG-derived respiration series (one value per beat, {@link Edr}): per
 * 30-s epoch, the series over the {@value #WINDOW_SEC}-s window centred on the epoch is resampled at
 * {@value #FS_HZ} Hz, detrended, Hann-windowed and Fourier-transformed; the rate is the frequency of
 * the largest peak between {@value #MIN_PER_MIN} and {@value #MAX_PER_MIN} breaths per minute
 * (refined by parabolic interpolation), kept only when that peak holds at least
 * {@value #MIN_PEAK_SHARE} of the band's power within ±0.03 Hz of it — an irregular or absent
 * modulation (artefact, apnea, ectopy) gives no rate rather than a guess. The beats sample the
 * respiration at the heart rate, so rates near half the heart rate are not resolved.
 */
public final class RespiratoryRate {
    /** Analysis window, s. */
    public static final double WINDOW_SEC = 64;
    /** Resampling rate, Hz. */
    public static final double FS_HZ = 4;
    /** Breathing band, breaths per minute. */
    public static final double MIN_PER_MIN = 6, MAX_PER_MIN = 36;
    /** Share of the band's power the peak (±0.03 Hz) must hold. */
    public static final double MIN_PEAK_SHARE = 0.5;

    private RespiratoryRate() {
    }

    /**
     * Breaths per minute per epoch (NaN where not found).
     *
     * @param beatTimeSec time of each EDR value, ascending
     * @param edr         the EDR values
     */
    public static float[] perEpoch(double[] beatTimeSec, double[] edr, int epochs, double epochSec) {
        float[] out = new float[epochs];
        Arrays.fill(out, Float.NaN);
        int n = (int) Math.round(WINDOW_SEC * FS_HZ);
        RealFft fft = new RealFft(n);
        double[] hann = new double[n];
        for (int i = 0; i < n; i++) {
            hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
        }
        double[] x = new double[n];
        double df = FS_HZ / n;
        int lo = (int) Math.ceil(MIN_PER_MIN / 60 / df), hi = (int) Math.floor(MAX_PER_MIN / 60 / df);
        int near = Math.max(1, (int) Math.round(0.03 / df));
        double[] power = new double[n / 2 + 1];
        int j = 0;
        for (int e = 0; e < epochs; e++) {
            double start = (e + 0.5) * epochSec - WINDOW_SEC / 2;
            while (j < beatTimeSec.length && beatTimeSec[j] < start) {
                j++;
            }
            int k = j;
            while (k < beatTimeSec.length && beatTimeSec[k] < start + WINDOW_SEC) {
                k++;
            }
            // at least one value per 2 s, covering the window
            if (k - j < WINDOW_SEC / 2 || beatTimeSec[j] - start > 3 || start + WINDOW_SEC - beatTimeSec[k - 1] > 3) {
                continue;
            }
            EvenSampling.linear(beatTimeSec, edr, j, k, start, FS_HZ, x);
            detrend(x);
            for (int i = 0; i < n; i++) {
                x[i] *= hann[i];
            }
            fft.forward(x);
            for (int b = 1; b < n / 2; b++) {
                power[b] = x[2 * b] * x[2 * b] + x[2 * b + 1] * x[2 * b + 1];
            }
            int peak = lo;
            double band = 0;
            for (int b = lo; b <= hi; b++) {
                band += power[b];
                if (power[b] > power[peak]) {
                    peak = b;
                }
            }
            double around = 0;
            for (int b = Math.max(lo, peak - near); b <= Math.min(hi, peak + near); b++) {
                around += power[b];
            }
            if (!(band > 0) || around < MIN_PEAK_SHARE * band || peak == lo || peak == hi) {
                continue;
            }
            double a = power[peak - 1], b0 = power[peak], c = power[peak + 1];
            double shift = a - 2 * b0 + c < 0 ? 0.5 * (a - c) / (a - 2 * b0 + c) : 0;
            out[e] = (float) ((peak + shift) * df * 60);
        }
        return out;
    }

    /** Removes the least-squares line. */
    private static void detrend(double[] x) {
        int n = x.length;
        double mt = (n - 1) / 2.0, mx = 0;
        for (double v : x) {
            mx += v;
        }
        mx /= n;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - mt) * (x[i] - mx);
            sxx += (i - mt) * (i - mt);
        }
        double slope = sxy / sxx;
        for (int i = 0; i < n; i++) {
            x[i] -= mx + slope * (i - mt);
        }
    }
}
