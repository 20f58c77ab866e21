package org.cardiosleep.signal.rhythm;

/**
 * One rhythm event or episode.
 *
 * @param type      stable event name (see {@link RhythmEvents} and docs/holter-variables.md)
 * @param firstBeat index of the first beat of the event
 * @param lastBeat  index of the last beat of the event (inclusive)
 * @param onsetSec  onset (s from the start of the recording)
 * @param offsetSec offset (s)
 * @param rateBpm   mean heart rate over the event (bpm), NaN where not meaningful
 * @param beats     number of beats in the event
 */
public record RhythmEvent(String type, int firstBeat, int lastBeat, double onsetSec, double offsetSec,
                          double rateBpm, int beats) {

    public double durationSec() {
        return offsetSec - onsetSec;
    }
}
