package org.cardiosleep.pheno.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.ishne.IshneWriter;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing between ECG leads (simulated 30-min ECG written as 2-lead ISHNE Holters, both leads
 * generic bipolar, so the labels rank them equally and lead 1 is preferred): a lead that is
 * disconnected (noise) for most of the recording is passed over for a clean one; between two clean
 * leads the preferred one is kept; the user's choice always wins.
 */
class EcgChannelTest {
    @TempDir
    static Path dir;
    static short[] ecg;
    static double fs;

    @BeforeAll
    static void simulate() throws Exception {
        try (SimulatedRecording sim = new SimulatedRecording(
                NightSimulator.simulate(SimConfig.night(3).withDurationSec(1800)), dir.resolve("sim"))) {
            fs = sim.signals().get(0).samplingRateHz();
            int[] d = sim.readDigital(0, 0, (int) sim.signals().get(0).sampleCount()); // µV
            ecg = new short[d.length];
            for (int i = 0; i < d.length; i++) {
                ecg[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, d[i]));
            }
        }
    }

    private static Path holter(String name, short[] lead1, short[] lead2) throws Exception {
        Path f = dir.resolve(name + ".ecg");
        IshneWriter.write(f, new IshneWriter.Header(null, name, (int) fs, new int[] {1, 1}, new int[] {1000, 1000}),
                new short[][] {lead1, lead2});
        return f;
    }

    @Test
    void aLeadThatIsOffMostOfTheTimeIsPassedOver() throws Exception {
        Random rnd = new Random(1);
        short[] off = ecg.clone();
        for (int i = 0; i < off.length * 8 / 10; i++) {
            off[i] = (short) Math.round(30 * rnd.nextGaussian()); // 30-µV noise: electrode off
        }
        try (Recording r = Recordings.open(holter("lead1-off", off, ecg))) {
            EcgChannel.Choice c = EcgChannel.choose(r, null);
            assertEquals(1, c.channel(), c.reason());
            assertTrue(c.reason().startsWith("by signal quality"), c.reason());
            assertTrue(EcgChannel.usableShare(r, 0) < 0.4, "off lead " + EcgChannel.usableShare(r, 0));
            assertTrue(EcgChannel.usableShare(r, 1) > 0.9, "clean lead " + EcgChannel.usableShare(r, 1));
            assertEquals(0, EcgChannel.choose(r, "0").channel());
            assertEquals("chosen by the user", EcgChannel.choose(r, "ECG 1").reason());
        }
    }

    @Test
    void betweenCleanLeadsThePreferredOneIsKept() throws Exception {
        short[] other = new short[ecg.length];
        for (int i = 0; i < ecg.length; i++) {
            other[i] = (short) (-ecg[i] / 2); // another projection of the same heart: inverted, smaller
        }
        try (Recording r = Recordings.open(holter("both-clean", ecg, other))) {
            EcgChannel.Choice c = EcgChannel.choose(r, null);
            assertEquals(0, c.channel(), c.reason());
            assertTrue(c.reason().startsWith("by label among 2 ECG channels"), c.reason());
        }
    }
}
