package org.cardiosleep.app.beatclass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cardiosleep.app.Main;
import org.cardiosleep.pheno.beats.AamiClass;
import org.cardiosleep.pheno.beats.LabeledBeats;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BeatCommandsTest {
    @Test
    void commandsAreRegistered() {
        assertEquals(0, Main.execute("train", "beats", "--help"));
        assertEquals(0, Main.execute("bench", "beats", "--help"));
    }

    @Test
    void badUsageExitsTwo(@TempDir Path tmp) {
        assertEquals(2, Main.execute("train", "beats", "--data", tmp.resolve("missing").toString()));
        assertEquals(2, Main.execute("bench", "beats", "--data", tmp.resolve("missing").toString()));
        assertEquals(2, Main.execute("train", "beats", "--data", tmp.toString(), "--folds", "1"));
        assertEquals(2, Main.execute("bench", "beats", "--data", tmp.toString(), "--resample", "20"));
    }

    @Test
    void resamplingMovesTheReferenceBeatsWithTheSignal() {
        // simulated: a 1-mV spike every 0.8 s at 360 Hz, labelled N, resampled to 125 Hz
        double[] ecg = new double[360 * 10];
        int[] at = new int[12];
        byte[] cls = new byte[at.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = 100 + 288 * i;
            ecg[at[i]] = 1;
        }
        LabeledBeats r = BenchBeatsCommand.resampled(new LabeledBeats("sim", ecg, 360, at, cls), 125);
        assertEquals(125.0, r.fsHz());
        assertEquals(1250, r.ecg().length);
        for (int i = 0; i < at.length; i++) {
            int k = r.beatSamples()[i];
            assertEquals(Math.round(at[i] * 125 / 360.0), k);
            // the spike's peak lies on or next to the moved beat
            int peak = k;
            for (int j = k - 2; j <= k + 2; j++) {
                if (r.ecg()[j] > r.ecg()[peak]) {
                    peak = j;
                }
            }
            assertTrue(Math.abs(peak - k) <= 1, "beat " + i + " at " + k + ", spike peak at " + peak);
        }
    }

    @Test
    void missingRecordFailsWithOneLine(@TempDir Path tmp) {
        assertEquals(1, Main.execute("bench", "beats", "--data", tmp.toString()));
    }

    @Test
    void splitIsDeChazal2004() {
        assertEquals(22, InterPatientSplit.DS1.size());
        assertEquals(22, InterPatientSplit.DS2.size());
        for (String r : InterPatientSplit.DS1) {
            assertTrue(!InterPatientSplit.DS2.contains(r) && !InterPatientSplit.PACED.contains(r), r);
        }
        for (String r : InterPatientSplit.PACED) {
            assertTrue(!InterPatientSplit.DS2.contains(r), r);
        }
    }

    @Test
    void readsMitdbRecordWithAamiLabels() throws Exception {
        Path dir = TestData.require("mitdb");
        LabeledBeats r = MitdbBeatRecords.read(dir, "114");
        assertEquals(360.0, r.fsHz());
        assertEquals(650000, r.ecg().length);
        // record 114: 1820 N, 10 A, 2 J, 43 V, 4 F (MIT-BIH directory of records)
        int[] counts = new int[AamiClass.COUNT];
        for (byte b : r.aamiClass()) {
            if (b >= 0) {
                counts[b]++;
            }
        }
        assertEquals(1820, counts[AamiClass.N]);
        assertEquals(12, counts[AamiClass.S]);
        assertEquals(43, counts[AamiClass.V]);
        assertEquals(4, counts[AamiClass.F]);
    }
}
