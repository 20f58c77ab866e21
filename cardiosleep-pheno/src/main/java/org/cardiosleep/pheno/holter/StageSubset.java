package org.cardiosleep.pheno.holter;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cardiosleep.signal.hrv.NnSeries;

/**
 * Variables over all epochs of one sleep stage: the NN intervals ending inside those epochs
 * (adjacency breaks wherever the stage is interrupted, so RMSSD never spans two stretches), and
 * the spectrum from the 5-min windows that lie wholly inside uninterrupted stretches of the stage.
 */
final class StageSubset {
    private StageSubset() {
    }

    static Map<String, Object> variables(HolterInput in, boolean[] af, NnSeries nn, String stage) {
        String[] st = in.stages();
        double ep = in.epochSec();
        double[] t = in.beatTimeSec();
        // which epochs are of this stage, decided once per epoch rather than once per beat
        boolean[] of = new boolean[st.length];
        int epochs = 0;
        for (int e = 0; e < st.length; e++) {
            of[e] = stage.equals(normal(st[e]));
            epochs += of[e] ? 1 : 0;
        }
        int k = 0;
        int[] keep = new int[nn.size()];
        for (int i = 0; i < nn.size(); i++) {
            int e = (int) (nn.timeSec()[i] / ep);
            if (e < st.length && of[e]) {
                keep[k++] = i;
            }
        }
        int beats = 0;
        double afSec = 0;
        for (int i = 1; i < t.length; i++) {
            int e = (int) (t[i] / ep);
            if (e < st.length && of[e] && !in.crossesLoss(i)) {
                beats++;
                if (af[i]) {
                    afSec += t[i] - t[i - 1];
                }
            }
        }
        // the stage's analysable time: lost signal inside its epochs held no beats to count
        double sec = 0;
        for (int e = 0; e < st.length; e++) {
            if (of[e]) {
                sec += in.signalLoss().any() ? in.analysableSec(e * ep, (e + 1) * ep) : ep;
            }
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("EPOCHS", epochs);
        v.put("MIN", epochs * ep / 60.0);
        v.put("BEATS", beats);
        v.put("HR_MEAN", sec > 0 ? 60.0 * beats / sec : Double.NaN);
        v.put("AF_BURDEN_PCT", sec > 0 ? 100.0 * afSec / sec : Double.NaN);
        HrvVariables.shortSet(nn.subset(keep, k), v);
        return v;
    }

    /** Maps R&amp;K and common spellings to W, N1, N2, N3, REM. */
    static String normal(String s) {
        if (s == null) {
            return "";
        }
        return switch (s.trim().toUpperCase()) {
            case "W", "WAKE", "0" -> "W";
            case "N1", "1", "S1" -> "N1";
            case "N2", "2", "S2" -> "N2";
            case "N3", "3", "4", "S3", "S4", "N4" -> "N3";
            case "R", "REM", "5" -> "REM";
            default -> "";
        };
    }
}
