package org.cardiosleep.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;

/**
 * Every record of the WFDB sample collection, of CTU-UHB and of MIT-BIH: records whose signal
 * files are all present (FLAC formats included) read with the checksums their headers state;
 * records with a missing signal file fail with a one-line {@link RecordingFormatException} naming it.
 */
class WfdbAllSamplesTest {

    /** Outcome counts of one directory sweep. */
    static final class Tally {
        int records, signals, missing;
        final List<String> failures = new ArrayList<>();

        @Override
        public String toString() {
            return records + " records, " + signals + " signals checksummed, " + missing + " with missing files";
        }
    }

    static List<Path> headers(Path dir, boolean recursive) throws IOException {
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".hea")).sorted().toList();
        }
    }

    /** Checks one header, single- or multi-segment, and records the outcome. */
    static void check(Path hea, Tally t) {
        try {
            WfdbHeader h = WfdbHeader.read(hea);
            if (h.isMultiSegment() || h.signals().stream().anyMatch(s -> s.fileName().equals("~"))) {
                return; // multi-segment records and layout headers: see WfdbMultiSegmentTest
            }
            String missing = null;
            for (WfdbSignalSpec s : h.signals()) {
                if (!Files.isRegularFile(hea.resolveSibling(s.fileName()))) {
                    missing = s.fileName();
                }
            }
            try (Recording r = WfdbReader.open(hea)) {
                if (missing != null) {
                    t.failures.add(hea + ": opened although " + missing + " is missing");
                    return;
                }
                int[][] stored = storedSamples(h);
                for (int c = 0; c < r.signals().size(); c++) {
                    Integer expected = h.signals().get(c).checksum();
                    int[] d = r.readDigital(c, 0, (int) r.signals().get(c).sampleCount());
                    if (h.signals().get(c).skew() > 0) {
                        assertSkewed(hea, c, h.signals().get(c), stored[c], d);
                        d = stored[c];
                    }
                    if (expected == null) {
                        continue;
                    }
                    int got = WfdbChecksumTest.checksum(d);
                    if ((short) (int) expected != got) {
                        t.failures.add(hea + " signal " + c + " (" + h.signals().get(c).format() + "): checksum "
                                + got + ", header says " + (short) (int) expected);
                    } else {
                        t.signals++;
                    }
                }
                t.records++;
            } catch (RecordingFormatException e) {
                if (missing != null && e.getMessage().contains(missing) && e.getMessage().contains("missing")) {
                    t.missing++;
                } else {
                    t.failures.add(hea + ": " + e.getMessage());
                }
                assertEquals(-1, e.getMessage().indexOf('\n'), "one-line message");
            }
        } catch (Exception e) {
            t.failures.add(hea + ": " + e);
        }
    }

    /**
     * The samples as stored, ignoring skews: headers of skewed records state the checksum of the
     * stored samples (which include the {@code skew} leading samples a skewed read drops).
     */
    static int[][] storedSamples(WfdbHeader h) throws IOException {
        if (h.signals().stream().noneMatch(s -> s.skew() > 0)) {
            return new int[h.signals().size()][];
        }
        List<WfdbSignalSpec> unskewed = h.signals().stream().map(s -> new WfdbSignalSpec(s.fileName(), s.format(),
                s.samplesPerFrame(), 0, s.byteOffset(), s.adcGain(), s.baseline(), s.units(), s.adcResolution(),
                s.adcZero(), s.initialValue(), s.checksum(), s.blockSize(), s.description(), s.gainGiven())).toList();
        WfdbHeader plain = new WfdbHeader(h.file(), h.recordName(), 0, h.signalCount(), h.frameRateHz(),
                h.counterFrequency(), h.baseCounter(), h.samplesPerSignal(), h.baseTime(), h.baseDate(), unskewed,
                List.of(), h.comments());
        try (WfdbRecording r = new WfdbRecording(plain)) {
            int[][] out = new int[unskewed.size()][];
            for (int c = 0; c < out.length; c++) {
                out[c] = r.readDigital(c, 0, (int) r.signals().get(c).sampleCount());
            }
            return out;
        }
    }

    /** Sample i of a skewed signal is stored sample i + skew; the last skew samples are invalid. */
    static void assertSkewed(Path hea, int c, WfdbSignalSpec s, int[] stored, int[] skewed) {
        int shift = s.skew() * s.samplesPerFrame();
        for (int i = 0; i < skewed.length; i++) {
            int expected = i + shift < stored.length ? stored[i + shift] : WfdbRecord.INVALID_SAMPLE;
            assertEquals(expected, skewed[i], hea + " signal " + c + " sample " + i);
        }
    }

    static Tally sweep(Path dir, boolean recursive) throws IOException {
        Tally t = new Tally();
        for (Path h : headers(dir, recursive)) {
            check(h, t);
        }
        if (!t.failures.isEmpty()) {
            fail(t.failures.size() + " failures in " + dir + ":\n" + String.join("\n", t.failures));
        }
        System.out.println(dir.getFileName() + ": " + t);
        return t;
    }

    @Test
    void wfdbSamples() throws Exception {
        Tally t = sweep(TestData.require("wfdb-samples"), true);
        assertTrue(t.records >= 20, t.toString());
        assertTrue(t.missing >= 4, t.toString());
    }

    @Test
    void ctuUhbAllRecords() throws Exception {
        Tally t = sweep(TestData.require("ctu-uhb-ctgdb"), false);
        assertEquals(552, t.records, t.toString());
        assertEquals(1104, t.signals, t.toString());
    }

    @Test
    void mitdbAllRecords() throws Exception {
        Tally t = sweep(TestData.require("mitdb"), false);
        assertEquals(48, t.records, t.toString());
        assertEquals(96, t.signals, t.toString());
    }

    /** Every header under the data root parses (slpdb-text, apnea-ecg and nsr2db ship headers alone). */
    @Test
    void everyHeaderParses() throws Exception {
        int n = 0;
        for (Path h : headers(TestData.require("wfdb-samples").getParent(), true)) {
            WfdbHeader.read(h);
            n++;
        }
        assertTrue(n > 800, "headers " + n);
    }
}
