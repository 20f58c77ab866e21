package org.cardiosleep.signal.fft;

/**
 * The forward discrete Fourier transform {@code X[k] = Σ x[j]·e^(−2πi·jk/n)} of a real sequence whose
 * length {@code n} is a power of two, in place, packed as {@code a[0] = Re X[0]}, {@code a[1] = Re X[n/2]}
 * and {@code a[2k] = Re X[k]}, {@code a[2k+1] = Im X[k]} for {@code 0 < k < n/2} (the other half of
 * the spectrum is the conjugate mirror). The even and odd samples are taken as the real and imaginary
 * parts of a complex sequence of length n/2, transformed by an iterative radix-2 FFT, and the two
 * interleaved spectra separated (e.g. Press et al., Numerical Recipes, §12.3). Twiddle factors are
 * computed once per length with {@link Math#cos} and {@link Math#sin}.
 *
 * <p>Written for the spectra of the HRV, respiration and coupling estimates: a night's analysis takes
 * a few thousand transforms of 256 to 2048 points, where setting up a general FFT library cost more
 * than the transforms.
 */
public final class RealFft {
    private final int n;
    private final int half;
    /** Bit-reversed index of each of the half-length complex samples. */
    private final int[] reversed;
    /**
     * e^(−2πi·j/size) for the butterfly stages of size ≥ 8, each stage's in a run of its own (the stage
     * of span s = size/2 from index s − 4), so a stage reads them in order; sizes 2 and 4 need none.
     */
    private final double[] twr;
    private final double[] twi;
    /** e^(−2πi·k/n) for k ≤ half/2: the twiddles that separate the two spectra. */
    private final double[] cosN;
    private final double[] sinN;

    /** A transform of {@code n} points; {@code n} a power of two, at least 2. */
    public RealFft(int n) {
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("FFT length must be a power of two, at least 2: " + n);
        }
        this.n = n;
        this.half = n / 2;
        this.reversed = new int[half];
        int bits = Integer.numberOfTrailingZeros(half);
        for (int i = 0; i < half; i++) {
            reversed[i] = bits == 0 ? 0 : Integer.reverse(i) >>> (32 - bits);
        }
        this.twr = new double[Math.max(1, half - 4)];
        this.twi = new double[twr.length];
        for (int size = 8; size <= half; size <<= 1) {
            int span = size >> 1;
            for (int j = 0; j < span; j++) {
                double angle = 2 * Math.PI * j / size;
                twr[span - 4 + j] = Math.cos(angle);
                twi[span - 4 + j] = Math.sin(angle);
            }
        }
        this.cosN = new double[half / 2 + 1];
        this.sinN = new double[cosN.length];
        for (int k = 0; k < cosN.length; k++) {
            double angle = 2 * Math.PI * k / n;
            cosN[k] = Math.cos(angle);
            sinN[k] = Math.sin(angle);
        }
    }

    /** The transform's length. */
    public int length() {
        return n;
    }

    /** Replaces {@code a[0..n)} by its spectrum in the packed layout described above. */
    public void forward(double[] a) {
        if (a.length < n) {
            throw new IllegalArgumentException("array of " + a.length + " values for an FFT of " + n);
        }
        complexForward(a);
        // separate X[k] = Fe + W^k·Fo and X[half−k] = conj(Fe − W^k·Fo), where Fe and Fo are the
        // spectra of the even and of the odd samples: Fe = (Z[k] + conj Z[half−k]) / 2,
        // Fo = (Z[k] − conj Z[half−k]) / 2i
        double z0r = a[0], z0i = a[1];
        a[0] = z0r + z0i;
        a[1] = z0r - z0i;
        for (int k = 1; k <= half / 2; k++) {
            int m = half - k;
            double kr = a[2 * k], ki = a[2 * k + 1], mr = a[2 * m], mi = a[2 * m + 1];
            double er = 0.5 * (kr + mr), ei = 0.5 * (ki - mi);
            double or = 0.5 * (ki + mi), oi = -0.5 * (kr - mr);
            double c = cosN[k], s = sinN[k];
            // W^k = c − i·s
            double tr = c * or + s * oi, ti = c * oi - s * or;
            a[2 * k] = er + tr;
            a[2 * k + 1] = ei + ti;
            if (m != k) {
                a[2 * m] = er - tr;
                a[2 * m + 1] = -(ei - ti);
            }
        }
    }

    /**
     * In-place radix-2 transform (sign −) of the {@code half} complex values interleaved in {@code a}:
     * bit-reversal, then butterflies of size 2 and 4 (twiddles 1 and −i, no multiplications) and of
     * the larger sizes.
     */
    private void complexForward(double[] a) {
        for (int i = 0; i < half; i++) {
            int j = reversed[i];
            if (j > i) {
                double r = a[2 * i], im = a[2 * i + 1];
                a[2 * i] = a[2 * j];
                a[2 * i + 1] = a[2 * j + 1];
                a[2 * j] = r;
                a[2 * j + 1] = im;
            }
        }
        int m = 2 * half;
        if (half >= 2) {
            // size 2: twiddle 1
            for (int p = 0; p < m; p += 4) {
                double ur = a[p], ui = a[p + 1], vr = a[p + 2], vi = a[p + 3];
                a[p] = ur + vr;
                a[p + 1] = ui + vi;
                a[p + 2] = ur - vr;
                a[p + 3] = ui - vi;
            }
        }
        if (half >= 4) {
            // size 4: twiddles 1 and −i
            for (int p = 0; p < m; p += 8) {
                double ur = a[p], ui = a[p + 1], vr = a[p + 4], vi = a[p + 5];
                a[p] = ur + vr;
                a[p + 1] = ui + vi;
                a[p + 4] = ur - vr;
                a[p + 5] = ui - vi;
                ur = a[p + 2];
                ui = a[p + 3];
                vr = a[p + 7];
                vi = -a[p + 6];
                a[p + 2] = ur + vr;
                a[p + 3] = ui + vi;
                a[p + 6] = ur - vr;
                a[p + 7] = ui - vi;
            }
        }
        for (int size = 8; size <= half; size <<= 1) {
            int span = size >> 1, t0 = span - 4;
            for (int start = 0; start < half; start += size) {
                int p = 2 * start, q = 2 * (start + span);
                for (int j = 0; j < span; j++, p += 2, q += 2) {
                    // v = a[q]·(c − i·s)
                    double c = twr[t0 + j], s = twi[t0 + j];
                    double xr = a[q], xi = a[q + 1];
                    double vr = xr * c + xi * s, vi = xi * c - xr * s;
                    double ur = a[p], ui = a[p + 1];
                    a[p] = ur + vr;
                    a[p + 1] = ui + vi;
                    a[q] = ur - vr;
                    a[q + 1] = ui - vi;
                }
            }
        }
    }
}
