package org.cardiosleep.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MIT annotation files: read, write, read again gives the same annotations. */
class WfdbAnnotationRoundTripTest {
    @TempDir
    Path tmp;

    private List<WfdbAnnotation> roundTrip(List<WfdbAnnotation> in) throws Exception {
        Path f = tmp.resolve("rt.ann");
        WfdbAnnotationWriter.write(f, in);
        List<WfdbAnnotation> back = WfdbAnnotationReader.read(f);
        assertEquals(in, back);
        return back;
    }

    @Test
    void sampleFilesRoundTrip() throws Exception {
        Path dir = TestData.require("wfdb-samples");
        int files = 0;
        for (String name : new String[] {"100.atr", "100.qrs", "huge.qrs", "1003.atr", "12726.anI", "12726.wabp",
            "12726.wqrs", "03700181.gqrsh", "03700181.gqrsl", "03700181.sqrs"}) {
            List<WfdbAnnotation> a = WfdbAnnotationReader.read(dir.resolve(name));
            assertFalse(a.isEmpty(), name);
            roundTrip(a);
            // the columnar path sees the same times and codes
            WfdbAnnotationReader.Columns all = WfdbAnnotationReader.readColumns(dir.resolve(name));
            assertEquals(a.size(), all.size());
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).sample(), all.samples()[i]);
                assertEquals(a.get(i).code(), all.codes()[i]);
            }
            WfdbAnnotationReader.Columns beats = WfdbAnnotationReader.readBeats(dir.resolve(name));
            assertEquals(a.stream().filter(WfdbAnnotation::isBeat).count(), beats.size());
            files++;
        }
        assertEquals(10, files);
    }

    @Test
    void sampleFilesAreSane() throws Exception {
        Path dir = TestData.require("wfdb-samples");
        // huge.qrs: a beat far beyond 2^16 samples (needs SKIP)
        List<WfdbAnnotation> huge = WfdbAnnotationReader.read(dir.resolve("huge.qrs"));
        assertTrue(huge.get(huge.size() - 1).sample() > 1_000_000L, "huge.qrs last " + huge.get(huge.size() - 1));
        // 1003.atr: a 10-minute ICU record at 360 Hz; beats in ascending order within it
        List<WfdbAnnotation> atr = WfdbAnnotationReader.read(dir.resolve("1003.atr"));
        long beats = atr.stream().filter(WfdbAnnotation::isBeat).count();
        assertTrue(beats > 300 && beats < 2000, "1003.atr beats " + beats);
        for (int i = 1; i < atr.size(); i++) {
            assertTrue(atr.get(i).sample() >= atr.get(i - 1).sample());
        }
        assertTrue(atr.get(atr.size() - 1).sample() <= 216_000);
        // 100.atr: rhythm annotations carry "(N"; the RR of record 100 is about 0.8 s
        WfdbAnnotationReader.Columns b = WfdbAnnotationReader.readBeats(dir.resolve("100.atr"));
        assertEquals(2273, b.size());
        double meanRrSec = (b.samples()[b.size() - 1] - b.samples()[0]) / 360.0 / (b.size() - 1);
        assertEquals(0.79, meanRrSec, 0.03);
        // 12726.wqrs at 250 Hz over 825000 samples (55 min): plausible heart rate
        WfdbAnnotationReader.Columns w = WfdbAnnotationReader.readBeats(dir.resolve("12726.wqrs"));
        double hr = w.size() / (825_000 / 250.0 / 60);
        assertTrue(hr > 40 && hr < 150, "12726.wqrs mean HR " + hr);
    }

    /** gqrs -H writes at 4x the 125 Hz frame rate; its beats must still fall within the record. */
    @Test
    void declaredTimeResolution() throws Exception {
        Path dir = TestData.require("wfdb-samples");
        List<WfdbAnnotation> h = WfdbAnnotationReader.read(dir.resolve("03700181.gqrsh"));
        assertEquals(500.0, WfdbAnnotationReader.timeResolutionHz(h).orElseThrow());
        assertEquals(250.0, WfdbAnnotationReader.timeResolutionHz(
                WfdbAnnotationReader.read(dir.resolve("03700181.sqrs"))).orElseThrow());
        assertTrue(WfdbAnnotationReader.timeResolutionHz(WfdbAnnotationReader.read(dir.resolve("100.atr"))).isEmpty());
        double lastSec = h.get(h.size() - 1).sample() / 500.0;
        assertTrue(lastSec > 500 && lastSec <= 600, "last beat at " + lastSec + " s of a 600-s record");
        // the low-resolution detector output agrees on the beat times (within 20 ms) once scaled
        long[] lo = WfdbAnnotationReader.readBeats(dir.resolve("03700181.gqrsl")).samples();
        long[] hi = WfdbAnnotationReader.readBeats(dir.resolve("03700181.gqrsh")).samples();
        int matched = 0;
        for (int i = 0, j = 0; i < lo.length && j < hi.length; ) {
            double a = lo[i] / 125.0, b = hi[j] / 500.0;
            if (Math.abs(a - b) <= 0.02) {
                matched++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
        }
        assertTrue(matched > 0.9 * lo.length, matched + " of " + lo.length);
    }

    @Test
    void mitdbRhythmStrings() throws Exception {
        Path dir = TestData.require("mitdb");
        // record 201 contains atrial fibrillation episodes
        List<WfdbAnnotation> a = WfdbAnnotationReader.read(dir.resolve("201.atr"));
        List<String> rhythms = a.stream().filter(x -> x.code() == AnnotationCodes.RHYTHM).map(WfdbAnnotation::auxText)
                .distinct().toList();
        assertTrue(rhythms.contains("(AFIB"), rhythms.toString());
        assertTrue(rhythms.contains("(N"), rhythms.toString());
        roundTrip(a);
    }

    /** A sleep-stage annotation file like slpdb's .st, built from the real stage strings of slp01a. */
    @Test
    void sleepStageStringsRoundTrip() throws Exception {
        Path an = TestData.require("slpdb-text/slp01a.an");
        List<WfdbAnnotation> st = new ArrayList<>();
        for (String line : Files.readAllLines(an, StandardCharsets.ISO_8859_1)) {
            String[] tab = line.split("\t", 2);
            String[] f = tab[0].trim().split("\\s+");
            if (f.length < 6 || !f[1].matches("\\d+")) {
                continue;
            }
            st.add(new WfdbAnnotation(Long.parseLong(f[1]), AnnotationCodes.code(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]), tab.length > 1 ? tab[1] : ""));
        }
        assertTrue(st.size() > 100, "epochs " + st.size());
        List<WfdbAnnotation> back = roundTrip(st);
        assertEquals("4 LA LA", back.get(0).auxText());
        assertTrue(back.stream().allMatch(x -> x.code() == AnnotationCodes.NOTE));
        assertTrue(back.stream().anyMatch(x -> x.auxText().startsWith("W")));
    }

    @Test
    void encodingUsesSkipAndCarriesFields() throws Exception {
        List<WfdbAnnotation> in = List.of(
                new WfdbAnnotation(5, AnnotationCodes.NORMAL, 0, 0, 0, ""),
                new WfdbAnnotation(5, AnnotationCodes.RHYTHM, 0, 0, 0, "(AFIB"),
                new WfdbAnnotation(3_000_000_000L, AnnotationCodes.PVC, -3, 2, 7, ""),
                new WfdbAnnotation(3_000_000_100L, AnnotationCodes.NORMAL, 0, 2, 7, "x"),
                new WfdbAnnotation(10, AnnotationCodes.NOTE, 0, 0, -1, "W")); // backwards in time
        roundTrip(in);
        byte[] b = WfdbAnnotationWriter.encode(in.subList(0, 2));
        // N at 5, then "+" at +0 with AUX "(AFIB" padded to 6 bytes, then the end word
        assertArrayEquals(new byte[] {5, 1 << 2, 0, 28 << 2, 5, (byte) (63 << 2), '(', 'A', 'F', 'I', 'B', 0, 0, 0}, b);
        // NOTQRS at time 0 (closing WFDB's "##" header notes): SKIP -1, then code 0 with step 1
        assertArrayEquals(new byte[] {0, (byte) 0xec, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 0, 0, 0},
                WfdbAnnotationWriter.encode(List.of(new WfdbAnnotation(0, 0, 0, 0, 0, ""))));
        roundTrip(List.of(new WfdbAnnotation(0, 0, 0, 0, 0, ""), new WfdbAnnotation(0, 0, 0, 0, 0, ""),
                new WfdbAnnotation(7, 0, 0, 0, 0, "")));
        assertThrows(IllegalArgumentException.class, () -> WfdbAnnotationWriter.encode(
                List.of(new WfdbAnnotation(1, 50, 0, 0, 0, ""))));
        assertThrows(IllegalArgumentException.class, () -> WfdbAnnotationWriter.encode(
                List.of(new WfdbAnnotation(1, 1, 0, 0, 600, ""))));
    }
}
