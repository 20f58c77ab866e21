package org.cardiosleep.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.SignalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordingReaderTest {
    @TempDir
    Path dir;

    @Test
    void rateFromTimeColumn() throws Exception {
        StringBuilder sb = new StringBuilder("time,ECG (mV),Resp [a.u.]\n");
        for (int i = 0; i < 1000; i++) {
            sb.append(String.format(Locale.ROOT, "%.6f,%.3f,%d%n", 12.5 + i / 256.0, Math.sin(i / 10.0), i % 7 - 3));
        }
        Path p = Files.writeString(dir.resolve("a.csv"), sb);
        try (CsvRecording r = CsvRecordingReader.open(p)) {
            assertEquals("CSV", r.format());
            assertEquals(2, r.signals().size());
            SignalInfo ecg = r.signals().get(0);
            assertEquals("ECG", ecg.label());
            assertEquals("mV", ecg.physicalUnit());
            assertEquals("a.u.", r.signals().get(1).physicalUnit());
            assertEquals(256.0, ecg.samplingRateHz());
            assertEquals(1000, ecg.sampleCount());
            assertEquals(1000.0, ecg.gain());
            double[] x = r.readPhysical(0, 10, 3);
            assertEquals(Double.parseDouble(String.format(Locale.ROOT, "%.3f", Math.sin(1.0))), x[0]);
            int[] d = r.readDigital(0, 10, 1);
            assertEquals(Math.round(Double.parseDouble(String.format(Locale.ROOT, "%.3f", Math.sin(1.0))) * 1000), d[0]);
            assertArrayEquals(new int[] {-3, -2, -1}, r.readDigital(1, 0, 3));
            assertTrue(r.startTime().isEmpty());
        }
    }

    @Test
    void fsCommentWithoutTimeColumnAndSemicolons() throws Exception {
        Path p = Files.writeString(dir.resolve("b.csv"),
                "# exported by a Holter viewer\n# fs=128\n# start=2024-03-01T22:15:00\nEKG;SpO2\n1.5;97\n-2.25;96\n0;95\n");
        try (CsvRecording r = CsvRecordingReader.open(p)) {
            assertEquals(128.0, r.signals().get(0).samplingRateHz());
            assertEquals(LocalDateTime.of(2024, 3, 1, 22, 15), r.startTime().orElseThrow());
            assertArrayEquals(new double[] {1.5, -2.25, 0}, r.readPhysical(0, 0, 3));
            assertArrayEquals(new int[] {150, -225, 0}, r.readDigital(0, 0, 3));
            assertArrayEquals(new double[] {97, 96, 95}, r.readPhysical(1));
        }
    }

    @Test
    void badFiles() throws Exception {
        String[][] cases = {
            {"", "no header row"},
            {"ECG,Resp\n1,2\n", "no sampling rate"},
            {"time,ECG\n0,1\n0.01,2\n0.03,3\n0.04,4\n", "not uniform at data row 2"},
            {"time,ECG\n0,1\n0,2\n", "does not increase"},
            {"time,ECG\n0,1\n0.01,x\n", "line 3, column 'ECG': not a number: 'x'"},
            {"time,ECG\n0,1\n0.01\n", "line 3: 1 fields, the header has 2"},
            {"# fs=100\ntime,ECG\n0,1\n0.02,2\n0.04,3\n", "time column gives 50.0 Hz but '# fs=' says 100.0"},
            {"# fs=0\nECG\n1\n", "sampling rate must be positive"},
            {"time,ECG\n", "no data rows"},
            {"time\n0\n1\n", "no signal columns"},
            {"time,ECG\n0,NaN\n1,2\n", "not a number: 'NaN'"},
            {"# fs=250\n0.1\n0.2\n", "line 2: expected a header row of column names"},
            {"0.1;0.5\n0.2;0.6\n", "line 1: expected a header row of column names"},
        };
        for (String[] c : cases) {
            Path p = Files.writeString(dir.resolve("bad.csv"), c[0]);
            RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> CsvRecordingReader.open(p),
                    c[1]);
            assertTrue(e.getMessage().startsWith(p + ": ") && e.getMessage().contains(c[1]), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }
}
