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
 * lead 2 ("V5") is the same heart at 0.8 gain, without gap or block. Or ({@link #writeMotion}) lead 1
 * alone with electrode motion in place of the block.
 */
public final class TwoLeadRecord {
    /** Length of the block on lead 1 (s). */
    public static final double BLOCK_SEC = 6;

    private TwoLeadRecord() {
    }

    /** Writes {@code dir/twolead.hea/.dat}; returns the simulation of lead 1 (its truth). */
    public static SimulatedNight write(Path dir, SimConfig cfg, double blockAtSec) throws Exception {
        return write(dir, cfg, blockAtSec, true);
    }

    /**
     * Writes {@code dir/onelead.hea/.dat}: lead 1 alone, with the lead-off gap and, from {@code atSec}
     * for {@value #BLOCK_SEC} s, electrode motion instead of the block: a 0.7-Hz swing of ±1.5 mV and no
     * QRS (neither flat nor saturated, so the signal-quality check keeps it). Returns the simulation.
     */
    public static SimulatedNight writeMotion(Path dir, SimConfig cfg, double atSec) throws Exception {
        return write(dir, cfg, atSec, false);
    }

    private static SimulatedNight write(Path dir, SimConfig cfg, double blockAtSec, boolean secondLead) throws Exception {
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
            double t = (i - from) / fs;
            x1[i] = secondLead ? 2.5 * Math.exp(-t / 1.5) : 1.5 * Math.sin(2 * Math.PI * 0.7 * t);
        }
        WfdbWriter.Signal one = WfdbWriter.Signal.ofPhysical("MLII", "mV", 1000, 0, x1, 16);
        WfdbWriter.write(dir, secondLead ? "twolead" : "onelead", 16, fs, secondLead
                ? List.of(one, WfdbWriter.Signal.ofPhysical("V5", "mV", 1000, 0, x2, 16)) : List.of(one), null, List.of());
        return a;
    }
}
