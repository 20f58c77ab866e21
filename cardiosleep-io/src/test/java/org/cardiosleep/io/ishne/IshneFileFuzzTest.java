package org.cardiosleep.io.ishne;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Recordings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the ISHNE reader on a file made of the magic number followed by the input. Opening may only
 * throw {@link RecordingFormatException}; once open, every lead reads in full (at most 2^16 samples,
 * first and last sample always).
 */
class IshneFileFuzzTest {
    private static Path dir;

    @BeforeAll
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("ishne-fuzz");
    }

    @AfterAll
    static void removeDir() throws IOException {
        Files.deleteIfExists(dir.resolve("f.ecg"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "60s")
    void file(byte[] data) {
        target(dir, data);
    }

    static void target(Path dir, byte[] data) {
        Path f = dir.resolve("f.ecg");
        try {
            byte[] magic = IshneHeader.MAGIC.getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = new byte[magic.length + data.length];
            System.arraycopy(magic, 0, all, 0, magic.length);
            System.arraycopy(data, 0, all, magic.length, data.length);
            Files.write(f, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Recording r = Recordings.open(f)) {
            r.startTime();
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
