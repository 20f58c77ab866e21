package org.cardiosleep.io.edf;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cardiosleep.io.RecordingFormatException;

/**
 * Fuzzes the EDF/BDF header parser with arbitrary bytes taken as the whole file: it may only return
 * or throw {@link RecordingFormatException}. A parsed header must describe a consistent file.
 */
class EdfHeaderFuzzTest {
    private static final Path FILE = Path.of("fuzz.edf");

    @FuzzTest(maxDuration = "60s")
    void header(byte[] data) {
        target(data);
    }

    /** The fuzz target, also replayed without Jazzer by {@link FuzzRegressionTest}. */
    static void target(byte[] data) {
        try {
            EdfHeader h = EdfHeader.parse(FILE, data, data.length);
            long expected = h.headerBytes() + h.recordCount() * h.recordBytes();
            if (expected != data.length) {
                throw new IllegalStateException("header accepted for " + expected + " bytes, file has " + data.length);
            }
        } catch (RecordingFormatException expected) {
            // the only allowed failure
        }
    }
}
