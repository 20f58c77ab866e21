package org.cardiosleep.io.edf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cardiosleep.io.RecordingFormatException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the whole reader (header, TAL scan of every record, memory-mapped reads) on files made of
 * arbitrary bytes: opening may only throw {@link RecordingFormatException}; once open, every
 * signal must read without error, identically through small and whole mappings.
 */
class EdfFileFuzzTest {
    private static Path dir;

    @BeforeAll
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("edf-fuzz");
    }

    @AfterAll
    static void removeDir() throws IOException {
        Files.deleteIfExists(dir.resolve("fuzz.edf"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "60s")
    void file(byte[] data) {
        target(dir, data);
    }

    /** The fuzz target, also replayed without Jazzer by {@link FuzzRegressionTest}. */
    static void target(Path dir, byte[] data) {
        Path p = dir.resolve("fuzz.edf");
        try {
            Files.write(p, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (EdfRecording r = EdfReader.open(p, 64); EdfRecording whole = EdfReader.open(p)) {
            r.annotations();
            r.segments();
            for (int c = 0; c < r.signals().size(); c++) {
                long n = r.signals().get(c).sampleCount();
                int count = (int) Math.min(n, 1 << 16);
                r.readPhysical(c, 0, count);
                // differential: 64-byte mapped chunks and one whole mapping must decode the same samples
                if (!java.util.Arrays.equals(r.readDigital(c, 0, count), whole.readDigital(c, 0, count))) {
                    throw new IllegalStateException("chunked and whole mappings disagree on channel " + c);
                }
                if (n > 0) {
                    r.readDigital(c, n - 1, 1);
                }
            }
        } catch (RecordingFormatException expected) {
            // the only allowed failure
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
