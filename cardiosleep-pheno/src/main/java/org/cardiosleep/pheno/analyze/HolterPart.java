package org.cardiosleep.pheno.analyze;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardiosleep.pheno.holter.HolterAnalysis;
import org.cardiosleep.pheno.holter.HolterInput;
import org.cardiosleep.pheno.holter.HolterResult;
import org.cardiosleep.pheno.holter.SecondLead;
import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.signal.rhythm.RhythmEvent;

/**
 * Holter phenotypes of the night ({@link HolterAnalysis}: AF, pauses, ventricular and
 * supraventricular runs, brady-/tachycardia) from the detected beats, their classes when a
 * classifier ran, and the ECG hypnogram.
 */
final class HolterPart {
    private HolterPart() {
    }

    record Outcome(HolterResult result, List<NightEvent> events) {
    }

    static Outcome run(BeatTable beats, double durationSec, Optional<LocalTime> startClock, byte[] stage4,
                       double epochSec, SignalLoss loss, SecondLead.Fill fill) {
        double[] t = SleepPart.beatTimes(beats);
        String[] stages = null;
        if (stage4 != null) {
            stages = new String[stage4.length];
            for (int i = 0; i < stages.length; i++) {
                // the ECG stager has one light-sleep class (N1+N2): it is passed as N2
                stages[i] = switch (stage4[i]) {
                    case 0 -> "W";
                    case 1 -> "N2";
                    case 2 -> "N3";
                    case 3 -> "REM";
                    default -> "?";
                };
            }
        }
        HolterInput in = new HolterInput(t, beats.classified() ? beats.symbols() : null,
                beats.classified() ? "classifier" : "none", Math.max(durationSec, t.length == 0 ? 0 : t[t.length - 1]),
                startClock, stages, epochSec, loss);
        // the night's classes come from the beat classifier: ectopy is counted outside AF
        HolterResult r = HolterAnalysis.analyze(in, true);
        List<NightEvent> events = new ArrayList<>();
        for (RhythmEvent e : r.events()) {
            String type = switch (e.type()) {
                case "AF" -> EventTypes.AF;
                case "PAUSE_2S" -> EventTypes.PAUSE;
                case "PAUSE_DOUBTFUL" -> EventTypes.PAUSE_DOUBTFUL;
                case "V_TRIPLET", "NSVT", "VT", "V_RUN_SLOW" -> EventTypes.VENTRICULAR_RUN;
                case "SVT" -> EventTypes.SUPRAVENTRICULAR_RUN;
                case "BRADY" -> EventTypes.BRADYCARDIA;
                case "TACHY" -> EventTypes.TACHYCARDIA;
                default -> null;
            };
            if (type == null || (e.type().equals("V_TRIPLET") && hasLonger(r.events(), e))) {
                continue;
            }
            if (type.equals(EventTypes.PAUSE_DOUBTFUL)) {
                events.add(new NightEvent(type, e.onsetSec(), e.durationSec(), e.durationSec(),
                        "ECG baseline swung more than a QRS complex inside: beats may be lost there; not counted as a pause"));
                continue;
            }
            double value = type.equals(EventTypes.PAUSE) ? e.durationSec() : e.rateBpm();
            // a pause a second lead looked at: confirmed there (no QRS on it either) or not
            String lead = !type.equals(EventTypes.PAUSE) || fill.channel() < 0 ? ""
                    : fill.confirms(beats.samples()[e.firstBeat()], beats.samples()[e.lastBeat()])
                    ? ", confirmed on the second lead" : ", not checked on the second lead";
            events.add(new NightEvent(type, e.onsetSec(), e.durationSec(), value,
                    e.type() + ", " + e.beats() + " beats" + (Double.isNaN(e.rateBpm()) ? ""
                            : ", " + Math.round(e.rateBpm()) + " bpm") + lead));
        }
        return new Outcome(r, events);
    }

    /** A triplet is also listed as a run of the same beats; keep one. */
    private static boolean hasLonger(List<RhythmEvent> all, RhythmEvent triplet) {
        for (RhythmEvent e : all) {
            if (e != triplet && e.firstBeat() == triplet.firstBeat() && e.lastBeat() == triplet.lastBeat()) {
                return true;
            }
        }
        return false;
    }

    static void fill(Map<String, Double> v, Outcome o) {
        Map<String, Object> h = o.result().variables();
        // whole-recording HRV from the Holter analysis: NN intervals of sinus rhythm, AF beats excluded
        Summaries.put(v, "nnCount", num(h.get("NN_N")));
        Summaries.put(v, "sdnnMs", num(h.get("SDNN")));
        Summaries.put(v, "rmssdMs", num(h.get("RMSSD")));
        Summaries.put(v, "pnn50Pct", num(h.get("PNN50")));
        Summaries.put(v, "vlfMs2", num(h.get("VLF")));
        Summaries.put(v, "lfMs2", num(h.get("LF")));
        Summaries.put(v, "hfMs2", num(h.get("HF")));
        Summaries.put(v, "lfHfRatio", num(h.get("LF_HF")));
        Summaries.put(v, "afBurdenPct", num(h.get("AF_BURDEN_PCT")));
        Summaries.put(v, "afEpisodes", num(h.get("AF_EPISODES")));
        double longestPause = 0, fastestRun = Double.NaN;
        int runs = 0, pauses = 0;
        for (NightEvent e : o.events()) {
            if (e.type().equals(EventTypes.PAUSE)) {
                pauses++;
                longestPause = Math.max(longestPause, e.durationSec());
            } else if (e.type().equals(EventTypes.VENTRICULAR_RUN)) {
                runs++;
                fastestRun = Double.isNaN(fastestRun) ? e.value() : Math.max(fastestRun, e.value());
            }
        }
        Summaries.put(v, "pauses", pauses);
        Summaries.put(v, "longestPauseSec", longestPause);
        Summaries.put(v, "pausesDoubtful", num(h.get("PAUSE_DOUBTFUL_N")));
        if (h.get("V_BEATS") instanceof Number n && !Double.isNaN(n.doubleValue())) {
            Summaries.put(v, "ventricularRuns", runs);
            Summaries.put(v, "fastestVentricularRunBpm", fastestRun);
        }
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
