package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cardiosleep.io.RecordingFormatException;

/**
 * A parsed WFDB header ({@code .hea}) file: the record line, the signal lines (single-segment
 * records) or the segment lines (multi-segment records), and the comment lines.
 *
 * <p>Follows the header format of the WFDB library ({@code header(5)}): record line
 * {@code name[/segments] nsig [fs[/counterfreq[(basecounter)]] [nsamp [basetime [basedate]]]]}.
 *
 * @param file             the header file
 * @param recordName       record name from the record line
 * @param segmentCount     number of segments (0 for a single-segment record)
 * @param signalCount      number of signals
 * @param frameRateHz      frames per second (the header's sampling frequency), 250 when absent
 * @param counterFrequency counter frequency (0 when absent)
 * @param baseCounter      base counter value
 * @param samplesPerSignal frames in the record (-1 when absent: computed from the file size)
 * @param baseTime         base time, when given
 * @param baseDate         base date, when given
 * @param signals          signal specifications (single-segment records)
 * @param segments         segment lines (multi-segment records)
 * @param comments         comment lines without the leading '#'
 */
public record WfdbHeader(Path file, String recordName, int segmentCount, int signalCount, double frameRateHz,
                         double counterFrequency, double baseCounter, long samplesPerSignal,
                         Optional<LocalTime> baseTime, Optional<LocalDate> baseDate,
                         List<WfdbSignalSpec> signals, List<SegmentSpec> segments, List<String> comments) {

    /** Signals in one file stop at this many, to refuse absurd headers before allocating. */
    static final int MAX_SIGNALS = 65_536;
    /** A header larger than this is not a header. */
    static final long MAX_HEADER_BYTES = 16L << 20;

    /** A segment line of a multi-segment header: a record name ("~" for a gap) and its length in frames. */
    public record SegmentSpec(String recordName, long frames) {
        public boolean isGap() {
            return "~".equals(recordName);
        }
    }

    public boolean isMultiSegment() {
        return segmentCount > 0;
    }

    /**
     * Whether the signal files the header names are beside it: every signal file of a single-segment
     * record, every segment header of a multi-segment one. False for a header that names no signals
     * (such as the two MIT-BIH AF database records distributed with annotations only) or names a file
     * that is missing.
     */
    public boolean signalFilesPresent() {
        Path dir = file.toAbsolutePath().getParent();
        if (isMultiSegment()) {
            for (SegmentSpec s : segments) {
                if (!s.isGap() && !Files.isRegularFile(dir.resolve(s.recordName() + ".hea"))) {
                    return false;
                }
            }
            return !segments.isEmpty();
        }
        for (WfdbSignalSpec s : signals) {
            if (!Files.isRegularFile(dir.resolve(s.fileName()))) {
                return false;
            }
        }
        return !signals.isEmpty();
    }

    /** Reads and parses a header file. */
    public static WfdbHeader read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RecordingFormatException(file, "WFDB header not found");
        }
        long size = Files.size(file);
        if (size > MAX_HEADER_BYTES) {
            throw new RecordingFormatException(file, "WFDB header is implausibly large (" + size + " bytes)");
        }
        byte[] bytes = Files.readAllBytes(file);
        return parse(file, new String(bytes, StandardCharsets.ISO_8859_1));
    }

    /** Parses header text (ISO-8859-1 decoded). {@code file} is used for messages and relative paths. */
    public static WfdbHeader parse(Path file, String text) throws RecordingFormatException {
        return new WfdbHeaderParser(file).parse(text);
    }
}
