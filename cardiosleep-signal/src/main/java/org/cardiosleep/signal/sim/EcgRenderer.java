package org.cardiosleep.signal.sim;

import java.util.Arrays;
import java.util.List;

/**
 * Renders any stretch of a simulated ECG (mV) from the beat list: beat templates placed at each R
 * peak (see {@link BeatTemplates}), respiratory amplitude modulation (weakened during apneas),
 * fibrillatory waves in AF, baseline wander, white noise from a counter-based hash (so any chunking
 * gives identical samples) and a flat lead-off gap.
 */
final class EcgRenderer {
    private static final int LUT = 4096;
    private static final float[] SIN = new float[LUT];

    static {
        for (int i = 0; i < LUT; i++) {
            SIN[i] = (float) Math.sin(2 * Math.PI * i / LUT);
        }
    }

    private final SimulatedNight night;
    private final BeatTemplates tpl;
    private final double fs;
    private final double[] apneaStart;
    private final double[] apneaEnd;

    EcgRenderer(SimulatedNight night) {
        this.night = night;
        this.fs = night.config().ecgRateHz();
        this.tpl = new BeatTemplates(fs);
        List<SimEpisode> ap = night.apneas();
        apneaStart = new double[ap.size()];
        apneaEnd = new double[ap.size()];
        for (int i = 0; i < ap.size(); i++) {
            apneaStart[i] = ap.get(i).startSec();
            apneaEnd[i] = ap.get(i).endSec();
        }
    }

    private static float sinCycles(double cycles) {
        double f = cycles - Math.floor(cycles);
        return SIN[(int) (f * LUT) & (LUT - 1)];
    }

    void render(long first, float[] out) {
        int len = out.length;
        long seed = night.config().seed() * 0x9E3779B97F4A7C15L;
        float noise = (float) night.config().noiseMv();
        SimEpisode af = night.afEpisode();
        for (int i = 0; i < len; i++) {
            double t = (first + i) / fs;
            float v = 0.08f * sinCycles(0.05 * t) + 0.03f * sinCycles(NightSimulator.RESP_HZ * t + 0.25);
            long h = mix(seed + first + i);
            float g = ((h & 0xFFFF) + ((h >>> 16) & 0xFFFF) + ((h >>> 32) & 0xFFFF) - 98302.5f) / 32768f;
            v += noise * g;
            if (af != null && af.contains(t)) {
                v += 0.04f * sinCycles(6.1 * t) + 0.02f * sinCycles(7.3 * t + 0.3);
            }
            out[i] = v;
        }
        int[] beats = night.beatSamples();
        byte[] cls = night.beatClasses();
        long lo = first - tpl.reachAfter(), hi = first + len + tpl.reachBefore();
        int j = Arrays.binarySearch(beats, (int) Math.max(0, Math.min(Integer.MAX_VALUE, lo)));
        j = j < 0 ? -j - 1 : j;
        for (; j < beats.length && beats[j] <= hi; j++) {
            int r = beats[j];
            double t = r / fs;
            double rr = j > 0 ? (r - beats[j - 1]) / fs : 1.0;
            boolean inAf = af != null && af.contains(t);
            double depth = inApnea(t) ? 0.02 : 0.10;
            float m = (float) (1 + depth * sinCycles(NightSimulator.RESP_HZ * t));
            int at = (int) (r - first);
            if (cls[j] == 'V') {
                add(out, tpl.qrsVentricular, at - tpl.qrsHalf, m);
                add(out, tpl.tWaveVentricular, at + (int) Math.round(0.34 * Math.sqrt(Math.min(rr, 1.5)) * fs)
                        - tpl.waveHalf, 1f);
                continue;
            }
            add(out, tpl.qrsNormal, at - tpl.qrsHalf, m);
            if (!inAf) {
                float[] p = cls[j] == 'S' ? tpl.pWaveEctopic : tpl.pWave;
                add(out, p, at + (int) Math.round(BeatTemplates.pOffsetSec(rr) * fs) - tpl.waveHalf, 1f);
            }
            add(out, tpl.tWave, at + (int) Math.round(BeatTemplates.tOffsetSec(rr) * fs) - tpl.waveHalf, 1f);
        }
        SimEpisode gap = night.leadOff();
        if (gap != null) {
            long g0 = Math.max(first, (long) Math.ceil(gap.startSec() * fs));
            long g1 = Math.min(first + len, (long) Math.ceil(gap.endSec() * fs));
            for (long s = g0; s < g1; s++) {
                out[(int) (s - first)] = 0f;
            }
        }
    }

    private boolean inApnea(double t) {
        int k = Arrays.binarySearch(apneaStart, t);
        k = k < 0 ? -k - 2 : k;
        return k >= 0 && t < apneaEnd[k];
    }

    private static void add(float[] out, float[] tpl, int at, float scale) {
        int from = Math.max(0, -at), to = Math.min(tpl.length, out.length - at);
        for (int i = from; i < to; i++) {
            out[at + i] += scale * tpl[i];
        }
    }

    /** SplitMix64 finaliser: a counter-based generator, so noise does not depend on chunking. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
