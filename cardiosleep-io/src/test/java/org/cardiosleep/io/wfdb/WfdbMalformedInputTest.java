package org.cardiosleep.io.wfdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed WFDB input, each case generated in a temporary directory: every one must fail with a
 * {@link RecordingFormatException} whose one-line message names the file and the problem, quickly
 * and without any other exception type.
 */
class WfdbMalformedInputTest {
    @TempDir
    Path tmp;

    /** A case: write files into a directory, then the read that must fail, and words the message must hold. */
    private record Case(String name, Setup setup, String file, String... words) {
    }

    @FunctionalInterface
    private interface Setup {
        void write(Path dir) throws IOException;
    }

    private static Setup header(String text) {
        return dir -> Files.writeString(dir.resolve("rec.hea"), text, StandardCharsets.ISO_8859_1);
    }

    private static Setup headerAndDat(String text, int datBytes) {
        return dir -> {
            Files.writeString(dir.resolve("rec.hea"), text, StandardCharsets.ISO_8859_1);
            Files.write(dir.resolve("rec.dat"), new byte[datBytes]);
        };
    }

    private static Setup annotations(int... bytes) {
        return dir -> {
            byte[] b = new byte[bytes.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) bytes[i];
            }
            Files.write(dir.resolve("rec.atr"), b);
        };
    }

    private static final String SIG = "rec.dat 16 200/mV 16 0 0 0 0 ECG\n";

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("truncated .dat", headerAndDat("rec 1 250 1000\n" + SIG, 1500), "rec.hea", "holds 750 frames",
                "announces 1000"));
        c.add(new Case("header nsamp far beyond the file", headerAndDat("rec 1 250 999999999999\n" + SIG, 2000),
                "rec.hea", "truncated"));
        c.add(new Case("negative sampling frequency", headerAndDat("rec 1 -250 1000\n" + SIG, 2000), "rec.hea",
                "sampling frequency"));
        c.add(new Case("zero sampling frequency", headerAndDat("rec 1 0 1000\n" + SIG, 2000), "rec.hea",
                "sampling frequency"));
        c.add(new Case("NaN sampling frequency", headerAndDat("rec 1 NaN 1000\n" + SIG, 2000), "rec.hea",
                "sampling frequency"));
        c.add(new Case("infinite sampling frequency", headerAndDat("rec 1 Infinity 1000\n" + SIG, 2000), "rec.hea",
                "sampling frequency"));
        c.add(new Case("non-numeric sampling frequency", headerAndDat("rec 1 fast 1000\n" + SIG, 2000), "rec.hea",
                "sampling frequency", "fast"));
        c.add(new Case("zero signals but signal lines", headerAndDat("rec 0 250 1000\n" + SIG, 2000), "rec.hea",
                "signal lines", "announces 0"));
        c.add(new Case("fewer signal lines than announced", headerAndDat("rec 3 250 1000\n" + SIG + SIG, 6000),
                "rec.hea", "2 signal lines", "announces 3"));
        c.add(new Case("unknown format code", headerAndDat("rec 1 250 1000\nrec.dat 999 200 16 0 0 0 0 x\n", 2000),
                "rec.hea", "unknown signal format 999"));
        c.add(new Case("missing .dat", header("rec 1 250 1000\n" + SIG), "rec.dat", "missing"));
        c.add(new Case("non-ASCII record name", headerAndDat("r\u00e9c 1 250 1000\n" + SIG, 2000), "rec.hea",
                "non-ASCII", "record name"));
        c.add(new Case("non-ASCII file name", headerAndDat("rec 1 250 1000\nr\u00e9c.dat 16 200 16 0 0 0 0\n", 2000),
                "rec.hea", "non-ASCII", "signal file name"));
        c.add(new Case("control bytes in numbers", headerAndDat("rec 1 25\u00010 1000\n" + SIG, 2000), "rec.hea",
                "sampling frequency"));
        c.add(new Case("bad gain", headerAndDat("rec 1 250 1000\nrec.dat 16 abc/mV 16 0 0 0 0 x\n", 2000), "rec.hea",
                "ADC gain", "abc"));
        c.add(new Case("NaN gain", headerAndDat("rec 1 250 1000\nrec.dat 16 NaN/mV 16 0 0 0 0 x\n", 2000), "rec.hea",
                "ADC gain"));
        c.add(new Case("samples per frame 0", headerAndDat("rec 1 250 1000\nrec.dat 16x0 200 16 0 0 0 0 x\n", 2000),
                "rec.hea", "samples per frame"));
        c.add(new Case("absurd number of signals", headerAndDat("rec 2147483647 250 1000\n" + SIG, 2000), "rec.hea",
                "number of signals"));
        c.add(new Case("many signals announced, none listed", headerAndDat("rec 60000 250 1000\n" + SIG, 2000),
                "rec.hea", "1 signal lines", "announces 60000"));
        c.add(new Case("impossible ADC resolution", headerAndDat("rec 1 250 1000\nrec.dat 16 200 99 0 0 0 0 x\n", 2000),
                "rec.hea", "ADC resolution"));
        c.add(new Case("negative number of samples", headerAndDat("rec 1 250 -5\n" + SIG, 2000), "rec.hea",
                "negative number of samples"));
        c.add(new Case("impossible base date", headerAndDat("rec 1 250 1000 10:00:00 31/02/2020\n" + SIG, 2000),
                "rec.hea", "base date"));
        c.add(new Case("bad base time", headerAndDat("rec 1 250 1000 10:xx:00\n" + SIG, 2000), "rec.hea",
                "base time"));
        c.add(new Case("byte offset beyond the file", headerAndDat("rec 1 250\nrec.dat 16+99999 200 16 0 0 0 0 x\n",
                2000), "rec.dat", "byte offset"));
        c.add(new Case("two formats in one file", headerAndDat("rec 2 250 100\n" + SIG
                + "rec.dat 212 200 12 0 0 0 0 y\n", 2000), "rec.hea", "different formats"));
        c.add(new Case("empty header", header(""), "rec.hea", "empty header"));
        c.add(new Case("binary garbage header", dir -> Files.write(dir.resolve("rec.hea"),
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, '\n', (byte) 0x80, ' ', '1'}), "rec.hea", "header line 1"));
        c.add(new Case("FLAC format without a FLAC stream", headerAndDat("rec 1 250 1000\nrec.dat 516 200 16 0 0 0 0 x\n",
                2000), "rec.dat", "not a FLAC stream"));
        c.add(new Case("zero segments", header("rec/0 1 250 1000\n"), "rec.hea", "number of segments"));
        c.add(new Case("missing segment header", header("rec/2 1 250 2000\nseg1 1000\nseg2 1000\n"), "rec.hea",
                "seg1.hea", "missing"));
        c.add(new Case("segment at another sampling frequency", dir -> {
            Files.writeString(dir.resolve("rec.hea"), "rec/1 1 250 100\nseg 100\n");
            Files.writeString(dir.resolve("seg.hea"), "seg 1 500 100\nseg.dat 16 200 16 0 0 0 0 x\n");
            Files.write(dir.resolve("seg.dat"), new byte[200]);
        }, "seg.hea", "sampling frequency 500"));
        c.add(new Case("segment shorter than the record says", dir -> {
            Files.writeString(dir.resolve("rec.hea"), "rec/1 1 250 100\nseg 100\n");
            Files.writeString(dir.resolve("seg.hea"), "seg 1 250 50\nseg.dat 16 200 16 0 0 0 0 x\n");
            Files.write(dir.resolve("seg.dat"), new byte[100]);
        }, "seg.hea", "holds 50 frames"));
        c.add(new Case("segment that is itself multi-segment", dir -> {
            Files.writeString(dir.resolve("rec.hea"), "rec/1 1 250 100\nrec 100\n");
        }, "rec.hea", "cannot itself have segments"));
        c.add(new Case("layout with another number of signals", dir -> {
            Files.writeString(dir.resolve("rec.hea"), "rec/2 2 250 100\nlay 0\n~ 100\n");
            Files.writeString(dir.resolve("lay.hea"), "lay 1 250 0\n~ 0 200 16 0 0 0 0 x\n");
        }, "rec.hea", "layout has 1"));
        c.add(new Case("annotation truncated mid-AUX", annotations(5, 1 << 2, 10, 63 << 2, 'a', 'b', 'c'), "rec.atr",
                "AUX string of 10 bytes"));
        c.add(new Case("annotation with invalid code 55", annotations(5, 1 << 2, 3, 55 << 2), "rec.atr",
                "invalid annotation code 55"));
        c.add(new Case("annotation file with an odd number of bytes", annotations(5, 1 << 2, 7), "rec.atr",
                "odd number of bytes"));
        c.add(new Case("SKIP truncated", annotations(5, 1 << 2, 0, 59 << 2, 0, 0), "rec.atr", "truncated SKIP"));
        c.add(new Case("missing annotation file", dir -> { }, "rec.atr", "not found"));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFailsWithOneClearLine() {
        List<Case> all = cases();
        assertTrue(all.size() >= 30, "cases: " + all.size());
        return all.stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> {
            Path dir = Files.createDirectory(tmp.resolve(k.name().replaceAll("[^a-zA-Z0-9]", "_")));
            k.setup().write(dir);
            RecordingFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> expectFailure(dir));
            String m = e.getMessage();
            assertEquals(-1, m.indexOf('\n'), "one line: " + m);
            assertTrue(m.contains(k.file()), "names " + k.file() + ": " + m);
            for (String w : k.words()) {
                assertTrue(m.contains(w), "says '" + w + "': " + m);
            }
        }));
    }

    /** Opens the record and reads every sample, or reads the annotation file. */
    private static RecordingFormatException expectFailure(Path dir) {
        try {
            if (Files.exists(dir.resolve("rec.hea"))) {
                try (Recording r = WfdbReader.open(dir.resolve("rec.hea"))) {
                    for (int ch = 0; ch < r.signals().size(); ch++) {
                        r.readDigital(ch, 0, (int) Math.min(1 << 20, r.signals().get(ch).sampleCount()));
                    }
                }
            } else {
                WfdbAnnotationReader.read(dir.resolve("rec.atr"));
            }
        } catch (RecordingFormatException e) {
            return e;
        } catch (Throwable t) {
            fail("expected RecordingFormatException, got " + t, t);
        }
        return fail("no exception");
    }
}
