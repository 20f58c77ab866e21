package org.cardiosleep.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads that cross mapping windows, partial frames and packing groups give the same samples as one
 * whole read; a signal file beyond 2 GiB (sparse, so the test is cheap) reads at its end.
 */
class WfdbWindowedReadTest {
    @TempDir
    Path tmp;

    /** Sample records: small windows (4099 bytes, so packing groups straddle them), random ranges, readFrames and readDigital agree. */
    @Test
    void tinyWindowsAndRandomRangesAgree() throws Exception {
        Path dir = TestData.require("wfdb-samples");
        Random rnd = new Random(11);
        int records = 0;
        for (String name : new String[] {"100", "binformats", "test01_00s_skewframe", "03700181", "a103l",
            "310derive_2", "311derive_3", "3000003_0003", "s0010_re", "test_generator_2", "100skew", "p10143",
            "mixedsignals", "flacformats"}) {
            WfdbHeader h = WfdbHeader.read(dir.resolve(name + ".hea"));
            try (WfdbRecording whole = new WfdbRecording(h); WfdbRecording tiny = new WfdbRecording(h, 4099)) {
                int nsig = whole.signals().size();
                int[][] all = new int[nsig][];
                for (int c = 0; c < nsig; c++) {
                    all[c] = whole.readDigital(c, 0, (int) whole.signals().get(c).sampleCount());
                }
                int frames = (int) Math.min(whole.frames(), 20_000);
                int[][] byFrames = new int[nsig][];
                for (int c = 0; c < nsig; c++) {
                    byFrames[c] = new int[frames * whole.samplesPerFrame(c)];
                }
                tiny.readFrames(0, frames, byFrames);
                for (int c = 0; c < nsig; c++) {
                    for (int i = 0; i < byFrames[c].length; i++) {
                        assertEquals(all[c][i], byFrames[c][i], name + " signal " + c + " sample " + i);
                    }
                }
                for (int k = 0; k < 40; k++) {
                    int c = rnd.nextInt(nsig);
                    int n = all[c].length;
                    int start = rnd.nextInt(n);
                    int count = rnd.nextInt(Math.min(n - start, 30_000) + 1);
                    int[] part = (k % 2 == 0 ? tiny : whole).readDigital(c, start, count);
                    for (int i = 0; i < count; i++) {
                        assertEquals(all[c][start + i], part[i], name + " signal " + c + " from " + start);
                    }
                }
                // physical reads into an offset of a larger array: ranges longer than the decoder's
                // 65,536-sample pieces, so the pieces' seams fall inside partial frames and packing groups
                for (int k = 0; k < 10; k++) {
                    int c = rnd.nextInt(nsig);
                    int n = all[c].length;
                    int start = rnd.nextInt(n);
                    int count = rnd.nextInt(Math.min(n - start, 200_000) + 1);
                    double[] dst = new double[count + 10];
                    java.util.Arrays.fill(dst, -7.5);
                    (k % 2 == 0 ? tiny : whole).readPhysical(c, start, count, dst, 3);
                    WfdbSignalSpec spec = h.signals().get(c);
                    double[] expected = new double[count];
                    WfdbRecording.toPhysical(all[c], start, count, spec.adcGain(), spec.baseline(),
                            WfdbFormats.invalidValue(spec.format()), expected, 0);
                    assertArrayEquals(expected, java.util.Arrays.copyOfRange(dst, 3, 3 + count), name + " signal " + c
                            + " physical from " + start);
                    assertEquals(-7.5, dst[2]);
                    assertEquals(-7.5, dst[3 + count]);
                }
            }
            records++;
        }
        assertEquals(14, records);
    }

    /** A 2.25 GiB format-16 file, sparse except for a few samples around and beyond the 2 GiB mark. */
    @Test
    void signalFileOver2GiB() throws Exception {
        long frames = (9L << 28) / 4; // 2 signals x 2 bytes: 2.25 GiB
        Path dat = tmp.resolve("big.dat");
        try (FileChannel ch = FileChannel.open(dat, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            writeFrame(ch, 0, 11, -11);
            writeFrame(ch, (1L << 31) / 4 - 1, 1234, -1234); // last frame below 2 GiB
            writeFrame(ch, (1L << 31) / 4, 4321, -4321); // first frame above
            writeFrame(ch, frames - 1, 32767, -32768);
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("cannot create a sparse 2.25 GiB file here: " + e);
        }
        Assumptions.assumeTrue(Files.size(dat) == frames * 4, "sparse file not created");
        Files.writeString(tmp.resolve("big.hea"), "big 2 500 " + frames + "\nbig.dat 16 200 16 0 0 0 0 a\n"
                + "big.dat 16 200 16 0 0 0 0 b\n");
        try (WfdbRecord r = WfdbReader.open(tmp.resolve("big.hea"))) {
            assertEquals(frames, r.frames());
            long mark = (1L << 31) / 4;
            assertArrayEquals(new int[] {0, 1234, 4321, 0}, r.readDigital(0, mark - 2, 4));
            assertArrayEquals(new int[] {0, -1234, -4321, 0}, r.readDigital(1, mark - 2, 4));
            assertArrayEquals(new int[] {0, 32767}, r.readDigital(0, frames - 2, 2));
            assertArrayEquals(new int[] {-32768}, r.readDigital(1, frames - 1, 1));
            assertArrayEquals(new int[] {11}, r.readDigital(0, 0, 1));
        }
    }

    private static void writeFrame(FileChannel ch, long frame, int a, int b) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        bb.putShort((short) a).putShort((short) b).flip();
        ch.write(bb, frame * 4);
    }
}
