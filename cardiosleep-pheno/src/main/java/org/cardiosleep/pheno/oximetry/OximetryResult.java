package org.cardiosleep.pheno.oximetry;

import java.util.List;

import org.cardiosleep.signal.spo2.DesaturationEvent;
import org.cardiosleep.signal.spo2.HypoxicBurden;
import org.cardiosleep.signal.spo2.Spo2Summary;

/**
 * Oximetry of one night.
 *
 * @param rateHz            SpO2 sampling rate
 * @param spo2              the SpO2 signal, %
 * @param desat3            desaturations ≥ 3 % (all, whether in sleep or not)
 * @param desat4            desaturations ≥ 4 %
 * @param summary           SpO2 statistics over the selection (sleep when staged, else all valid)
 * @param recordingSummary  SpO2 statistics over every valid sample, staged or not
 * @param desat3Counted     desaturations ≥ 3 % whose nadir lies in the selection
 * @param desat4Counted     desaturations ≥ 4 % whose nadir lies in the selection
 * @param denominatorHours  hours the indices are per (sleep time when staged, else valid SpO2 time)
 * @param sleepDenominator  true when the denominator is total sleep time
 * @param hypoxicBurden     hypoxic burden result
 * @param burdenAnchor      what the hypoxic burden's events were: "respiratory events" or "3 % desaturations"
 */
public record OximetryResult(double rateHz, float[] spo2, List<DesaturationEvent> desat3,
                             List<DesaturationEvent> desat4, Spo2Summary summary, Spo2Summary recordingSummary,
                             int desat3Counted,
                             int desat4Counted, double denominatorHours, boolean sleepDenominator,
                             HypoxicBurden.Result hypoxicBurden, String burdenAnchor) {

    public double odi3PerHour() {
        return denominatorHours > 0 ? desat3Counted / denominatorHours : Double.NaN;
    }

    public double odi4PerHour() {
        return denominatorHours > 0 ? desat4Counted / denominatorHours : Double.NaN;
    }
}
