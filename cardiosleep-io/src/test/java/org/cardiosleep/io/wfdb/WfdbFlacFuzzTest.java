package org.cardiosleep.io.wfdb;

import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cardiosleep.io.RecordingFormatException;

/**
 * Fuzzes the FLAC decoder of formats 508/516/524 with arbitrary bytes: it may only return or throw
 * {@link RecordingFormatException}, and what it returns has the channels and length STREAMINFO states.
 */
class WfdbFlacFuzzTest {
    private static final Path FILE = Path.of("fuzz.dat");

    @FuzzTest(maxDuration = "60s")
    void flac(byte[] data) {
        try {
            WfdbFlac.Info info = WfdbFlac.info(FILE, data);
            int[][] d = WfdbFlac.decode(FILE, data, 1 << 20);
            if (d.length != info.channels() || d[0].length != info.samplesPerChannel()) {
                throw new IllegalStateException("decoded " + d.length + " x " + d[0].length + ", STREAMINFO says "
                        + info);
            }
        } catch (RecordingFormatException expected) {
            // the only allowed failure
        }
    }
}
