package org.cardiosleep.pheno.analyze;

import java.util.List;
import java.util.Map;

import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.pheno.oximetry.OximetryResult;

/**
 * Everything the analysis of one night produced; the writers and the report read only this.
 *
 * @param recording  what was analysed
 * @param beats      detected beats, or null when no beat detector is available
 * @param epochs     the 30-s epoch table
 * @param events     events of the night in time order
 * @param variables  every catalog variable ({@link VariableCatalog}), NaN when not available
 * @param parts      per part of the pipeline ("beats", "holter", "sleep", "apnea", "oximetry", ...)
 *                   either "available" or "not available: reason"
 * @param oximetry   the oximetry, or null when the recording has no SpO2 channel
 * @param strips     ECG strips of notable events
 * @param signalLoss the seconds whose ECG was lost (flat, saturated, clipped); {@link SignalLoss#NONE} when unknown
 */
public record NightAnalysis(RecordingSummary recording, BeatTable beats, EpochTable epochs, List<NightEvent> events,
                            Map<String, Double> variables, Map<String, String> parts, OximetryResult oximetry,
                            List<EcgStrip> strips, SignalLoss signalLoss) {

    public NightAnalysis {
        signalLoss = signalLoss == null ? SignalLoss.NONE : signalLoss;
    }

    /** The same without signal-loss information. */
    public NightAnalysis(RecordingSummary recording, BeatTable beats, EpochTable epochs, List<NightEvent> events,
                         Map<String, Double> variables, Map<String, String> parts, OximetryResult oximetry,
                         List<EcgStrip> strips) {
        this(recording, beats, epochs, events, variables, parts, oximetry, strips, SignalLoss.NONE);
    }

    public static final String AVAILABLE = "available";

    /** The value of a catalog variable, NaN when not available. */
    public double value(String name) {
        VariableCatalog.get(name);
        Double v = variables.get(name);
        return v == null ? Double.NaN : v;
    }

    /** True when the named part ran. */
    public boolean has(String part) {
        return AVAILABLE.equals(parts.get(part));
    }
}
