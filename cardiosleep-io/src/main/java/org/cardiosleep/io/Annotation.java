package org.cardiosleep.io;

/**
 * A timed event of a recording: an EDF+ TAL entry, an NSRR scored event or sleep stage, a WFDB
 * annotation converted to seconds.
 *
 * @param onsetSec    seconds from the recording start
 * @param durationSec duration in seconds, 0 for an instant
 * @param text        the annotation text or label (for WFDB: the mnemonic, or the aux string for
 *                    rhythm and stage annotations)
 * @param channel     the channel index the event refers to, or -1 for the whole recording
 */
public record Annotation(double onsetSec, double durationSec, String text, int channel) {

    public Annotation(double onsetSec, double durationSec, String text) {
        this(onsetSec, durationSec, text, -1);
    }

    public double endSec() {
        return onsetSec + durationSec;
    }
}
