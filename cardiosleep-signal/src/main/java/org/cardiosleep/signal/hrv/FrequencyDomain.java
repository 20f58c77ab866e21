package org.cardiosleep.signal.hrv;

import java.util.Arrays;

import org.cardiosleep.signal.fft.RealFft;

/**
 * Frequency-domain HRV per the Task Force 1996: NN intervals (ectopic and artefactual intervals
 * already removed) are interpolated by a natural cubic spline and resampled at 4 Hz; the power
 * spectral density is Welch's estimate over 5-min Hann windows with 50 % overlap, each window
 * linearly detrended and zero-padded to 2048 points (the project's {@link org.cardiosleep.signal.fft.RealFft}); band powers integrate
 * the one-sided PSD over VLF 0.0033–0.04, LF 0.04–0.15 and HF 0.15–0.4 Hz. The PSD is scaled so
 * that its integral equals the (window-weighted) variance of the resampled tachogram. Spline
 * pieces are not drawn across gaps longer than {@value #MAX_GAP_SEC} s; a window touching such a
 * gap is not used. Recordings shorter than 5 min but at least 2 min long use one window of their
 * whole length.
 */
public final class FrequencyDomain {
    public static final double RESAMPLE_HZ = 4.0;
    public static final double WINDOW_SEC = 300.0;
    public static final double MIN_WINDOW_SEC = 120.0;
    public static final double MAX_GAP_SEC = 5.0;
    public static final double VLF_LO = 0.0033, VLF_HI = 0.04, LF_HI = 0.15, HF_HI = 0.4;
    private static final int NFFT = 2048;

    private FrequencyDomain() {
    }

    /** Band powers of an NN series. */
    public static FrequencyDomainHrv compute(NnSeries nn) {
        double[] psd = new double[NFFT / 2 + 1];
        int windows = welch(nn, psd);
        if (windows == 0) {
            return new FrequencyDomainHrv(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, 0);
        }
        double df = RESAMPLE_HZ / NFFT;
        double vlf = bandPower(psd, df, VLF_LO, VLF_HI);
        double lf = bandPower(psd, df, VLF_HI, LF_HI);
        double hf = bandPower(psd, df, LF_HI, HF_HI);
        double tp = vlf + lf + hf;
        return new FrequencyDomainHrv(tp, vlf, lf, hf, lf / hf, 100 * lf / (lf + hf), 100 * hf / (lf + hf), windows);
    }

    /** Sum of PSD·df over bins with frequency in [lo, hi). */
    static double bandPower(double[] psd, double df, double lo, double hi) {
        double p = 0;
        for (int k = 0; k < psd.length; k++) {
            double f = k * df;
            if (f >= lo && f < hi) {
                p += psd[k] * df;
            }
        }
        return p;
    }

    /**
     * Welch PSD (ms²/Hz, one-sided, bins k·fs/2048) averaged into {@code psdOut}.
     *
     * @return the number of windows averaged (0: nothing analysable)
     */
    public static int welch(NnSeries nn, double[] psdOut) {
        Arrays.fill(psdOut, 0);
        int n = nn.size();
        if (n < 3) {
            return 0;
        }
        double[] t = nn.timeSec();
        double[] y = nn.nnMs();
        double t0 = t[0];
        int gridLen = (int) Math.floor((t[n - 1] - t0) * RESAMPLE_HZ) + 1;
        double[] grid = new double[gridLen];
        Arrays.fill(grid, Double.NaN);
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || t[i] - t[i - 1] > MAX_GAP_SEC) {
                CubicSpline.evaluate(t, y, runStart, i, t0, RESAMPLE_HZ, grid);
                runStart = i;
            }
        }
        int winLen = (int) Math.round(WINDOW_SEC * RESAMPLE_HZ);
        if (gridLen < winLen) {
            if (gridLen < MIN_WINDOW_SEC * RESAMPLE_HZ) {
                return 0;
            }
            winLen = gridLen;
        }
        int hop = winLen / 2;
        double[] w = new double[winLen];
        double wss = 0;
        for (int i = 0; i < winLen; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (winLen - 1));
            wss += w[i] * w[i];
        }
        RealFft fft = new RealFft(NFFT);
        double[] buf = new double[NFFT];
        int count = 0;
        for (int start = 0; start + winLen <= gridLen; start += hop) {
            if (!detrendedWindow(grid, start, winLen, w, buf)) {
                continue;
            }
            fft.forward(buf);
            double scale = 1.0 / (RESAMPLE_HZ * wss);
            psdOut[0] += buf[0] * buf[0] * scale;
            psdOut[NFFT / 2] += buf[1] * buf[1] * scale;
            for (int k = 1; k < NFFT / 2; k++) {
                double re = buf[2 * k], im = buf[2 * k + 1];
                psdOut[k] += 2 * (re * re + im * im) * scale;
            }
            count++;
        }
        if (count > 0) {
            for (int k = 0; k < psdOut.length; k++) {
                psdOut[k] /= count;
            }
        }
        return count;
    }

    /** Copies a window, removes its least-squares line, applies the taper, zero-pads; false if it has gaps. */
    private static boolean detrendedWindow(double[] grid, int start, int len, double[] w, double[] buf) {
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < len; i++) {
            double v = grid[start + i];
            if (Double.isNaN(v)) {
                return false;
            }
            sx += i;
            sy += v;
            sxx += (double) i * i;
            sxy += i * v;
        }
        double slope = (len * sxy - sx * sy) / (len * sxx - sx * sx);
        double icpt = (sy - slope * sx) / len;
        for (int i = 0; i < len; i++) {
            buf[i] = (grid[start + i] - icpt - slope * i) * w[i];
        }
        Arrays.fill(buf, len, buf.length, 0);
        return true;
    }
}
