package org.cardiosleep.app.holter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cardiosleep.app.report.Numbers;
import org.cardiosleep.io.Recording;
import org.cardiosleep.pheno.analyze.EcgStrip;
import org.cardiosleep.pheno.holter.HolterResult;
import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.signal.rhythm.BeatLabels;
import org.cardiosleep.signal.rhythm.RhythmEvent;

/**
 * The ECG strips of the Holter report: the longest pause (or, without one, the longest RR
 * interval), the fastest ventricular run, the fastest SVT, the first AF onset, and the minutes of
 * the highest and lowest heart rate; each 10 s centred on its event.
 */
final class HolterStrips {
    private static final double HALF = EcgStrip.STRIP_SEC / 2;

    private HolterStrips() {
    }

    static List<EcgStrip> pick(Recording rec, int ch, long[] samples, double[] t, HolterResult r, SignalLoss loss)
            throws IOException {
        byte[] symbols = new byte[samples.length];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = r.classes() == null ? BeatLabels.UNCLASSIFIED : r.classes()[i];
        }
        List<EcgStrip> out = new ArrayList<>();
        RhythmEvent pause = best(r.events(), List.of("PAUSE_2S"), false);
        if (pause != null) {
            out.add(around(rec, ch, samples, symbols, "Longest pause: " + Numbers.padded(pause.durationSec(), 2) + " s", pause));
        } else {
            int longest = -1;
            for (int i = 1; i < t.length; i++) {
                if (!r.afBeat()[i] && (longest < 0 || t[i] - t[i - 1] > t[longest] - t[longest - 1])
                        && !loss.spans(t[i - 1], t[i])) {
                    longest = i;
                }
            }
            if (longest > 0) {
                double a = t[longest - 1], b = t[longest];
                out.add(EcgStrip.read(rec, ch, samples, symbols, "Longest RR interval outside AF: "
                        + Numbers.padded(b - a, 2) + " s", (a + b) / 2 - HALF, a, b));
            }
        }
        RhythmEvent doubtful = best(r.events(), List.of("PAUSE_DOUBTFUL"), false);
        if (doubtful != null) {
            out.add(around(rec, ch, samples, symbols, "Longest doubtful pause (baseline swing, not counted): "
                    + Numbers.padded(doubtful.durationSec(), 2) + " s", doubtful));
        }
        RhythmEvent vRun = best(r.events(), List.of("NSVT", "VT", "V_RUN_SLOW"), true);
        if (vRun != null) {
            out.add(around(rec, ch, samples, symbols, "Fastest ventricular run: " + Numbers.padded(vRun.rateBpm(), 0)
                    + " bpm, " + vRun.beats() + " beats", vRun));
        }
        RhythmEvent svt = best(r.events(), List.of("SVT"), true);
        if (svt != null) {
            out.add(around(rec, ch, samples, symbols, "Fastest SVT: " + Numbers.padded(svt.rateBpm(), 0) + " bpm, "
                    + svt.beats() + " beats", svt));
        }
        for (RhythmEvent e : r.events()) {
            if (e.type().equals("AF")) {
                out.add(EcgStrip.read(rec, ch, samples, symbols, "Atrial fibrillation onset (episode of "
                        + Numbers.padded(e.durationSec() / 60, 0) + " min)", e.onsetSec() - HALF, e.onsetSec(), e.offsetSec()));
                break;
            }
        }
        Map<String, Object> v = r.variables();
        minute(rec, ch, samples, symbols, out, v, "HR_MAX", "Highest 1-min heart rate: ");
        minute(rec, ch, samples, symbols, out, v, "HR_MIN", "Lowest 1-min heart rate: ");
        return out;
    }

    private static void minute(Recording rec, int ch, long[] samples, byte[] symbols, List<EcgStrip> out,
                               Map<String, Object> v, String key, String title) throws IOException {
        if (v.get(key) instanceof Number hr && v.get(key + "_T") instanceof Number at
                && Double.isFinite(hr.doubleValue()) && Double.isFinite(at.doubleValue())) {
            out.add(EcgStrip.read(rec, ch, samples, symbols, title + Numbers.padded(hr.doubleValue(), 0) + " bpm",
                    at.doubleValue() + 30 - HALF, Double.NaN, Double.NaN));
        }
    }

    private static EcgStrip around(Recording rec, int ch, long[] samples, byte[] symbols, String title, RhythmEvent e)
            throws IOException {
        return EcgStrip.read(rec, ch, samples, symbols, title, (e.onsetSec() + e.offsetSec()) / 2 - HALF, e.onsetSec(),
                e.offsetSec());
    }

    /** The event of the given types with the highest rate ({@code byRate}) or the longest duration. */
    private static RhythmEvent best(List<RhythmEvent> events, List<String> types, boolean byRate) {
        RhythmEvent best = null;
        for (RhythmEvent e : events) {
            if (types.contains(e.type()) && (best == null
                    || (byRate ? e.rateBpm() > best.rateBpm() : e.durationSec() > best.durationSec()))) {
                best = e;
            }
        }
        return best;
    }
}
