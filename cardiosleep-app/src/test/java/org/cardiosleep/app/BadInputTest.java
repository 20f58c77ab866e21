package org.cardiosleep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Broken inputs give one line {@code cardiosleep: <file>: <problem>}, exit 1 (2 for usage), and no output file. */
class BadInputTest {
    @TempDir
    Path tmp;

    private void fails(int exit, String expected, String... args) throws Exception {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        long before;
        try (Stream<Path> s = Files.list(tmp)) {
            before = s.count();
        }
        int code = cl.execute(args);
        String e = err.toString();
        assertEquals(exit, code, String.join(" ", args) + " -> " + e);
        assertTrue(e.startsWith("cardiosleep: ") && e.contains(expected), String.join(" ", args) + " -> " + e);
        assertEquals(1, e.lines().count(), e);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(before, s.count(), "an output appeared");
        }
    }

    @Test
    void brokenInputsAndBadOptions() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.atr"));
        Path binary = Files.write(tmp.resolve("beats.qrs"), new byte[] {5, (byte) 0x84, (byte) 0xff, (byte) 0xfe, 0, 0});
        Path garbage = Files.writeString(tmp.resolve("stages.txt"), "garbage\nmore garbage\n");
        Path dir = Files.createDirectory(tmp.resolve("adir"));
        fails(1, empty + ": no beat annotations in the reference",
                "compare-beats", "--ref", empty.toString(), "--test", empty.toString(), "--fs", "360");
        fails(1, tmp.resolve("none.atr") + ": annotation file not found",
                "compare-beats", "--ref", tmp.resolve("none.atr").toString(), "--test", empty.toString());
        fails(1, dir + ": is a directory", "compare-beats", "--ref", dir.toString(), "--test", empty.toString(), "--fs", "360");
        fails(2, "--fs must be a positive", "compare-beats", "--ref", empty.toString(), "--test", empty.toString(), "--fs", "-5");
        fails(2, "--window-ms must be positive", "compare-beats", "--ref", empty.toString(), "--test", empty.toString(),
                "--fs", "360", "--window-ms", "0");
        fails(1, binary + ": not a text file of beat times", "stage", binary.toString(), "--out", tmp.resolve("h.csv").toString());
        fails(1, dir + ": is a directory", "stage", dir.toString(), "--out", tmp.resolve("h.csv").toString());
        Files.writeString(tmp.resolve("rec.hea"), "rec 0 360 36000\n");
        java.util.List<org.cardiosleep.io.wfdb.WfdbAnnotation> beats = new java.util.ArrayList<>();
        for (long t = 100; t < 36000; t += 300) {
            beats.add(new org.cardiosleep.io.wfdb.WfdbAnnotation(t, org.cardiosleep.io.wfdb.AnnotationCodes.NORMAL, 0, 0, 0, ""));
        }
        Path rec = Files.write(tmp.resolve("rec.qrs"), org.cardiosleep.io.wfdb.WfdbAnnotationWriter.encode(beats));
        fails(1, garbage + ": no sleep stage", "holter", rec.toString(), "--stages", garbage.toString(),
                "-o", tmp.resolve("out").toString());
        // a bad record among several leaves no OUT at all, not the records before it
        fails(1, empty + ": ", "holter", rec.toString(), empty.toString(), "-o", tmp.resolve("batch").toString());
        fails(1, dir + ": is a directory, not a model file", "stage", rec.toString(), "--model", dir.toString(),
                "--out", tmp.resolve("h.csv").toString());
        fails(2, "--folds must be at least 2", "bench", "apnea", "--folds", "0", "--data", dir.toString());
        fails(2, "--channel must be 0 or more", "bench", "qrs", "--channel", "-1", "--data", dir.toString(),
                "--json", tmp.resolve("q.json").toString());
        fails(2, "--resample must be a positive", "bench", "qrs", "--resample", "0", "--data", dir.toString(),
                "--json", tmp.resolve("q.json").toString());
    }
}
