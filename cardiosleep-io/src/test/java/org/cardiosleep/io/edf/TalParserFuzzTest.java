package org.cardiosleep.io.edf;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cardiosleep.io.RecordingFormatException;

/**
 * Fuzzes the EDF+ TAL parser with arbitrary bytes: it may only return or throw
 * {@link RecordingFormatException}. Runs only in the {@code fuzz} Maven profile; the default build
 * replays {@code src/test/resources/org/cardiosleep/io/edf/TalParserFuzzTestInputs/tal/} through
 * {@link FuzzRegressionTest}.
 */
class TalParserFuzzTest {
    private static final Path FILE = Path.of("fuzz.edf");

    @FuzzTest(maxDuration = "60s")
    void tal(byte[] data) {
        target(data);
    }

    /** The fuzz target, also replayed without Jazzer by {@link FuzzRegressionTest}. */
    static void target(byte[] data) {
        try {
            TalParser.parse(FILE, 0, data, 0, data.length);
        } catch (RecordingFormatException expected) {
            // the only allowed failure
        }
    }
}
