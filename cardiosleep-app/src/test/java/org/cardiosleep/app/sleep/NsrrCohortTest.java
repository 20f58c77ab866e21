package org.cardiosleep.app.sleep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.cardiosleep.app.Main;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.io.edf.EdfWriter;
import org.cardiosleep.pheno.sleep.StagingNight;
import org.cardiosleep.signal.sim.SimConfig;
import org.cardiosleep.signal.sim.SimStage;
import org.cardiosleep.signal.sim.SimulatedNight;
import org.cardiosleep.signal.sim.NightSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulated NSRR-style cohorts (EDF with an ECG channel + NSRR XML stages) through the cohort loader and train stager. */
class NsrrCohortTest {
    @TempDir
    Path tmp;

    static void writeNight(Path dir, String name, long seed) throws Exception {
        SimulatedNight night = NightSimulator.simulate(SimConfig.night(seed).withDurationSec(3600));
        float[] ecg = night.renderEcg();
        int[] digital = new int[ecg.length];
        for (int i = 0; i < ecg.length; i++) {
            digital[i] = Math.round(ecg[i] * 1000); // 1 µV per unit
        }
        SignalInfo info = SignalInfo.fromRanges("ECG", "", "mV", 256, ecg.length, -32.768, 32.767, -32768, 32767);
        Files.createDirectories(dir.resolve("edfs"));
        Files.createDirectories(dir.resolve("annotations-events-nsrr"));
        EdfWriter.write(dir.resolve("edfs").resolve(name + ".edf"), EdfWriter.Header.of(LocalDateTime.of(2020, 1, 1, 22, 0)),
                List.of(info), new int[][] {digital}, List.of());
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PSGAnnotation><ScoredEvents>\n");
        String[] concept = {"Wake|0", "Stage 1 sleep|1", "Stage 2 sleep|2", "Stage 3 sleep|3", "REM sleep|5"};
        byte[] h = night.hypnogram();
        for (int e = 0; e < h.length; e++) {
            x.append("<ScoredEvent><EventType>Stages|Stages</EventType><EventConcept>").append(concept[h[e]])
                    .append("</EventConcept><Start>").append(e * 30.0).append("</Start><Duration>30.0</Duration></ScoredEvent>\n");
        }
        x.append("</ScoredEvents></PSGAnnotation>\n");
        Files.writeString(dir.resolve("annotations-events-nsrr").resolve(name + "-nsrr.xml"), x.toString());
    }

    @Test
    void loadsEdfWithNsrrXmlAndTrainsWithExternalValidation() throws Exception {
        Path a = tmp.resolve("simA");
        Path b = tmp.resolve("simB");
        writeNight(a, "sima1-000001", 1);
        writeNight(b, "simb1-000002", 2);
        List<StagingNight> nights = CohortNights.load("simA", a);
        assertEquals(1, nights.size());
        StagingNight n = nights.get(0);
        assertEquals("simA:000001", n.subject());
        assertEquals(120, n.reference().size());
        SimulatedNight sim = NightSimulator.simulate(SimConfig.night(1).withDurationSec(3600));
        SimStage first = SimStage.values()[sim.hypnogram()[0]];
        assertEquals(first.name(), n.reference().stage(0).name());
        // Beats were detected: the heart rate feature is finite in the middle of the night.
        assertTrue(Double.isFinite(n.features().values()[60][n.features().indexOf("raw_hr5")]));

        Path model = tmp.resolve("m.bin.gz");
        assertEquals(0, Main.execute("train", "stager", "--cohort", "simA=" + a, "--cohort", "simB=" + b,
                "--test-cohort", "simB", "--out", model.toString()));
        assertTrue(Files.size(model) > 100);
        assertTrue(Files.readString(tmp.resolve("m.bin.gz.txt")).contains("simA:sima1-000001"));
    }
}
