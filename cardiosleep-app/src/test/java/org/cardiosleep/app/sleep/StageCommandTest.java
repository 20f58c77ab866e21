package org.cardiosleep.app.sleep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.cardiosleep.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesAHypnogramForSimulatedBeatTimes() throws Exception {
        // Simulated: 1 h of beats at ~65 bpm with respiratory modulation, one time in seconds per line.
        SplittableRandom r = new SplittableRandom(1);
        StringBuilder b = new StringBuilder("time_sec\n");
        double t = 0;
        while (t < 3600) {
            t += 0.92 + 0.03 * Math.sin(2 * Math.PI * 0.25 * t) + 0.01 * r.nextGaussian();
            b.append(String.format(java.util.Locale.ROOT, "%.3f%n", t));
        }
        Path beats = tmp.resolve("beats.txt");
        Files.writeString(beats, b.toString());
        Path out = tmp.resolve("hyp.csv");
        assertEquals(0, Main.execute("stage", beats.toString(), "--out", out.toString()));
        List<String> lines = Files.readAllLines(out);
        assertEquals(120 + 1, lines.size());
        assertTrue(lines.get(0).startsWith("epoch,startSec,stage4"));
        String[] f = lines.get(5).split(",");
        double sum = Double.parseDouble(f[3]) + Double.parseDouble(f[4]) + Double.parseDouble(f[5]) + Double.parseDouble(f[6]);
        assertEquals(1.0, sum, 1e-3);
    }

    @Test
    void badInputGivesExitCodes() throws Exception {
        Path bad = tmp.resolve("empty.txt");
        Files.writeString(bad, "nothing here\n");
        Path out = tmp.resolve("x.csv");
        assertEquals(1, Main.execute("stage", bad.toString(), "--out", out.toString()));
        assertFalse(Files.exists(out));
        assertEquals(2, Main.execute("stage", bad.toString()));
        assertEquals(2, Main.execute("train", "stager", "--out", out.toString(), "--cohort", "nodir"));
        assertEquals(2, Main.execute("train", "stager", "--model", "lstm", "--out", out.toString()));
        assertEquals(2, Main.execute("bench", "staging", "--model", "lstm", "--data", tmp.toString()));
        assertFalse(Files.exists(out));
    }
}
