package org.cardiosleep.io;

/**
 * Description of one signal (channel) of a recording.
 *
 * <p>Physical values follow the WFDB convention {@code physical = (digital - baseline) / gain};
 * EDF's physical/digital ranges map onto it exactly (see {@link #fromRanges}).
 *
 * @param label          channel label as written in the file, trimmed ("ECG", "MLII", ...)
 * @param transducer     transducer type or description ("" when unknown)
 * @param physicalUnit   physical dimension ("mV", "uV", "%", "bpm", ...)
 * @param samplingRateHz samples per second of this signal
 * @param sampleCount    number of samples of this signal in the whole recording
 * @param gain           digital units per physical unit
 * @param baseline       digital value that corresponds to physical zero
 * @param digitalMin     smallest valid digital value (samples at or beyond the limits may be saturated)
 * @param digitalMax     largest valid digital value
 */
public record SignalInfo(String label, String transducer, String physicalUnit, double samplingRateHz,
                         long sampleCount, double gain, double baseline, int digitalMin, int digitalMax) {

    public SignalInfo {
        if (!(samplingRateHz > 0) || Double.isInfinite(samplingRateHz)) {
            throw new IllegalArgumentException("sampling rate must be positive: " + samplingRateHz);
        }
        if (sampleCount < 0) {
            throw new IllegalArgumentException("negative sample count: " + sampleCount);
        }
        if (gain == 0 || Double.isNaN(gain) || Double.isInfinite(gain)) {
            throw new IllegalArgumentException("gain must be finite and non-zero: " + gain);
        }
    }

    /** Builds the description from EDF-style physical and digital ranges. */
    public static SignalInfo fromRanges(String label, String transducer, String physicalUnit, double samplingRateHz,
                                        long sampleCount, double physicalMin, double physicalMax,
                                        int digitalMin, int digitalMax) {
        double gain = (digitalMax - digitalMin) / (physicalMax - physicalMin);
        double baseline = digitalMin - physicalMin * gain;
        return new SignalInfo(label, transducer, physicalUnit, samplingRateHz, sampleCount, gain, baseline,
                digitalMin, digitalMax);
    }

    public double physicalMin() {
        return (digitalMin - baseline) / gain;
    }

    public double physicalMax() {
        return (digitalMax - baseline) / gain;
    }

    /** Duration of this signal in seconds. */
    public double durationSec() {
        return sampleCount / samplingRateHz;
    }

    /** Converts one digital value to physical units. */
    public double toPhysical(int digital) {
        return (digital - baseline) / gain;
    }
}
