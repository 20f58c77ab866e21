package org.cardiosleep.io.wfdb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cardiosleep.io.RecordingFormatException;

/**
 * Fuzzes the WFDB header text parser with arbitrary bytes: it may only return or throw
 * {@link RecordingFormatException}. A parsed header must be consistent, and what the header writer
 * makes of it must parse back to the same header.
 */
class WfdbHeaderFuzzTest {
    private static final Path FILE = Path.of("fuzz.hea");

    @FuzzTest(maxDuration = "60s")
    void header(byte[] data) {
        WfdbHeader h;
        try {
            h = WfdbHeader.parse(FILE, new String(data, StandardCharsets.ISO_8859_1));
        } catch (RecordingFormatException expected) {
            return; // the only allowed failure
        }
        if (h.isMultiSegment() ? h.segments().size() != h.segmentCount() : h.signals().size() != h.signalCount()) {
            throw new IllegalStateException("line count disagrees with the record line");
        }
        if (!(h.frameRateHz() > 0) || Double.isInfinite(h.frameRateHz())) {
            throw new IllegalStateException("accepted sampling frequency " + h.frameRateHz());
        }
        String text;
        try {
            text = WfdbHeaderWriter.format(h);
        } catch (IllegalArgumentException unwritable) {
            return; // names the writer refuses (e.g. '/' in a file name) are readable but not writable
        }
        WfdbHeader back;
        try {
            back = WfdbHeader.parse(FILE, text);
        } catch (RecordingFormatException e) {
            throw new IllegalStateException("written header does not parse: " + e.getMessage() + "\n" + text, e);
        }
        if (!normalised(back).equals(normalised(h))) {
            throw new IllegalStateException("header changed in a write/parse round trip:\n" + h + "\n" + back);
        }
    }

    /** What a round trip may change: absent checksums become 0, an absent length before a time becomes 0. */
    static WfdbHeader normalised(WfdbHeader h) {
        List<WfdbSignalSpec> sigs = h.signals().stream().map(s -> new WfdbSignalSpec(s.fileName(), s.format(),
                s.samplesPerFrame(), s.skew(), s.byteOffset(), s.adcGain(), s.baseline(), s.units(), s.adcResolution(),
                s.adcZero(), s.initialValue(), s.checksum() == null ? 0 : s.checksum(), s.blockSize(),
                s.description(), s.gainGiven())).toList();
        return new WfdbHeader(h.file(), h.recordName(), h.segmentCount(), h.signalCount(), h.frameRateHz(),
                h.counterFrequency(), h.counterFrequency() == 0 ? 0 : h.baseCounter(),
                h.samplesPerSignal() < 0 && h.baseTime().isPresent() ? 0 : h.samplesPerSignal(),
                h.baseTime().map(t -> t.withNano(t.getNano() / 1_000_000 * 1_000_000)), h.baseDate(), sigs,
                h.segments(), h.comments());
    }
}
