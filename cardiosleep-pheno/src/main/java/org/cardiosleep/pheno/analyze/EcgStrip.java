package org.cardiosleep.pheno.analyze;

/**
 * A few seconds of ECG around a notable event, for the report.
 *
 * @param title       what it shows, e.g. "Longest RR interval: 3.41 s"
 * @param startSec    time of the first sample, s from recording start
 * @param rateHz      sampling rate
 * @param mv          samples in mV, baseline (1-s centred moving average) removed for display
 * @param beatOffsets sample offsets of detected beats within the strip
 * @param beatSymbols their class symbols (N, S, V, Q)
 * @param markStartSec start of the highlighted interval (s from recording start), NaN for none
 * @param markEndSec   end of the highlighted interval
 */
public record EcgStrip(String title, double startSec, double rateHz, float[] mv, int[] beatOffsets,
                       byte[] beatSymbols, double markStartSec, double markEndSec) {
}
