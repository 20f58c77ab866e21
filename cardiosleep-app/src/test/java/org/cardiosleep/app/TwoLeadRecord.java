package org.cardiosleep.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.io.wfdb.WfdbWriter;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.cardiosleep.signal.sim.SimulatedNight;

/**
 * A simulated two-lead WFDB record for tests (simulated data): lead 1 ("MLII") has the simulation's
 * lead-off gap and, from {@code blockAtSec}, a 6-s amplifier block (a decaying baseline, no QRS);
 * lead 2 ("V5") is the same heart at 0.8 gain, without gap or block.
 */
public final class TwoLeadRecord {
    /** Length of the block on lead 1 (s). */
    public static final double BLOCK_SEC = 6;

    private TwoLeadRecord() {
    }

    /** Writes {@code dir/twolead.hea/.dat}; returns the simulation of lead 1 (its truth). */
    public static SimulatedNight write(Path dir, SimConfig cfg, double blockAtSec) throws Exception {
        SimConfig noGap = new SimConfig(cfg.durationSec(), cfg.ecgRateHz(), cfg.spo2RateHz(), cfg.seed(), cfg.targetAhi(),
                cfg.pvcPerBeat(), cfg.pacPerBeat(), cfg.afEpisodeSec(), 0, cfg.noiseMv());
        SimulatedNight a = NightSimulator.simulate(cfg), b = NightSimulator.simulate(noGap);
        assertArrayEquals(a.beatSamples(), b.beatSamples(), "the same heart with and without the gap");
        float[] lead1 = a.renderEcg(), lead2 = b.renderEcg();
        double[] x1 = new double[lead1.length], x2 = new double[lead2.length];
        for (int i = 0; i < x1.length; i++) {
            x1[i] = lead1[i];
            x2[i] = 0.8 * lead2[i];
        }
        double fs = cfg.ecgRateHz();
        int from = (int) (blockAtSec * fs), to = (int) ((blockAtSec + BLOCK_SEC) * fs);
        for (int i = from; i < to; i++) {
            x1[i] = 2.5 * Math.exp(-(i - from) / fs / 1.5);
        }
        WfdbWriter.write(dir, "twolead", 16, fs, List.of(WfdbWriter.Signal.ofPhysical("MLII", "mV", 1000, 0, x1, 16),
                WfdbWriter.Signal.ofPhysical("V5", "mV", 1000, 0, x2, 16)), null, List.of());
        return a;
    }
}
