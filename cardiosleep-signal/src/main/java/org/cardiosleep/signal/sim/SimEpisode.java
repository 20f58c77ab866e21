package org.cardiosleep.signal.sim;

/**
 * A stretch of simulated time with a known cause (an AF episode, an apnea, a lead-off gap, a
 * desaturation, a pause, a ventricular run).
 *
 * @param startSec  onset in seconds from the start of the recording
 * @param endSec    end in seconds from the start of the recording
 * @param magnitude a kind-specific size: desaturation depth in % SpO2, pause length in s,
 *                  ventricular-run rate in bpm, 0 when not meaningful
 */
public record SimEpisode(double startSec, double endSec, double magnitude) {

    public double durationSec() {
        return endSec - startSec;
    }

    public boolean contains(double tSec) {
        return tSec >= startSec && tSec < endSec;
    }
}
