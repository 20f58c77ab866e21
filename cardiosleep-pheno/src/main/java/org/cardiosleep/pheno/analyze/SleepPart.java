package org.cardiosleep.pheno.analyze;

import java.io.IOException;
import java.util.Map;

import org.cardiosleep.learn.sequence.DjlSequenceStager;
import org.cardiosleep.pheno.sleep.SleepMetrics;
import org.cardiosleep.pheno.sleep.SleepStager;
import org.cardiosleep.signal.rhythm.BeatLabels;

/**
 * Sleep staging from the beats with a shipped ECG stager ({@link SleepStager}: boosted trees + HMM by
 * default, the DJL sequence model on request), and the sleep
 * metrics of the resulting hypnogram ({@link SleepMetrics}, AASM 2012 / Luna names). When the
 * stager model is not in the build the part is "not available".
 */
final class SleepPart {
    private SleepPart() {
    }

    record Outcome(byte[] stage, float[][] prob, SleepMetrics metrics, String status) {
    }

    static Outcome run(BeatTable beats, int epochs, double epochSec, String stagerChoice) {
        double[] t = beatTimes(beats);
        boolean[] normal = normal(beats);
        SleepStager.StagingResult r;
        if (AnalysisOptions.STAGER_DJL.equals(stagerChoice)) {
            try (DjlSequenceStager djl = SleepStager.shippedDjl()) {
                r = SleepStager.stage(djl, t, normal, epochSec, epochs);
            } catch (IOException | RuntimeException | LinkageError e) {
                return new Outcome(null, null, null, "not available: DJL stager: " + message(e));
            }
        } else {
            SleepStager stager;
            try {
                stager = SleepStager.shipped();
            } catch (IOException | RuntimeException e) {
                return new Outcome(null, null, null, "not available: " + message(e));
            }
            r = stager.stage(t, normal, epochSec, epochs);
        }
        int[] c4 = r.hypnogram().classes4();
        byte[] stage = new byte[epochs];
        float[][] prob = new float[4][epochs];
        for (int i = 0; i < epochs; i++) {
            stage[i] = (byte) (i < c4.length ? c4[i] : -1);
            for (int k = 0; k < 4; k++) {
                prob[k][i] = i < r.proba4().length ? (float) r.proba4()[i][k] : Float.NaN;
            }
        }
        return new Outcome(stage, prob, SleepMetrics.of(r.hypnogram()), NightAnalysis.AVAILABLE);
    }

    /** Writes the metrics into the catalog variables. */
    static void fill(Map<String, Double> v, SleepMetrics m) {
        Map<String, Double> s = m.toMap();
        Summaries.put(v, "timeInBedMin", s.get("TIB"));
        Summaries.put(v, "totalSleepTimeMin", s.get("TST"));
        Summaries.put(v, "sleepEfficiencyPct", s.get("SE"));
        Summaries.put(v, "sleepOnsetLatencyMin", s.get("SOL"));
        Summaries.put(v, "wasoMin", s.get("WASO"));
        Summaries.put(v, "remLatencyMin", s.get("REM_LAT"));
        Summaries.put(v, "awakenings", s.get("N_AWAKE"));
        Summaries.put(v, "stageTransitions", s.get("N_TRANS"));
        double light = s.get("MINS_N1") + s.get("MINS_N2");
        Summaries.put(v, "wakeMin", s.get("MINS_W"));
        Summaries.put(v, "lightMin", light);
        Summaries.put(v, "deepMin", s.get("MINS_N3"));
        Summaries.put(v, "remMin", s.get("MINS_REM"));
        double tib = s.get("TIB");
        Summaries.put(v, "wakePct", tib > 0 ? 100 * s.get("MINS_W") / tib : Double.NaN);
        Summaries.put(v, "lightPct", m.pctOfTst(light));
        Summaries.put(v, "deepPct", s.get("PCT_N3"));
        Summaries.put(v, "remPct", s.get("PCT_REM"));
    }

    static double[] beatTimes(BeatTable beats) {
        double[] t = new double[beats.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = beats.timeSec(i);
        }
        return t;
    }

    static boolean[] normal(BeatTable beats) {
        boolean[] n = new boolean[beats.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = BeatLabels.isNormalCandidate(beats.symbols()[i]);
        }
        return n;
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
