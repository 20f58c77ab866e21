package org.cardiosleep.pheno.analyze;

/**
 * One event of the night, as listed in {@code events.csv}.
 *
 * @param type        event type, a stable snake_case name (see {@link EventTypes})
 * @param onsetSec    seconds from the recording start
 * @param durationSec duration in seconds (0 for an instant)
 * @param value       a type-specific size: desaturation depth %, pause length s, run rate bpm; NaN when none
 * @param detail      free text for people (e.g. "nadir 88.0 %")
 */
public record NightEvent(String type, double onsetSec, double durationSec, double value, String detail) {

    public double endSec() {
        return onsetSec + durationSec;
    }
}
