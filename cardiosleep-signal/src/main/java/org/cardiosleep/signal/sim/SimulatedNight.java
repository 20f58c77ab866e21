package org.cardiosleep.signal.sim;

import java.util.List;

/**
 * A simulated recording and its truth. The ECG is not stored: {@link #renderEcg(long, float[])}
 * renders any stretch of it, identically for any chunking.
 *
 * @param config        the parameters it was simulated with
 * @param hypnogram     stage per 30-s epoch, as {@link SimStage#ordinal()}
 * @param beatSamples   R-peak sample index of every beat, ascending (including beats inside the lead-off gap)
 * @param beatClasses   class of every beat as a WFDB/AAMI symbol: 'N' normal (also during AF),
 *                      'S' supraventricular premature, 'V' ventricular premature
 * @param afEpisode     the atrial-fibrillation episode, or null
 * @param apneas        apnea episodes, ascending
 * @param desaturations one per apnea, magnitude = depth in % SpO2 (some are shallower than 3 %)
 * @param pause         the sinus pause (magnitude = its length in s), or null
 * @param ventricularRun the run of six ventricular beats (magnitude = rate in bpm), or null
 * @param leadOff       the lead-off gap (flat ECG), or null
 * @param spo2          SpO2 in % at {@code config.spo2RateHz()}
 */
public record SimulatedNight(SimConfig config, byte[] hypnogram, int[] beatSamples, byte[] beatClasses,
                             SimEpisode afEpisode, List<SimEpisode> apneas, List<SimEpisode> desaturations,
                             SimEpisode pause, SimEpisode ventricularRun, SimEpisode leadOff, float[] spo2) {

    /** Number of ECG samples. */
    public long ecgSampleCount() {
        return (long) Math.floor(config.durationSec() * config.ecgRateHz());
    }

    /** Renders ECG samples {@code first .. first + out.length - 1} (mV) into {@code out}. */
    public void renderEcg(long first, float[] out) {
        new EcgRenderer(this).render(first, out);
    }

    /** The whole ECG (mV); for recordings short enough to hold in memory. */
    public float[] renderEcg() {
        long n = ecgSampleCount();
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("recording too long to render at once: " + n + " samples");
        }
        float[] out = new float[(int) n];
        renderEcg(0, out);
        return out;
    }

    /** The stage of epoch {@code i}. */
    public SimStage stage(int epoch) {
        return SimStage.values()[hypnogram[epoch]];
    }

    /** The headline numbers a correct analysis should reproduce. */
    public SimTruth truth() {
        return SimTruth.of(this);
    }
}
