package org.cardiosleep.io.edf;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cardiosleep.io.RecordingFormatException;

/**
 * Fuzzes the EDF+ TAL parser with arbitrary bytes: it may only return or throw
 * {@link RecordingFormatException}. Without {@code JAZZER_FUZZ} this replays the inputs in
 * {@code src/test/resources/org/cardiosleep/io/edf/TalParserFuzzTestInputs/tal/}.
 */
class TalParserFuzzTest {
    private static final Path FILE = Path.of("fuzz.edf");

    @FuzzTest(maxDuration = "60s")
    void tal(byte[] data) {
        try {
            TalParser.parse(FILE, 0, data, 0, data.length);
        } catch (RecordingFormatException expected) {
            // the only allowed failure
        }
    }
}
