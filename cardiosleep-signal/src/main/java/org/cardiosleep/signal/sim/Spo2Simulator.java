package org.cardiosleep.signal.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * SpO2 (%) for a simulated night: a baseline near 96.5 % with slow drift and sensor noise, and one
 * desaturation per apnea that begins 5 s after apnea onset, reaches its nadir 12 s after the apnea
 * ends (the circulatory delay to a finger probe) and recovers within 12 s. Depths are drawn from
 * three bands kept away from the 3 % and 4 % thresholds (1.2-2.2, 3.3-3.5, 4.6-9 %), so the truth
 * of "≥ 3 %" and "≥ 4 %" is unambiguous despite noise.
 */
final class Spo2Simulator {
    private Spo2Simulator() {
    }

    record Result(float[] spo2, List<SimEpisode> desaturations) {
    }

    static Result simulate(SimConfig cfg, List<SimEpisode> apneas, SplittableRandom rnd) {
        double fs = cfg.spo2RateHz();
        int n = (int) Math.floor(cfg.durationSec() * fs);
        float[] drop = new float[n];
        List<SimEpisode> desats = new ArrayList<>();
        for (SimEpisode a : apneas) {
            double u = rnd.nextDouble();
            double depth = u < 0.2 ? 1.2 + rnd.nextDouble() : u < 0.35 ? 3.3 + 0.2 * rnd.nextDouble()
                    : 4.6 + 4.4 * rnd.nextDouble();
            double fall = a.startSec() + 5, nadir = a.endSec() + 12, rec = nadir + 12;
            for (int i = Math.max(0, (int) Math.floor(fall * fs)); i < n && i <= rec * fs; i++) {
                double t = i / fs;
                double d = t <= nadir
                        ? depth * 0.5 * (1 - Math.cos(Math.PI * (t - fall) / (nadir - fall)))
                        : depth * 0.5 * (1 + Math.cos(Math.PI * (t - nadir) / (rec - nadir)));
                drop[i] = (float) Math.max(drop[i], Math.max(0, d));
            }
            desats.add(new SimEpisode(fall, rec, depth));
        }
        float[] spo2 = new float[n];
        double phase = rnd.nextDouble() * 2 * Math.PI;
        for (int i = 0; i < n; i++) {
            double t = i / fs;
            double base = 96.5 + 0.5 * Math.sin(2 * Math.PI * t / 2400 + phase);
            double noise = 0.1 * (rnd.nextDouble() + rnd.nextDouble() + rnd.nextDouble() - 1.5) * 2;
            spo2[i] = (float) Math.min(100, base + noise - drop[i]);
        }
        return new Result(spo2, desats);
    }
}
