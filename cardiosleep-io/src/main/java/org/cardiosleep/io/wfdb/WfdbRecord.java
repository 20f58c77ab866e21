package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;


import org.cardiosleep.io.Recording;

/**
 * An open WFDB record, single- or multi-segment. Beyond {@link Recording} it exposes the header
 * and a frame-wise read that fills several signals in one pass over the signal files.
 *
 * <p>Samples that do not exist (beyond the end of a skewed signal, in a gap of a multi-segment
 * record, or of a signal absent from a segment) read as {@link #INVALID_SAMPLE}, the WFDB
 * library's {@code WFDB_INVALID_SAMPLE}. Stored samples are returned as stored, including a
 * format's own invalid marker (its most negative value, e.g. -2048 in format 212). Physical reads
 * give {@code NaN} for both.
 */
public interface WfdbRecord extends Recording {
    /** WFDB's value of a sample that does not exist. */
    int INVALID_SAMPLE = -32768;

    /** The record's header (for multi-segment records: the master header). */
    WfdbHeader header();

    /** The header file. */
    @Override
    default Path source() {
        return header().file();
    }

    @Override
    default String format() {
        return "WFDB";
    }

    /** The header's base date and time, when it gives both. */
    @Override
    default Optional<LocalDateTime> startTime() {
        WfdbHeader h = header();
        if (h.baseDate().isPresent() && h.baseTime().isPresent()) {
            return Optional.of(LocalDateTime.of(h.baseDate().get(), h.baseTime().get()));
        }
        return Optional.empty();
    }

    /** The header's comment lines ("info strings": age, sex, medications, ... in PhysioNet records). */
    @Override
    default java.util.Map<String, String> details() {
        List<String> c = header().comments();
        return c.isEmpty() ? java.util.Map.of() : java.util.Map.of("comments", String.join(" | ", c));
    }

    /** Frames in the record; signal {@code c} has {@code frames() * samplesPerFrame(c)} samples. */
    long frames();

    /** Samples of signal {@code channel} per frame. */
    int samplesPerFrame(int channel);

    /**
     * Reads frames {@code startFrame .. startFrame + frameCount - 1} of every signal {@code c}
     * whose {@code out[c]} is not null, into {@code out[c][0 .. frameCount * samplesPerFrame(c) - 1]}.
     * Signals stored in one file are decoded together, once.
     *
     * @throws IndexOutOfBoundsException when the frames are outside the record or an array is too short
     */
    void readFrames(long startFrame, int frameCount, int[][] out) throws IOException;
}
