package org.cardiosleep.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Segment;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * Multi-segment records of the WFDB samples: every signal of every segment, read through the
 * multi-segment record, has the checksum its segment header states; gaps read as invalid samples.
 */
class WfdbMultiSegmentTest {

    /** Checks every segment against its own header; returns the number of signals verified. */
    static int assertSegmentChecksums(Path master) throws Exception {
        WfdbHeader h = WfdbHeader.read(master);
        int verified = 0;
        try (WfdbRecord r = WfdbReader.open(master)) {
            List<WfdbHeader.SegmentSpec> segs = h.segments();
            long start = 0;
            boolean variable = segs.get(0).frames() == 0 && !segs.get(0).isGap();
            for (int i = variable ? 1 : 0; i < segs.size(); i++) {
                WfdbHeader.SegmentSpec s = segs.get(i);
                int n = (int) s.frames();
                int[][] out = new int[r.signals().size()][];
                for (int c = 0; c < out.length; c++) {
                    out[c] = new int[n * r.samplesPerFrame(c)];
                }
                r.readFrames(start, n, out);
                if (s.isGap()) {
                    for (int[] o : out) {
                        for (int v : o) {
                            assertEquals(WfdbRecord.INVALID_SAMPLE, v, master + " gap " + i);
                        }
                    }
                } else if (n > 0) {
                    WfdbHeader sh = WfdbHeader.read(master.resolveSibling(s.recordName() + ".hea"));
                    boolean[] seen = new boolean[sh.signals().size()];
                    for (int c = 0; c < out.length; c++) {
                        int k = indexIn(sh, r.signals().get(c).label(), seen, variable ? -1 : c);
                        if (k < 0) {
                            for (int v : out[c]) {
                                assertEquals(WfdbRecord.INVALID_SAMPLE, v, master + " absent signal " + c);
                            }
                            continue;
                        }
                        Integer expected = sh.signals().get(k).checksum();
                        if (expected != null && sh.samplesPerSignal() == n) {
                            assertEquals((short) (int) expected, WfdbChecksumTest.checksum(out[c]),
                                    master + " segment " + s.recordName() + " signal " + c);
                            verified++;
                        }
                        // readDigital across the whole segment agrees with readFrames
                        int sp = r.samplesPerFrame(c);
                        int[] d = r.readDigital(c, start * sp, n * sp);
                        assertEquals(WfdbChecksumTest.checksum(out[c]), WfdbChecksumTest.checksum(d));
                    }
                }
                start += n;
            }
            assertEquals(start, r.frames());
        }
        return verified;
    }

    private static int indexIn(WfdbHeader sh, String label, boolean[] seen, int fixedIndex) {
        if (fixedIndex >= 0) {
            return fixedIndex;
        }
        for (int k = 0; k < seen.length; k++) {
            if (!seen[k] && sh.signals().get(k).description().equals(label)) {
                seen[k] = true;
                return k;
            }
        }
        return -1;
    }

    @Test
    void fixedLayout041s() throws Exception {
        Path m = TestData.require("wfdb-samples/multi-segment/041s/041s.hea");
        assertEquals(14, assertSegmentChecksums(m));
        // reading backwards re-opens segments that were closed
        try (WfdbRecord r = WfdbReader.open(m)) {
            assertEquals(WfdbChecksumTest.checksum(r.readDigital(3, 1500, 400)),
                    WfdbChecksumTest.checksum(r.readDigital(3, 1500, 400)));
        }
        try (WfdbRecord r = WfdbReader.open(m)) {
            assertEquals(7, r.signals().size());
            assertEquals(2000, r.frames());
            assertEquals(8000, r.signals().get(0).sampleCount()); // 212x4
            assertEquals(List.of(new Segment(0, 0, 8000)), r.segments());
            // a read across the segment boundary equals the two halves
            int[] across = r.readDigital(3, 990, 20);
            int[] a = r.readDigital(3, 990, 10), b = r.readDigital(3, 1000, 10);
            for (int i = 0; i < 10; i++) {
                assertEquals(a[i], across[i]);
                assertEquals(b[i], across[10 + i]);
            }
        }
    }

    @Test
    void fixedLayoutV102s() throws Exception {
        assertEquals(12, assertSegmentChecksums(TestData.require("wfdb-samples/multi-segment/fixed1/v102s.hea")));
    }

    @Test
    void variableLayoutWithGaps() throws Exception {
        Path m = TestData.require("wfdb-samples/multi-segment/s25047/s25047-2704-05-04-10-44.hea");
        int verified = assertSegmentChecksums(m); // 18 segments: more than stay open at once
        assertTrue(verified >= 30, "verified " + verified);
        System.out.println(m.getFileName() + ": " + verified + " segment signals checksummed");
        try (WfdbRecord r = WfdbReader.open(m)) {
            assertEquals(List.of("II", "V", "ABP"), r.signals().stream().map(s -> s.label()).toList());
            assertEquals(543240, r.frames());
            List<Segment> segs = r.segments();
            assertEquals(1, segs.size()); // one gap at the start, then contiguous segments
            assertEquals(25740, segs.get(0).firstSample());
            assertEquals(25740 / 125.0, segs.get(0).onsetSec(), 1e-9);
            assertEquals(543240 - 25740, segs.get(0).sampleCount());
            double[] p = r.readPhysical(0, 25730, 20);
            assertTrue(Double.isNaN(p[0]) && Double.isNaN(p[9]));
            assertTrue(!Double.isNaN(p[10]));
            assertEquals(r.startTime().orElseThrow().toString(), "2704-05-04T10:44:18.529");
        }
    }

    @Test
    void layoutAndGapOnly() throws Exception {
        Path m = TestData.require("wfdb-samples/multi-segment/s00001/s00001-2896-10-09-01-56.hea");
        assertSegmentChecksums(m);
        try (WfdbRecord r = WfdbReader.open(m)) {
            assertEquals(4, r.signals().size());
            assertEquals(List.of(), r.segments());
        }
    }

    @Test
    void missingSegmentFilesAreNamed() throws Exception {
        Path m = TestData.require("wfdb-samples/multi-segment/s00001/s00001-2896-10-10-00-31.hea");
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> WfdbReader.open(m));
        assertTrue(e.getMessage().contains("3975656_0009.dat") && e.getMessage().contains("missing"), e.getMessage());
        Path p = TestData.require("wfdb-samples/multi-segment/p000878/p000878-2137-10-26-16-57.hea");
        e = assertThrows(RecordingFormatException.class, () -> WfdbReader.open(p));
        assertTrue(e.getMessage().contains("3269321_0003.hea") && e.getMessage().contains("missing"), e.getMessage());
    }
}
