package org.cardiosleep.app.beats;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cardiosleep.signal.qrs.QrsDetector;
import org.cardiosleep.signal.qrs.RWaveTimes;

/**
 * How well RR intervals survive a lower sampling rate ({@code bench qrs --resample}): beats detected
 * on the resampled signal are matched (within 30 ms) to beats detected on the signal at its own
 * rate, whose times are interpolated between samples; over consecutive matched pairs with a
 * reference interval of 0.3–2 s, the mean absolute RR error of the low-rate times as whole samples
 * and interpolated ({@link RWaveTimes}), and pNN50 (successive differences over 50 ms, all beat
 * types) at each.
 */
final class RrTiming {
    private double sumWhole, sumInterpolated;
    private long intervals, pairs, nn50Ref, nn50Whole, nn50Interpolated;

    void add(double[] xNative, double fsNative, double[] xLow, double fsLow, long[] beatsLow) {
        long[] ref = QrsDetector.detect(xNative, fsNative);
        double[] tr = new double[ref.length];
        for (int i = 0; i < ref.length; i++) {
            tr[i] = (ref[i] + RWaveTimes.offset(xNative, 0, ref[i])) / fsNative;
        }
        int j = 0;
        double prevR = Double.NaN, prevW = Double.NaN, prevI = Double.NaN;
        double lastR = Double.NaN, lastW = Double.NaN, lastI = Double.NaN;
        for (long b : beatsLow) {
            double tw = b / fsLow, ti = (b + RWaveTimes.offset(xLow, 0, b)) / fsLow;
            while (j < tr.length && tr[j] < tw - 0.03) {
                j++;
            }
            if (j >= tr.length || Math.abs(tr[j] - tw) > 0.03) {
                prevR = Double.NaN;
                lastR = Double.NaN;
                continue;
            }
            if (!Double.isNaN(prevR)) {
                double rrR = tr[j] - prevR, rrW = tw - prevW, rrI = ti - prevI;
                if (rrR > 0.3 && rrR < 2) {
                    sumWhole += Math.abs(rrW - rrR);
                    sumInterpolated += Math.abs(rrI - rrR);
                    intervals++;
                    if (!Double.isNaN(lastR)) {
                        pairs++;
                        nn50Ref += Math.abs(rrR - lastR) > 0.05 ? 1 : 0;
                        nn50Whole += Math.abs(rrW - lastW) > 0.05 ? 1 : 0;
                        nn50Interpolated += Math.abs(rrI - lastI) > 0.05 ? 1 : 0;
                    }
                    lastR = rrR;
                    lastW = rrW;
                    lastI = rrI;
                } else {
                    lastR = Double.NaN;
                }
            }
            prevR = tr[j];
            prevW = tw;
            prevI = ti;
        }
    }

    Map<String, Object> json(double fsLow) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", "beats at " + fsLow + " Hz matched (30 ms) to beats detected at the native rate (times "
                + "interpolated); consecutive matched intervals of 0.3-2 s; pNN50 over all beat types");
        m.put("intervals", intervals);
        m.put("meanAbsRrErrorMsWholeSamples", Math.round(1e5 * sumWhole / Math.max(1, intervals)) / 100.0);
        m.put("meanAbsRrErrorMsInterpolated", Math.round(1e5 * sumInterpolated / Math.max(1, intervals)) / 100.0);
        m.put("pnn50PctNative", Math.round(1e4 * nn50Ref / (double) Math.max(1, pairs)) / 100.0);
        m.put("pnn50PctWholeSamples", Math.round(1e4 * nn50Whole / (double) Math.max(1, pairs)) / 100.0);
        m.put("pnn50PctInterpolated", Math.round(1e4 * nn50Interpolated / (double) Math.max(1, pairs)) / 100.0);
        return m;
    }

    String line(double fsLow) {
        Map<String, Object> m = json(fsLow);
        return String.format(java.util.Locale.ROOT, "RR timing at %s Hz: mean |RR error| %s ms whole samples, %s ms "
                + "interpolated (%d intervals); pNN50 %s %% native, %s %% whole, %s %% interpolated", fsLow,
                m.get("meanAbsRrErrorMsWholeSamples"), m.get("meanAbsRrErrorMsInterpolated"), intervals,
                m.get("pnn50PctNative"), m.get("pnn50PctWholeSamples"), m.get("pnn50PctInterpolated"));
    }
}
