package org.cardiosleep.io.nsrr;

import org.cardiosleep.io.Annotation;

/**
 * One scored event of an NSRR annotation file.
 *
 * @param type            the EventType, e.g. "Stages|Stages", "Respiratory|Respiratory" ("" when absent)
 * @param concept         the EventConcept, e.g. "Stage 2 sleep|2", "Obstructive apnea|Obstructive Apnea"
 * @param startSec        seconds from the recording start
 * @param durationSec     seconds (0 when absent)
 * @param signalLocation  the channel label it was scored on, e.g. "SaO2" ("" when absent)
 * @param spo2NadirPct    lowest SpO2 during a desaturation, NaN when absent
 * @param spo2BaselinePct SpO2 before a desaturation, NaN when absent
 */
public record NsrrEvent(String type, String concept, double startSec, double durationSec, String signalLocation,
                        double spo2NadirPct, double spo2BaselinePct) {

    /** The readable part of the concept, before '|' ("Stage 2 sleep", "Obstructive apnea"). */
    public String name() {
        int bar = concept.indexOf('|');
        return (bar < 0 ? concept : concept.substring(0, bar)).trim();
    }

    /** The code part of the concept, after '|' ("2", "Obstructive Apnea"); the name when there is no '|'. */
    public String code() {
        int bar = concept.indexOf('|');
        return (bar < 0 ? concept : concept.substring(bar + 1)).trim();
    }

    /** True for a sleep-stage event (EventType "Stages"). */
    public boolean isStage() {
        return type.startsWith("Stages");
    }

    /** As a recording annotation: the concept's name as text, whole-recording channel. */
    public Annotation toAnnotation() {
        return new Annotation(startSec, durationSec, name());
    }
}
