package org.cardiosleep.io.edf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.SignalInfo;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quick, JMH-free look at the cost of reading 10 minutes out of a 24-h EDF+ (simulated: ECG at
 * 256 Hz, SpO2 at 1 Hz, one annotation per 30-s epoch). Prints timings; asserts only correctness.
 * Off by default (it writes ~50 MB): {@code -Dcardiosleep.edfLargeCheck=true -Dtest=EdfLargeFileCheck}.
 */
class EdfLargeFileCheck {
    @TempDir
    Path dir;

    @Test
    void tenMinutesOutOf24Hours() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("cardiosleep.edfLargeCheck"), "set -Dcardiosleep.edfLargeCheck=true");
        int fs = 256, seconds = 24 * 3600;
        int[] ecg = new int[fs * seconds];
        for (int i = 0; i < ecg.length; i++) {
            ecg[i] = (short) (i * 31 % 4001 - 2000);
        }
        int[] spo2 = new int[seconds];
        for (int i = 0; i < seconds; i++) {
            spo2[i] = 900 + i % 90;
        }
        List<Annotation> anns = new ArrayList<>();
        for (int e = 0; e < seconds / 30; e++) {
            anns.add(new Annotation(e * 30.0, 30, "Sleep stage " + "W123R".charAt(e % 5)));
        }
        Path p = dir.resolve("day.edf");
        long t0 = System.nanoTime();
        EdfWriter.write(p, EdfWriter.Header.of(LocalDateTime.of(2024, 1, 1, 8, 0)),
                List.of(SignalInfo.fromRanges("ECG", "", "mV", fs, 0, -5, 5, -32768, 32767),
                        SignalInfo.fromRanges("SpO2", "", "%", 1, 0, 0, 100, 0, 1000)),
                new int[][] {ecg, spo2}, anns);
        long t1 = System.nanoTime();
        System.out.printf("wrote %d MB in %.0f ms%n", Files.size(p) >> 20, (t1 - t0) / 1e6);
        for (int run = 0; run < 3; run++) {
            long a = System.nanoTime();
            try (EdfRecording r = EdfReader.open(p)) {
                long b = System.nanoTime();
                long from = 12L * 3600 * fs;
                int[] x = r.readDigital(0, from, 10 * 60 * fs);
                double[] s = r.readPhysical(1, 12L * 3600, 600);
                long c = System.nanoTime();
                assertEquals(ecg[(int) from + 12345], x[12345]);
                assertEquals(spo2[12 * 3600 + 7] / 10.0, s[7], 1e-3);
                assertEquals(seconds / 30, r.annotations().size());
                System.out.printf("run %d: open (header + %d TAL records) %.1f ms, read 10 min ECG + SpO2 %.2f ms%n",
                        run, r.recordCount(), (b - a) / 1e6, (c - b) / 1e6);
            }
        }
    }
}
