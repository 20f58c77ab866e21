package org.cardiosleep.signal.sim;

/**
 * Beat morphologies as sums of Gaussians, after McSharry et al., IEEE TBME 2003 ("A dynamical
 * model for generating synthetic electrocardiogram signals"): each wave (P, Q, R, S, T) is a
 * Gaussian bump at a fixed phase of the beat. Integrating McSharry's ODE over one beat gives
 * exactly such a sum, so rather than integrating at every sample we precompute each wave once as a
 * sampled template and place it at every beat; the P and T offsets scale with sqrt(RR), as the
 * rate-dependent phases of the model do. Amplitudes are in mV.
 */
final class BeatTemplates {
    final double fs;
    /** QRS complexes centred on their R peak, index {@link #qrsHalf} is the fiducial point. */
    final float[] qrsNormal;
    final float[] qrsVentricular;
    final int qrsHalf;
    final float[] pWave;
    final float[] pWaveEctopic;
    final float[] tWave;
    final float[] tWaveVentricular;
    final int waveHalf;

    BeatTemplates(double fs) {
        this.fs = fs;
        qrsHalf = (int) Math.ceil(0.12 * fs);
        qrsNormal = sum(qrsHalf, new double[][] {{-0.024, -0.10, 0.009}, {0, 1.20, 0.010}, {0.026, -0.28, 0.010}});
        qrsVentricular = sum(qrsHalf, new double[][] {{-0.02, 0.25, 0.02}, {0.01, 1.45, 0.028}, {0.065, -0.55, 0.03}});
        waveHalf = (int) Math.ceil(0.25 * fs);
        pWave = sum(waveHalf, new double[][] {{0, 0.14, 0.022}});
        pWaveEctopic = sum(waveHalf, new double[][] {{0, -0.09, 0.018}});
        tWave = sum(waveHalf, new double[][] {{-0.01, 0.30, 0.055}, {0.03, 0.05, 0.04}});
        tWaveVentricular = sum(waveHalf, new double[][] {{0, -0.42, 0.07}});
    }

    /** Samples -half..half of a sum of Gaussians {offset s, amplitude mV, width s}. */
    private float[] sum(int half, double[][] waves) {
        float[] t = new float[2 * half + 1];
        for (int i = 0; i < t.length; i++) {
            double sec = (i - half) / fs;
            double v = 0;
            for (double[] w : waves) {
                double d = (sec - w[0]) / w[2];
                v += w[1] * Math.exp(-0.5 * d * d);
            }
            t[i] = (float) v;
        }
        return t;
    }

    /** Seconds from the R peak to the P-wave centre for a beat after an RR interval of {@code rrSec}. */
    static double pOffsetSec(double rrSec) {
        return -0.165 * Math.sqrt(Math.min(rrSec, 1.5));
    }

    /** Seconds from the R peak to the T-wave centre (Bazett-like QT adaptation). */
    static double tOffsetSec(double rrSec) {
        return 0.30 * Math.sqrt(Math.min(rrSec, 1.5));
    }

    /** The widest reach of a beat before and after its R peak, in samples. */
    int reachBefore() {
        return (int) Math.ceil(-pOffsetSec(1.5) * fs) + waveHalf + 1;
    }

    int reachAfter() {
        return (int) Math.ceil(tOffsetSec(1.5) * fs) + waveHalf + 1;
    }
}
