package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cardiosleep.io.RecordingFormatException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the whole record reader on a header and two signal files {@code f.dat}, {@code g.dat} cut
 * from the input: two bytes of header length, the header, two bytes of {@code f.dat} length,
 * {@code f.dat}, then {@code g.dat}. Opening may only throw
 * {@link RecordingFormatException}; once open, every signal reads in full, by samples and by frames.
 */
class WfdbRecordFuzzTest {
    private static Path dir;

    @BeforeAll
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("wfdb-fuzz");
    }

    @AfterAll
    static void removeDir() throws IOException {
        for (String f : new String[] {"r.hea", "f.dat", "g.dat"}) {
            Files.deleteIfExists(dir.resolve(f));
        }
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "60s")
    void record(byte[] data) {
        try {
            int p = 0;
            int h = data.length >= 2 ? Math.min(((data[0] & 0xff) << 8) | (data[1] & 0xff), data.length - 2) : 0;
            p = Math.min(2, data.length);
            Files.write(dir.resolve("r.hea"), java.util.Arrays.copyOfRange(data, p, p + h));
            p += h;
            int f = data.length - p >= 2 ? Math.min(((data[p] & 0xff) << 8) | (data[p + 1] & 0xff), data.length - p - 2) : 0;
            p = Math.min(p + 2, data.length);
            Files.write(dir.resolve("f.dat"), java.util.Arrays.copyOfRange(data, p, p + f));
            Files.write(dir.resolve("g.dat"), java.util.Arrays.copyOfRange(data, p + f, data.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (WfdbRecord r = WfdbReader.open(dir.resolve("r.hea"))) {
            r.segments();
            int frames = (int) Math.min(r.frames(), 1 << 14);
            int[][] out = new int[r.signals().size()][];
            for (int c = 0; c < out.length; c++) {
                long n = r.signals().get(c).sampleCount();
                int[] d = r.readDigital(c, 0, (int) Math.min(n, 1 << 14));
                if (n > 0) {
                    r.readDigital(c, n - 1, 1);
                }
                r.readPhysical(c, 0, Math.min(d.length, 16));
                out[c] = new int[frames * r.samplesPerFrame(c)];
            }
            r.readFrames(0, frames, out);
        } catch (RecordingFormatException expected) {
            // the only allowed failure
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
