package org.cardiosleep.pheno.maternal;

/**
 * A maternal hypoxic event (an SpO2 desaturation) on the PSG clock.
 *
 * @param onsetSec     start of the fall from baseline, seconds from the PSG start
 * @param endSec       recovery, seconds from the PSG start
 * @param baselinePct  SpO2 baseline before the event (%)
 * @param nadirPct     lowest SpO2 in the event (%)
 * @param areaPctSec   area between baseline and SpO2 over the event (%·s)
 */
public record HypoxicEvent(double onsetSec, double endSec, double baselinePct, double nadirPct, double areaPctSec) {

    public double durationSec() {
        return endSec - onsetSec;
    }

    /** Depth of the desaturation, baseline minus nadir (%). */
    public double depthPct() {
        return baselinePct - nadirPct;
    }
}
