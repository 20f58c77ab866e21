package org.cardiosleep.app.beats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.cardiosleep.app.Main;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.io.edf.EdfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Simulated two-hour EDF with the worst cases one after the other: ECG, an hour of flat line,
 * pure noise, saturation at the rail, then inverted ECG under 50 Hz hum. {@code detect-beats}
 * must finish, find the beats of the ECG stretches, no beat in the flat and saturated stretches,
 * and mark flat, noise and saturation unusable.
 */
class DetectBeatsWorstCaseTest {
    private static final int FS = 256;
    @TempDir
    Path tmp;

    @Test
    void worstCasesInOneRecording() throws Exception {
        int n = 120 * 60 * FS;
        double[] mv = new double[n];
        Random rnd = new Random(1);
        int ecgBeats = 0;
        for (double t = 1; t < 20 * 60 - 1; t += 0.8) {
            beat(mv, Math.round(t * FS), 1);
            ecgBeats++;
        }
        // 20-80 min: flat line (0 mV)
        for (int i = 80 * 60 * FS; i < 90 * 60 * FS; i++) {
            mv[i] = 0.4 * rnd.nextGaussian(); // 80-90 min: pure noise
        }
        for (int i = 90 * 60 * FS; i < 100 * 60 * FS; i++) {
            mv[i] = 10; // 90-100 min: stuck at the rail (clipped to the digital maximum)
        }
        for (double t = 100 * 60 + 1; t < 120 * 60 - 1; t += 0.8) {
            beat(mv, Math.round(t * FS), -1); // inverted
            ecgBeats++;
        }
        for (int i = 100 * 60 * FS; i < n; i++) {
            mv[i] += 0.2 * Math.sin(2 * Math.PI * 50 * i / (double) FS);
        }
        int[] dig = new int[n];
        for (int i = 0; i < n; i++) {
            dig[i] = (int) Math.max(-32768, Math.min(32767, Math.round(mv[i] * 5000)));
        }
        SignalInfo ecg = SignalInfo.fromRanges("ECG", "", "mV", FS, n, -6.5536, 6.5534, -32768, 32767);
        Path edf = tmp.resolve("worst.edf");
        EdfWriter.write(edf, EdfWriter.Header.of(LocalDateTime.of(2024, 1, 1, 22, 0)), List.of(ecg), new int[][] {dig},
                List.of());
        PrintStream old = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true));
        long t0 = System.nanoTime();
        int code;
        try {
            code = Main.execute("detect-beats", edf.toString(), "-o", tmp.resolve("out/worst").toString());
        } finally {
            System.setOut(old);
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        assertEquals(0, code);
        assertTrue(sec < 60, "two hours took " + sec + " s");
        List<String> beats = Files.readAllLines(tmp.resolve("out/worst.beats.csv"));
        int inEcg = 0, inFlatOrRail = 0;
        for (String line : beats.subList(1, beats.size())) {
            double t = Double.parseDouble(line.split(",")[1]);
            if (t < 20 * 60 || t >= 100 * 60) {
                inEcg++;
            } else if ((t > 20 * 60 + 5 && t < 80 * 60) || (t > 90 * 60 + 5 && t < 100 * 60)) {
                inFlatOrRail++;
            }
        }
        assertEquals(0, inFlatOrRail, "beats in the flat line or at the rail");
        assertTrue(Math.abs(inEcg - ecgBeats) <= 4, inEcg + " beats found in the ECG stretches, " + ecgBeats + " simulated");
        List<String> q = Files.readAllLines(tmp.resolve("out/worst.quality.csv"));
        for (String line : q.subList(1, q.size())) {
            String[] f = line.split(",");
            double start = Double.parseDouble(f[0]);
            boolean usable = Boolean.parseBoolean(f[2]);
            if (start >= 20 * 60 + 10 && start < 100 * 60 - 10) {
                assertFalse(usable, "window at " + start + " s should be unusable: " + line);
            } else if (start >= 10 && (start < 20 * 60 - 10 || start >= 100 * 60 + 10)) {
                assertTrue(usable, "window at " + start + " s should be usable: " + line);
            }
        }
    }

    private static void beat(double[] x, long r, double sign) {
        wave(x, r - 51, 0.15 * sign, 6);   // P
        wave(x, r, 1.0 * sign, 2.6);       // R
        wave(x, r + 6, -0.25 * sign, 2);   // S
        wave(x, r + 72, 0.3 * sign, 13);   // T
    }

    private static void wave(double[] x, long c, double amp, double width) {
        int h = (int) Math.ceil(4 * width);
        for (long i = c - h; i <= c + h; i++) {
            if (i >= 0 && i < x.length) {
                double z = (i - c) / width;
                x[(int) i] += amp * Math.exp(-0.5 * z * z);
            }
        }
    }
}
