package org.cardiosleep.pheno.analyze;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.io.Recording;

/** Chooses and reads the ECG strips shown in the report. */
final class StripPicker {
    static final double STRIP_SEC = EcgStrip.STRIP_SEC;

    private StripPicker() {
    }

    /** {@code %.Nf}: half-up from the shortest decimal form, as Formatter rounds (finite values). */
    static String fixed(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static List<EcgStrip> pick(Recording rec, int ch, BeatTable beats, boolean[] usable, List<NightEvent> events)
            throws IOException {
        List<EcgStrip> out = new ArrayList<>();
        // notable rhythm events first: the longest pause, the fastest ventricular run, the first AF onset
        NightEvent pause = best(events, EventTypes.PAUSE, true, false);
        if (pause != null) {
            out.add(read(rec, ch, beats, "Longest pause: " + fixed(pause.durationSec(), 2) + " s",
                    pause.onsetSec() + pause.durationSec() / 2 - STRIP_SEC / 2, pause.onsetSec(), pause.endSec()));
        }
        NightEvent doubtful = best(events, EventTypes.PAUSE_DOUBTFUL, true, false);
        if (doubtful != null) {
            out.add(read(rec, ch, beats, "Longest doubtful pause (baseline swing, not counted): "
                    + fixed(doubtful.durationSec(), 2) + " s", doubtful.onsetSec() + doubtful.durationSec() / 2
                    - STRIP_SEC / 2, doubtful.onsetSec(), doubtful.endSec()));
        }
        NightEvent run = best(events, EventTypes.VENTRICULAR_RUN, true, true);
        if (run != null) {
            out.add(read(rec, ch, beats, "Fastest ventricular run: " + fixed(run.value(), 0) + " bpm ("
                    + run.detail() + ")", run.onsetSec() + run.durationSec() / 2 - STRIP_SEC / 2,
                    run.onsetSec(), run.endSec()));
        }
        NightEvent af = best(events, EventTypes.AF, false, false);
        if (af != null) {
            out.add(read(rec, ch, beats, "Atrial fibrillation onset (episode of "
                    + fixed(af.durationSec() / 60, 0) + " min)", af.onsetSec() - STRIP_SEC / 2, af.onsetSec(), af.endSec()));
        }
        if (beats != null && beats.size() > 10 && pause == null) {
            int i = Summaries.longestRr(beats, usable)[0];
            if (i >= 0) {
                double a = beats.timeSec(i), b = beats.timeSec(i + 1);
                out.add(read(rec, ch, beats, "Longest RR interval: " + fixed(b - a, 2) + " s",
                        (a + b) / 2 - STRIP_SEC / 2, a, b));
            }
        }
        if (beats != null && beats.size() > 10 && run == null) {
            int f = Summaries.fastest(beats, usable, 10);
            if (f >= 0) {
                double a = beats.timeSec(f), b = beats.timeSec(f + 9);
                out.add(read(rec, ch, beats, "Fastest 10 beats: " + fixed(540 / (b - a), 0) + " bpm",
                        (a + b) / 2 - STRIP_SEC / 2, a, b));
            }
        }
        // a representative stretch: the first fully usable 10 s after the middle of the recording
        int mid = usable.length / 2;
        for (int t = mid; t + STRIP_SEC < usable.length; t++) {
            boolean ok = true;
            for (int k = t; k < t + STRIP_SEC && ok; k++) {
                ok = usable[k];
            }
            if (ok) {
                out.add(read(rec, ch, beats, "Representative ECG, mid-recording", t, Double.NaN, Double.NaN));
                break;
            }
        }
        return out;
    }

    /** The event of a type with the largest duration (or value), or the first one when {@code largest} is false. */
    private static NightEvent best(List<NightEvent> events, String type, boolean largest, boolean byValue) {
        NightEvent best = null;
        for (NightEvent e : events) {
            if (!e.type().equals(type)) {
                continue;
            }
            if (best == null) {
                best = e;
                if (!largest) {
                    break;
                }
            } else if ((byValue ? e.value() : e.durationSec()) > (byValue ? best.value() : best.durationSec())) {
                best = e;
            }
        }
        return best;
    }

    private static EcgStrip read(Recording rec, int ch, BeatTable beats, String title, double startSec,
                                 double markA, double markB) throws IOException {
        long[] samples = new long[beats == null ? 0 : beats.size()];
        for (int k = 0; k < samples.length; k++) {
            samples[k] = beats.samples()[k];
        }
        return EcgStrip.read(rec, ch, samples, beats == null ? new byte[0] : beats.symbols(), title, startSec, markA, markB);
    }
}
