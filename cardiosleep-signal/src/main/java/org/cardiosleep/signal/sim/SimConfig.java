package org.cardiosleep.signal.sim;

/**
 * Parameters of a simulated recording. Use {@link #night(long)} or {@link #holter(int, long)} and
 * the {@code with...} methods rather than the canonical constructor.
 *
 * @param durationSec        length of the recording, seconds
 * @param ecgRateHz          ECG sampling rate, Hz
 * @param spo2RateHz         SpO2 sampling rate, Hz
 * @param seed               random seed: the same seed gives the same recording, sample for sample
 * @param targetAhi          apnea episodes per hour of sleep
 * @param pvcPerBeat         probability that a sinus beat is followed by a premature ventricular beat
 * @param pacPerBeat         probability that a sinus beat is followed by a premature atrial beat
 * @param afEpisodeSec       length of the one atrial-fibrillation episode, 0 for none
 * @param leadOffSec         length of the one lead-off gap (flat ECG), 0 for none
 * @param noiseMv            standard deviation of the white measurement noise, mV
 */
public record SimConfig(double durationSec, double ecgRateHz, double spo2RateHz, long seed, double targetAhi,
                        double pvcPerBeat, double pacPerBeat, double afEpisodeSec, double leadOffSec,
                        double noiseMv) {

    public SimConfig {
        if (!(durationSec >= 600)) {
            throw new IllegalArgumentException("simulated recordings last at least 600 s: " + durationSec);
        }
        if (!(ecgRateHz >= 100 && ecgRateHz <= 2000)) {
            throw new IllegalArgumentException("ECG rate must be within 100-2000 Hz: " + ecgRateHz);
        }
        if (!(spo2RateHz > 0 && spo2RateHz <= 100)) {
            throw new IllegalArgumentException("SpO2 rate must be within (0, 100] Hz: " + spo2RateHz);
        }
    }

    /** An 8-hour night at 256 Hz: AHI 15, about one PVC and one PAC per 300 beats, 40 min of AF, a 2-min lead-off. */
    public static SimConfig night(long seed) {
        return new SimConfig(8 * 3600, 256, 1, seed, 15, 0.003, 0.003, 40 * 60, 120, 0.015);
    }

    /** A multi-day Holter at 256 Hz (nights of 8 h separated by 16 h awake). */
    public static SimConfig holter(int days, long seed) {
        return night(seed).withDurationSec(days * 86400.0);
    }

    public SimConfig withDurationSec(double d) {
        return new SimConfig(d, ecgRateHz, spo2RateHz, seed, targetAhi, pvcPerBeat, pacPerBeat, afEpisodeSec,
                leadOffSec, noiseMv);
    }

    public SimConfig withEcgRateHz(double fs) {
        return new SimConfig(durationSec, fs, spo2RateHz, seed, targetAhi, pvcPerBeat, pacPerBeat, afEpisodeSec,
                leadOffSec, noiseMv);
    }

    public SimConfig withTargetAhi(double ahi) {
        return new SimConfig(durationSec, ecgRateHz, spo2RateHz, seed, ahi, pvcPerBeat, pacPerBeat, afEpisodeSec,
                leadOffSec, noiseMv);
    }
}
