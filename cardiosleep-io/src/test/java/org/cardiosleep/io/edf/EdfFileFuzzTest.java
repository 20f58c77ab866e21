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
 * signal must read in full without error.
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
        Path p = dir.resolve("fuzz.edf");
        try {
            Files.write(p, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (EdfRecording r = EdfReader.open(p, 64)) {
            r.annotations();
            r.segments();
            for (int c = 0; c < r.signals().size(); c++) {
                long n = r.signals().get(c).sampleCount();
                r.readPhysical(c, 0, (int) Math.min(n, 1 << 16));
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
