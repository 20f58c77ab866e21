package org.cardiosleep.signal.sleep;

import org.cardiosleep.signal.fft.RealFft;

/**
 * Periodogram of a uniformly sampled tachogram window (linear detrend, Hann window, FFT) and its
 * band powers: VLF 0.0033–0.04 Hz, LF 0.04–0.15 Hz, HF 0.15–0.4 Hz (Task Force 1996). The HF peak
 * frequency is the respiratory-sinus-arrhythmia stand-in for the breathing rate when no ECG
 * morphology is available. One instance per window length; not thread-safe (reuses buffers).
 */
public final class HrvSpectrum {
    /** Band edges in Hz. */
    public static final double VLF_LO = 0.0033, LF_LO = 0.04, HF_LO = 0.15, HF_HI = 0.4;

    private final int n;
    private final double fsHz;
    private final RealFft fft;
    private final double[] window;
    private final double[] buf;
    private final double[] power;
    private final double windowPower;

    /** A spectrum estimator for windows of {@code n} samples at {@code fsHz}. */
    public HrvSpectrum(int n, double fsHz) {
        if (n < 8) {
            throw new IllegalArgumentException("window too short: " + n);
        }
        this.n = n;
        this.fsHz = fsHz;
        this.fft = new RealFft(n);
        this.window = new double[n];
        double wp = 0;
        for (int i = 0; i < n; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            wp += window[i] * window[i];
        }
        this.windowPower = wp;
        this.buf = new double[n];
        this.power = new double[n / 2 + 1];
    }

    public int length() {
        return n;
    }

    /** Frequency resolution in Hz. */
    public double binHz() {
        return fsHz / n;
    }

    /**
     * Computes the one-sided power spectral density (units²/Hz) of {@code x[from .. from+n)} into
     * an internal array and returns it (valid until the next call).
     */
    public double[] psd(double[] x, int from) {
        // Least-squares line removal: the slow trend would otherwise leak into the VLF/LF bins.
        double sx = 0;
        double sxy = 0;
        double mid = (n - 1) / 2.0;
        for (int i = 0; i < n; i++) {
            double v = x[from + i];
            sx += v;
            sxy += (i - mid) * v;
        }
        double mean = sx / n;
        double sxx = n * ((double) n * n - 1) / 12.0;
        double slope = sxy / sxx;
        for (int i = 0; i < n; i++) {
            buf[i] = (x[from + i] - mean - slope * (i - mid)) * window[i];
        }
        fft.forward(buf);
        double scale = 1.0 / (fsHz * windowPower);
        power[0] = buf[0] * buf[0] * scale;
        for (int k = 1; k < n / 2; k++) {
            double re = buf[2 * k];
            double im = buf[2 * k + 1];
            power[k] = 2 * (re * re + im * im) * scale;
        }
        power[n / 2] = buf[1] * buf[1] * scale;
        return power;
    }

    /** Power in [loHz, hiHz) of the last {@link #psd} (units²). */
    public double bandPower(double loHz, double hiHz) {
        double df = binHz();
        int k0 = (int) Math.ceil(loHz / df);
        int k1 = (int) Math.ceil(hiHz / df);
        double s = 0;
        for (int k = Math.max(0, k0); k < Math.min(k1, power.length); k++) {
            s += power[k];
        }
        return s * df;
    }

    /** Frequency (Hz) of the largest bin in [loHz, hiHz) of the last {@link #psd}. */
    public double peakHz(double loHz, double hiHz) {
        double df = binHz();
        int k0 = Math.max(1, (int) Math.ceil(loHz / df));
        int k1 = Math.min(power.length, (int) Math.ceil(hiHz / df));
        int best = k0;
        for (int k = k0; k < k1; k++) {
            if (power[k] > power[best]) {
                best = k;
            }
        }
        return best * df;
    }

    /** Largest bin power in [loHz, hiHz) as a share of the band power (peakedness, 0–1). */
    public double peakShare(double loHz, double hiHz) {
        double df = binHz();
        double band = bandPower(loHz, hiHz);
        if (band <= 0) {
            return 0;
        }
        int k = (int) Math.round(peakHz(loHz, hiHz) / df);
        double p = power[k];
        if (k > 0) {
            p += power[k - 1];
        }
        if (k + 1 < power.length) {
            p += power[k + 1];
        }
        return Math.min(1.0, p * df / band);
    }
}
