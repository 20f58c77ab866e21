package org.cardiosleep.signal.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulates a night (or a multi-day Holter) with known truth: a hypnogram; an RR process whose mean
 * and variability follow the sleep stage (slower and more respiratory sinus arrhythmia in deep
 * sleep, faster and less regular in REM and wake); premature ventricular and atrial beats; one
 * atrial-fibrillation episode; one sinus pause and one ventricular run; apnea episodes with cyclic
 * variation of heart rate (bradycardia during the event, tachycardia at its end, Guilleminault
 * 1984) and SpO2 desaturations that lag the event; noise and a lead-off gap.
 *
 * <p>The ECG itself is rendered on demand by {@link SimulatedNight#renderEcg(long, float[])}, so a
 * 7-day recording costs only its beat list until it is read. Deterministic by seed.
 */
public final class NightSimulator {
    /** Mean RR (s) per stage, index = {@link SimStage#ordinal()}. */
    private static final double[] MEAN_RR = {0.80, 0.88, 0.95, 1.00, 0.87};
    /** Respiratory sinus arrhythmia, fraction of RR, per stage. */
    private static final double[] RSA = {0.015, 0.025, 0.035, 0.045, 0.015};
    /** Amplitude of the ~0.1 Hz (Mayer wave) oscillation, fraction of RR, per stage. */
    private static final double[] LF = {0.030, 0.025, 0.018, 0.008, 0.035};
    static final double RESP_HZ = 0.25;

    private NightSimulator() {
    }

    /** Simulates one recording. */
    public static SimulatedNight simulate(SimConfig cfg) {
        SplittableRandom rnd = new SplittableRandom(cfg.seed());
        byte[] hyp = HypnogramGenerator.generate(cfg.durationSec(), rnd.split());
        SplittableRandom evRnd = rnd.split();
        SimEpisode af = placeAf(cfg, hyp, evRnd);
        List<SimEpisode> apneas = placeApneas(cfg, hyp, af, evRnd);
        SimEpisode pause = placeIn(hyp, SimStage.N2, 3.4, evRnd, af, apneas);
        SimEpisode run = placeIn(hyp, SimStage.WAKE, 6 * 0.33, evRnd, af, apneas);
        SimEpisode gap = null;
        if (cfg.leadOffSec() > 0) {
            double s = Math.floor(cfg.durationSec() * 0.68);
            gap = new SimEpisode(s, s + cfg.leadOffSec(), 0);
        }
        Beats beats = beats(cfg, hyp, af, apneas, pause, run, rnd.split());
        Spo2Simulator.Result sp = Spo2Simulator.simulate(cfg, apneas, rnd.split());
        double[] at = beats.actual;
        SimEpisode truePause = Double.isNaN(at[0]) ? null : new SimEpisode(at[0], at[1], at[1] - at[0]);
        SimEpisode trueRun = Double.isNaN(at[2]) ? null : new SimEpisode(at[2], at[2] + 5 * 0.33, 60 / 0.33);
        return new SimulatedNight(cfg, hyp, beats.samples, beats.classes, af, apneas, sp.desaturations(),
                truePause, trueRun, gap, sp.spo2());
    }

    private record Beats(int[] samples, byte[] classes, double[] actual) {
    }

    /**
     * Time constant (s) with which the sinus rate follows the apnea cycle and arousals: the heart rate
     * rises over several beats after an apnea ends (peaking some 5-10 s later), it does not jump.
     */
    static final double AUTONOMIC_TAU_SEC = 3.0;

    private static Beats beats(SimConfig cfg, byte[] hyp, SimEpisode af, List<SimEpisode> apneas,
                               SimEpisode pause, SimEpisode run, SplittableRandom rnd) {
        double fs = cfg.ecgRateHz();
        int cap = (int) (cfg.durationSec() / 0.5) + 16;
        int[] samples = new int[cap];
        byte[] classes = new byte[cap];
        int n = 0;
        double t = 0.5;
        double meanRr = MEAN_RR[hyp[0]];
        double lfPhase = 0, vlf = 0, surgeDrive = 0, surge = 0, cycle = 1;
        int apneaIdx = 0;
        boolean pauseDone = pause == null, runDone = run == null;
        double lastSinusRr = meanRr;
        double[] actual = {Double.NaN, Double.NaN, Double.NaN}; // pause start, pause end, run start
        while (t < cfg.durationSec() - 0.5) {
            if (n + 16 >= samples.length) {
                samples = Arrays.copyOf(samples, samples.length * 3 / 2);
                classes = Arrays.copyOf(classes, classes.length * 3 / 2);
            }
            samples[n] = (int) Math.round(t * fs);
            int epoch = Math.min(hyp.length - 1, (int) (t / HypnogramGenerator.EPOCH_SEC));
            int stage = hyp[epoch];
            boolean inAf = af != null && af.contains(t);
            classes[n] = 'N';
            double rr;
            meanRr += (MEAN_RR[stage] - meanRr) * Math.min(1, lastSinusRr / 60);
            // Mayer-wave (~0.1 Hz) baroreflex oscillation with a wandering phase: LF power without the
            // slow (VLF) drift that would mimic the cyclic variation of apnea in every minute
            lfPhase += 2 * Math.PI * 0.1 * lastSinusRr + 0.35 * gauss(rnd);
            double lf = LF[stage] * Math.sin(lfPhase);
            // awake: slow drift and arousal-like heart-rate surges (movement); asleep: slow drift decays
            boolean awake = stage == SimStage.WAKE.ordinal();
            vlf = 0.985 * vlf + (awake ? 0.006 : 0.0015) * gauss(rnd);
            if (awake && rnd.nextDouble() < 0.004) {
                surgeDrive = 0.12;                           // a ~20-s arousal surge (peak ~8 bpm)
            }
            surgeDrive *= 0.95;
            // the sinus node follows autonomic drive over seconds, not from one beat to the next (a
            // step of the rate from one beat to the next is the signature of an ectopic rhythm)
            double follow = Math.min(1, lastSinusRr / AUTONOMIC_TAU_SEC);
            surge += (surgeDrive - surge) * follow;
            double sinus = meanRr * (1 + lf + vlf - surge + RSA[stage] * Math.sin(2 * Math.PI * RESP_HZ * t));
            while (apneaIdx < apneas.size() && apneas.get(apneaIdx).endSec() + 15 < t) {
                apneaIdx++;
            }
            double cycleTarget = 1;
            if (apneaIdx < apneas.size()) {
                SimEpisode a = apneas.get(apneaIdx);
                if (a.contains(t)) {
                    cycleTarget = 1.08;                     // bradycardia during the obstruction
                } else if (t >= a.endSec() && t < a.endSec() + 12) {
                    cycleTarget = 0.82;                     // tachycardia at arousal / event end
                }
            }
            cycle += (cycleTarget - cycle) * follow;
            sinus *= cycle;
            if (inAf) {
                rr = 0.68 * (0.55 + 0.9 * rnd.nextDouble());
                lastSinusRr = rr;
            } else if (!runDone && t >= run.startSec()) {
                // a ventricular run of six beats at 182 bpm, then a compensatory pause
                actual[2] = t;
                for (int k = 0; k < 6; k++) {
                    samples[n] = (int) Math.round(t * fs);
                    classes[n] = 'V';
                    n++;
                    t += 0.33;
                }
                t += 1.2 * lastSinusRr - 0.33;
                runDone = true;
                continue;
            } else if (!pauseDone && t >= pause.startSec()) {
                rr = pause.durationSec();                  // sinus arrest
                actual[0] = t;
                actual[1] = t + rr;
                pauseDone = true;
            } else if (rnd.nextDouble() < cfg.pvcPerBeat()) {
                rr = 0.62 * sinus;                          // the next beat is a PVC
                lastSinusRr = sinus;
                classes[n] = 'N';
                t += rr;
                n++;
                samples[n] = (int) Math.round(t * fs);
                classes[n] = 'V';
                rr = 2 * sinus - rr;                        // full compensatory pause
            } else if (rnd.nextDouble() < cfg.pacPerBeat()) {
                rr = 0.72 * sinus;                          // the next beat is a PAC
                lastSinusRr = sinus;
                t += rr;
                n++;
                samples[n] = (int) Math.round(t * fs);
                classes[n] = 'S';
                rr = sinus * 1.05;                          // sinus node reset: non-compensatory
            } else {
                rr = sinus;
                lastSinusRr = sinus;
            }
            t += rr;
            n++;
            if (n + 16 >= samples.length) {
                samples = Arrays.copyOf(samples, samples.length * 3 / 2);
                classes = Arrays.copyOf(classes, classes.length * 3 / 2);
            }
        }
        // the last beat may have been pushed beyond the end by a run or an ectopic pair
        int maxSample = (int) Math.floor(cfg.durationSec() * fs) - 1;
        while (n > 0 && samples[n - 1] > maxSample) {
            n--;
        }
        return new Beats(Arrays.copyOf(samples, n), Arrays.copyOf(classes, n), actual);
    }

    static double gauss(SplittableRandom rnd) {
        // Box-Muller: the pipeline needs reproducibility, not speed, here (one draw per beat)
        double u = Math.max(1e-12, rnd.nextDouble());
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    private static SimEpisode placeAf(SimConfig cfg, byte[] hyp, SplittableRandom rnd) {
        if (cfg.afEpisodeSec() <= 0) {
            return null;
        }
        double night = Math.min(cfg.durationSec(), 8 * 3600);
        double start = Math.floor(night * (0.35 + 0.1 * rnd.nextDouble()));
        return new SimEpisode(start, Math.min(cfg.durationSec() - 60, start + cfg.afEpisodeSec()), 0);
    }

    /** Apneas in NREM 1-2 and REM sleep (rarer in N3), 15-40 s long, at least 30 s apart. */
    private static List<SimEpisode> placeApneas(SimConfig cfg, byte[] hyp, SimEpisode af, SplittableRandom rnd) {
        double e = HypnogramGenerator.EPOCH_SEC;
        int sleepEpochs = 0;
        for (byte s : hyp) {
            sleepEpochs += s != SimStage.WAKE.ordinal() ? 1 : 0;
        }
        int target = (int) Math.round(cfg.targetAhi() * sleepEpochs * e / 3600);
        List<SimEpisode> out = new ArrayList<>();
        double[] starts = new double[0];
        for (int tries = 0; out.size() < target && tries < target * 50; tries++) {
            int ep = rnd.nextInt(hyp.length);
            int st = hyp[ep];
            boolean ok = st == SimStage.N1.ordinal() || st == SimStage.N2.ordinal() || st == SimStage.REM.ordinal()
                    || (st == SimStage.N3.ordinal() && rnd.nextDouble() < 0.2);
            if (!ok) {
                continue;
            }
            double start = ep * e + rnd.nextDouble() * e;
            double end = start + 15 + 25 * rnd.nextDouble();
            int endEp = Math.min(hyp.length - 1, (int) ((end + 30) / e));
            if (hyp[endEp] == SimStage.WAKE.ordinal() || end + 60 > cfg.durationSec()
                    || (af != null && end > af.startSec() - 60 && start < af.endSec() + 60)) {
                continue;
            }
            int pos = Arrays.binarySearch(starts, start);
            int ins = pos < 0 ? -pos - 1 : pos;
            boolean clash = (ins > 0 && out.get(ins - 1).endSec() + 40 > start)
                    || (ins < out.size() && end + 40 > out.get(ins).startSec());
            if (clash) {
                continue;
            }
            out.add(ins, new SimEpisode(start, end, 0));
            starts = new double[out.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = out.get(i).startSec();
            }
        }
        return out;
    }

    /** A time in the middle of an epoch of {@code stage}, away from AF and apneas; null when none. */
    private static SimEpisode placeIn(byte[] hyp, SimStage stage, double durSec, SplittableRandom rnd,
                                      SimEpisode af, List<SimEpisode> apneas) {
        double e = HypnogramGenerator.EPOCH_SEC;
        for (int tries = 0; tries < 10_000; tries++) {
            int ep = 20 + rnd.nextInt(Math.max(1, hyp.length - 40));
            if (ep >= hyp.length || hyp[ep] != stage.ordinal()) {
                continue;
            }
            double s = ep * e + 5;
            boolean near = af != null && s > af.startSec() - 120 && s < af.endSec() + 120;
            for (SimEpisode a : apneas) {
                near |= s > a.startSec() - 60 && s < a.endSec() + 60;
            }
            if (!near) {
                return new SimEpisode(s, s + durSec, 0);
            }
        }
        return null;
    }
}
