package org.cardiosleep.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cardiosleep.testkit.TestData;

/** Header and signal writers: what is written reads back identically. */
class WfdbWriterTest {
    @TempDir
    Path tmp;

    /** Every header of the sample collection: parse, format, parse gives the same header. */
    @Test
    void headerRoundTripOnAllSampleHeaders() throws Exception {
        int n = 0;
        for (Path hea : WfdbAllSamplesTest.headers(TestData.require("wfdb-samples"), true)) {
            WfdbHeader h = WfdbHeader.read(hea);
            String text = WfdbHeaderWriter.format(normalised(h));
            WfdbHeader back = WfdbHeader.parse(hea, text);
            assertEquals(normalised(h), back, hea + "\n" + text);
            n++;
        }
        assertTrue(n > 80, "headers " + n);
    }

    /** The writer writes every optional field, so absent checksums become 0 and descriptions lose padding. */
    private static WfdbHeader normalised(WfdbHeader h) {
        List<WfdbSignalSpec> sigs = h.signals().stream().map(s -> new WfdbSignalSpec(s.fileName(), s.format(),
                s.samplesPerFrame(), s.skew(), s.byteOffset(), s.adcGain(), s.baseline(), s.units(), s.adcResolution(),
                s.adcZero(), s.initialValue(), s.checksum() == null ? 0 : s.checksum(), s.blockSize(),
                s.description(), s.gainGiven())).toList();
        return new WfdbHeader(h.file(), h.recordName(), h.segmentCount(), h.signalCount(), h.frameRateHz(),
                h.counterFrequency(), h.baseCounter(),
                h.samplesPerSignal() < 0 && h.baseTime().isPresent() ? 0 : h.samplesPerSignal(),
                h.baseTime().map(t -> t.withNano(t.getNano() / 1_000_000 * 1_000_000)), h.baseDate(), sigs,
                h.segments(), h.comments());
    }

    @Test
    void signalRoundTripFormats16And212() throws Exception {
        Random rnd = new Random(7);
        for (int format : new int[] {16, 212}) {
            for (int nsig : new int[] {1, 2, 3}) {
                int n = 1001; // odd, so 212 ends with a half pair when nsig is odd
                int lo = WfdbWriter.invalidValue(format), hi = -lo - 1;
                List<WfdbWriter.Signal> sigs = new ArrayList<>();
                for (int c = 0; c < nsig; c++) {
                    int[] v = new int[n];
                    for (int i = 0; i < n; i++) {
                        v[i] = i < 4 ? new int[] {lo, hi, 0, -1}[i] : lo + rnd.nextInt(hi - lo + 1);
                    }
                    sigs.add(new WfdbWriter.Signal("sig " + c, "mV", 200 + c, c, v));
                }
                String name = "rt" + format + "_" + nsig;
                WfdbHeader h = WfdbWriter.write(tmp, name, format, 360, sigs, LocalDateTime.of(2024, 3, 1, 22, 30, 5),
                        List.of("simulated test record"));
                try (WfdbRecord r = WfdbReader.open(tmp.resolve(name))) {
                    assertEquals(n, r.frames());
                    for (int c = 0; c < nsig; c++) {
                        int[] d = r.readDigital(c, 0, n);
                        assertArrayEquals(sigs.get(c).samples(), d, name + " signal " + c);
                        assertEquals((short) (int) h.signals().get(c).checksum(), WfdbChecksumTest.checksum(d));
                        assertEquals(200 + c, r.signals().get(c).gain());
                        assertEquals("sig " + c, r.signals().get(c).label());
                    }
                    assertEquals(LocalDateTime.of(2024, 3, 1, 22, 30, 5), r.startTime().orElseThrow());
                }
                assertEquals(h, WfdbHeader.read(tmp.resolve(name + ".hea")));
            }
        }
    }

    @Test
    void physicalValuesAndRecord100Copy() throws Exception {
        double[] x = {0, 1.5, -1.5, Double.NaN, 100};
        WfdbWriter.Signal s = WfdbWriter.Signal.ofPhysical("EDR", "mV", 200, 0, x, 212);
        assertArrayEquals(new int[] {0, 300, -300, -2048, 2047}, s.samples());
        WfdbWriter.write(tmp, "edr", 212, 4, List.of(s), null, List.of());
        try (WfdbRecord r = WfdbReader.open(tmp.resolve("edr.hea"))) {
            double[] back = r.readPhysical(0);
            assertEquals(1.5, back[1], 1e-12);
            assertTrue(Double.isNaN(back[3]), "the format's invalid value reads as NaN");
            assertEquals(2047 / 200.0, back[4], 1e-12);
        }
        Path rec = TestData.require("wfdb-samples/100.hea");
        try (WfdbRecord r = WfdbReader.open(rec)) {
            int n = (int) r.frames();
            List<WfdbWriter.Signal> sigs = List.of(WfdbWriter.Signal.of(r.signals().get(0), r.readDigital(0, 0, n)),
                    WfdbWriter.Signal.of(r.signals().get(1), r.readDigital(1, 0, n)));
            WfdbHeader h = WfdbWriter.write(tmp, "copy100", 16, 360, sigs, null, List.of());
            assertEquals(r.header().signals().get(0).checksum(), h.signals().get(0).checksum());
            assertEquals(r.header().signals().get(1).checksum(), h.signals().get(1).checksum());
            assertEquals(2L * n * 2, Files.size(tmp.resolve("copy100.dat")));
        }
    }

    @Test
    void refusesWhatItCannotWrite() {
        int[] v = {5000};
        assertThrows(IllegalArgumentException.class, () -> WfdbWriter.write(tmp, "x", 212, 360,
                List.of(new WfdbWriter.Signal("a", "mV", 200, 0, v)), null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> WfdbWriter.write(tmp, "x", 8, 360, List.of(), null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> WfdbWriter.write(tmp, "bad name", 16, 360, List.of(), null,
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> WfdbWriter.write(tmp, "x", 16, 360,
                List.of(new WfdbWriter.Signal("a#b", "mV", 200, 0, new int[1])), null, List.of()));
    }
}
