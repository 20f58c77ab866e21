package org.cardiosleep.app.maternal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cardiosleep.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class MaternalCommandTest {

    static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void simulatedCohortWritesAllOutputs(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "maternal", "--simulate", "3", "-o", out.toString()), err.toString());
        for (String f : new String[] {"responses.csv", "fhr-events.csv", "event-locked.csv", "event-locked.svg", "summary.json"}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(out.resolve("summary.json")).contains("pooledDecelerationModel"));
    }

    @Test
    void missingCtgIsOneLineAndLeavesNoOutput(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path psg = tmp.resolve("psg.edf");
        Files.write(psg, new byte[] {1, 2, 3});
        StringWriter err = new StringWriter();
        int code = run(err, "maternal", "--psg", psg.toString(), "--ctg", tmp.resolve("none.fhr").toString(), "-o", out.toString());
        assertEquals(1, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("none.fhr"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void conflictingModesAreUsageErrors(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "maternal", "--simulate", "3", "--pairs", "x.csv", "-o", tmp.resolve("o").toString()));
    }

    @Test
    void truncatedFhrFileIsNamed(@TempDir Path tmp) throws Exception {
        Path fhr = tmp.resolve("bad.fhr");
        Files.write(fhr, new byte[] {0, 0, 0, 0, 1, 2, 3});
        Path psg = tmp.resolve("psg.edf");
        Files.write(psg, new byte[] {1});
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "maternal", "--psg", psg.toString(), "--ctg", fhr.toString(), "-o", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("bad.fhr") && err.toString().contains("truncated"), err.toString());
    }
}
