package org.cardiosleep.io.text;

/**
 * Beat times and beat types of a recording (the content of an RR-interval listing).
 *
 * @param timeSec beat times in seconds from the record start, increasing
 * @param type    the beat annotation mnemonic's first character for each beat ({@code N}, {@code V},
 *                {@code S}, ...)
 */
public record BeatTimes(double[] timeSec, char[] type) {
    public BeatTimes {
        if (timeSec.length != type.length) {
            throw new IllegalArgumentException("times and types differ in length");
        }
    }

    public int size() {
        return timeSec.length;
    }
}
