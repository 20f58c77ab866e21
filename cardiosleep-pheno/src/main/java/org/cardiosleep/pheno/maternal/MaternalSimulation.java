package org.cardiosleep.pheno.maternal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated time-synchronised PSG SpO2 and CTG pairs with planted FHR responses to maternal
 * desaturations — known truth for testing the event-locked analysis and its GLMs. Everything here
 * is simulated and must be reported as such.
 *
 * <p>SpO2 is reported in whole percent, as oximeters do. Each maternal desaturation (depth 3.5–14 %, duration 15–90 s) is followed, with probability
 * {@code logistic(b0 + bDepth·depth + bDuration·duration)}, by a fetal deceleration that starts 5–25 s
 * after the desaturation onset, lasts 30–70 s and reaches {@code 15 + slope·depth} bpm below
 * baseline. FHR has a baseline of 120–150 bpm with moderate variability; spontaneous accelerations
 * occur away from events. The CTG starts {@code ctgOffsetSec} after the PSG.
 */
public final class MaternalSimulation {

    /** Planted truth. */
    public record Truth(double intercept, double perDepthPct, double perDurationSec, double magnitudeSlopeBpmPerPct) {
        public static final Truth DEFAULT = new Truth(-3.0, 0.30, 0.02, 1.5);
    }

    /** One simulated subject. */
    public record Pair(int subject, float[] spo2, double spo2Hz, double[] fhrBpm, double[] uterine, double ctgHz,
                       double ctgOffsetSec, List<PlantedEvent> events) {
    }

    /** A planted desaturation and whether a deceleration was planted after it. */
    public record PlantedEvent(double onsetSec, double durationSec, double depthPct, boolean deceleration) {
    }

    private MaternalSimulation() {
    }

    public static Pair simulate(int subject, long seed, double hours, int events, Truth truth) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double spo2Hz = 1, ctgHz = 4;
        int nS = (int) (hours * 3600 * spo2Hz);
        float[] spo2 = new float[nS];
        double base = 95 + rnd.nextDouble() * 3;
        for (int i = 0; i < nS; i++) {
            spo2[i] = (float) base;
        }
        double ctgOffset = 300 + rnd.nextInt(600);
        int nC = (int) ((hours * 3600 - ctgOffset) * ctgHz);
        double[] fhr = new double[nC];
        double fhrBase = 120 + rnd.nextDouble() * 30;
        for (int i = 0; i < nC; i++) {
            double t = i / ctgHz;
            fhr[i] = fhrBase + 3 * Math.sin(2 * Math.PI * t / 23) + 1.5 * Math.sin(2 * Math.PI * t / 6.1)
                    + 0.8 * gaussian(rnd);
        }
        List<PlantedEvent> planted = new ArrayList<>();
        double spacing = (hours * 3600 - ctgOffset - 600) / events;
        for (int e = 0; e < events; e++) {
            double onset = ctgOffset + 300 + e * spacing + rnd.nextDouble() * spacing * 0.3;
            double dur = 15 + rnd.nextDouble() * 75;
            double depth = 3.5 + rnd.nextDouble() * 10.5;
            desaturate(spo2, spo2Hz, onset, dur, depth);
            double p = 1 / (1 + Math.exp(-(truth.intercept() + truth.perDepthPct() * depth + truth.perDurationSec() * dur)));
            boolean dec = rnd.nextDouble() < p;
            double ctgOnset = onset - ctgOffset;
            if (dec) {
                double lat = 5 + rnd.nextDouble() * 20;
                double len = 30 + rnd.nextDouble() * 40;
                bump(fhr, ctgHz, ctgOnset + lat, len, -(15 + truth.magnitudeSlopeBpmPerPct() * depth));
            }
            // a spontaneous acceleration between events
            if (rnd.nextDouble() < 0.5) {
                bump(fhr, ctgHz, ctgOnset + dur + 200 + rnd.nextDouble() * Math.max(1, spacing - dur - 400), 25, 20);
            }
            planted.add(new PlantedEvent(onset, dur, depth, dec));
        }
        for (int i = 0; i < nS; i++) {
            spo2[i] = Math.round(spo2[i]); // oximeters report whole percent
        }
        return new Pair(subject, spo2, spo2Hz, fhr, new double[0], ctgHz, ctgOffset, planted);
    }

    private static double gaussian(SplittableRandom r) {
        double u = Math.max(1e-12, r.nextDouble()), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** A desaturation: linear fall to the nadir over the event, quick recovery over 10 s. */
    private static void desaturate(float[] s, double fs, double onset, double dur, double depth) {
        int a = (int) (onset * fs), b = (int) ((onset + dur) * fs), c = (int) ((onset + dur + 10) * fs);
        for (int i = a; i < c && i < s.length; i++) {
            double w = i < b ? (i - a) / (double) Math.max(1, b - a) : 1 - (i - b) / (double) Math.max(1, c - b);
            s[i] -= (float) (depth * w);
        }
    }

    /** A smooth (half-sine) excursion of the FHR. */
    private static void bump(double[] x, double fs, double start, double len, double amp) {
        int a = (int) Math.max(0, start * fs), b = (int) Math.min(x.length, (start + len) * fs);
        for (int i = a; i < b; i++) {
            double w = Math.sin(Math.PI * (i / fs - start) / len);
            // flat-topped: most of the excursion is at full amplitude
            x[i] += amp * Math.min(1, 1.6 * w);
        }
    }
}
