package org.cardiosleep.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

import org.cardiosleep.io.RecordingFormatException;
import org.junit.jupiter.api.Test;

/**
 * The FLAC decoder on a simulated stream built bit by bit for this test: two 16-bit channels, one
 * frame of independent VERBATIM and FIXED (order 2) subframes, one mid/side frame of LPC (order 1)
 * and VERBATIM subframes with Rice-coded residuals. (The real FLAC records of the WFDB samples are
 * checked through their header checksums in {@link WfdbAllSamplesTest}.)
 */
class WfdbFlacTest {
    private static final int[] A = {-100, -63, -26, 11, 48, 85, -78, -41, -4, 33, 70, -93, -56, -19, 18, 55, 92, -71,
        -34, 3, 40, 77, -86, -49, -12, 25, 62, 99, -64, -27, 10, 47};
    private static final int[] B = {-150, -149, -146, -141, -134, -125, -114, -101, -86, -69, -50, -29, -6, 19, 46, 75,
        106, 139, -126, -89, -50, -9, 34, 79, 126, -125, -74, -21, 34, 91, -150, -89};

    private static byte[] stream() throws Exception {
        try (InputStream in = WfdbFlacTest.class.getResourceAsStream("WfdbFlacFuzzTestInputs/flac/simulated_2ch_16bit")) {
            return in.readAllBytes();
        }
    }

    @Test
    void decodesEverySubframeKind() throws Exception {
        byte[] b = stream();
        WfdbFlac.Info info = WfdbFlac.info(Path.of("sim.flac"), b);
        assertEquals(new WfdbFlac.Info(2, 16, 32), info);
        int[][] d = WfdbFlac.decode(Path.of("sim.flac"), b, 1000);
        assertArrayEquals(A, d[0]);
        assertArrayEquals(B, d[1]);
    }

    @Test
    void truncatedAndOversizedStreamsFailClearly() throws Exception {
        byte[] b = stream();
        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> WfdbFlac.decode(Path.of("sim.flac"), Arrays.copyOf(b, b.length - 20), 1000));
        assertEquals("sim.flac: FLAC stream ends early", e.getMessage());
        assertThrows(RecordingFormatException.class, () -> WfdbFlac.decode(Path.of("sim.flac"), b, 10));
    }
}
