package org.cardiosleep.signal.resp;

import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.signal.fft.RealFft;

/**
 * Cardiopulmonary coupling (Thomas et al., Sleep 2005): the product of the coherence and the
 * cross-spectral power of the NN-interval series and the ECG-derived respiration, both resampled
 * at 2 Hz, over windows of 1024 samples (8.5 min) advanced by 256 samples (2.1 min); the spectra
 * are averaged over three overlapping 512-sample sub-windows (Welch). Bands: high-frequency
 * coupling (HFC, 0.1–0.4 Hz: stable, NREM-like sleep), low-frequency coupling (LFC, 0.01–0.1 Hz:
 * unstable sleep, periodic breathing), very-low-frequency coupling (VLFC, 0.0039–0.01 Hz: wake/REM).
 */
public final class CardiopulmonaryCoupling {
    public static final double FS_HZ = 2.0;
    public static final int WINDOW = 1024;
    public static final int STEP = 256;
    static final int SUB = 512;
    public static final double VLF_LO = 0.0039, LF_LO = 0.01, HF_LO = 0.1, HF_HI = 0.4;

    private CardiopulmonaryCoupling() {
    }

    /**
     * One window's coupling.
     *
     * @param centreSec window centre (seconds)
     * @param hfc       high-frequency coupling (band sum of coherence × cross-power)
     * @param lfc       low-frequency coupling
     * @param vlfc      very-low-frequency coupling
     */
    public record Window(double centreSec, double hfc, double lfc, double vlfc) {
        /** HFC / LFC (the high-to-low coupling ratio; large in stable sleep). */
        public double hfcToLfc() {
            return lfc > 0 ? hfc / lfc : Double.POSITIVE_INFINITY;
        }

        /** Share of the total coupling in the HF band (0–1). */
        public double hfcFraction() {
            double s = hfc + lfc + vlfc;
            return s > 0 ? hfc / s : Double.NaN;
        }
    }

    /**
     * Coupling windows between {@code startSec} and {@code endSec} of two irregularly sampled series
     * (each resampled linearly at 2 Hz): typically NN intervals and a per-beat EDR.
     */
    public static List<Window> compute(double[] tx, double[] x, double[] ty, double[] y, double startSec, double endSec) {
        int n = (int) Math.floor((endSec - startSec) * FS_HZ);
        List<Window> out = new ArrayList<>();
        if (n < WINDOW || tx.length < 2 || ty.length < 2) {
            return out;
        }
        double[] xs = resample(tx, x, startSec, n);
        double[] ys = resample(ty, y, startSec, n);
        RealFft fft = new RealFft(SUB);
        double[] hann = new double[SUB];
        for (int i = 0; i < SUB; i++) {
            hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (SUB - 1));
        }
        // the sub-windows start at multiples of SUB / 2, and each is shared by three windows: its
        // auto- and cross-spectra are computed once
        int subs = (n - SUB) / (SUB / 2) + 1;
        double[][] pxx = new double[subs][], pyy = new double[subs][], pre = new double[subs][], pim = new double[subs][];
        double[] bx = new double[SUB];
        double[] by = new double[SUB];
        for (int u = 0; u < subs; u++) {
            int o = u * (SUB / 2);
            load(xs, o, hann, bx);
            load(ys, o, hann, by);
            fft.forward(bx);
            fft.forward(by);
            double[] a = pxx[u] = new double[SUB / 2], b = pyy[u] = new double[SUB / 2];
            double[] re = pre[u] = new double[SUB / 2], im = pim[u] = new double[SUB / 2];
            for (int k = 1; k < SUB / 2; k++) {
                double xr = bx[2 * k];
                double xi = bx[2 * k + 1];
                double yr = by[2 * k];
                double yi = by[2 * k + 1];
                a[k] = xr * xr + xi * xi;
                b[k] = yr * yr + yi * yi;
                // X · conj(Y)
                re[k] = xr * yr + xi * yi;
                im[k] = xi * yr - xr * yi;
            }
        }
        double df = FS_HZ / SUB;
        int bins = SUB / 2;
        double[] sxx = new double[bins];
        double[] syy = new double[bins];
        double[] sre = new double[bins];
        double[] sim = new double[bins];
        for (int w = 0; w + WINDOW <= n; w += STEP) {
            java.util.Arrays.fill(sxx, 0);
            java.util.Arrays.fill(syy, 0);
            java.util.Arrays.fill(sre, 0);
            java.util.Arrays.fill(sim, 0);
            // Three sub-windows of 512 at offsets 0, 256, 512 (50 % overlap).
            for (int s = 0; s < 3; s++) {
                int u = w / (SUB / 2) + s;
                for (int k = 1; k < SUB / 2; k++) {
                    sxx[k] += pxx[u][k];
                    syy[k] += pyy[u][k];
                    sre[k] += pre[u][k];
                    sim[k] += pim[u][k];
                }
            }
            double hfc = 0;
            double lfc = 0;
            double vlfc = 0;
            for (int k = 1; k < SUB / 2; k++) {
                double cross2 = sre[k] * sre[k] + sim[k] * sim[k];
                double denom = sxx[k] * syy[k];
                if (denom <= 0) {
                    continue;
                }
                double coherence = cross2 / denom;
                double product = coherence * Math.sqrt(cross2) / 3.0;
                double f = k * df;
                if (f >= HF_LO && f < HF_HI) {
                    hfc += product;
                } else if (f >= LF_LO && f < HF_LO) {
                    lfc += product;
                } else if (f >= VLF_LO && f < LF_LO) {
                    vlfc += product;
                }
            }
            out.add(new Window(startSec + (w + WINDOW / 2.0) / FS_HZ, hfc, lfc, vlfc));
        }
        return out;
    }

    private static void load(double[] src, int o, double[] hann, double[] dst) {
        double m = 0;
        for (int i = 0; i < SUB; i++) {
            m += src[o + i];
        }
        m /= SUB;
        for (int i = 0; i < SUB; i++) {
            dst[i] = (src[o + i] - m) * hann[i];
        }
    }

    /** Linear interpolation at 2 Hz (held at the ends). */
    static double[] resample(double[] t, double[] v, double startSec, int n) {
        double[] out = new double[n];
        EvenSampling.linear(t, v, 0, t.length, startSec, FS_HZ, out);
        return out;
    }
}
