package org.cardiosleep.signal.fhr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A uterine contraction found in tocodynamometry.
 *
 * @param startSec    rise above the resting tone
 * @param peakSec     time of the maximum
 * @param endSec      return to the resting tone
 * @param amplitude   peak above the resting tone (signal units)
 */
public record Contraction(double startSec, double peakSec, double endSec, double amplitude) {

    /** Rise above the resting tone that counts as a contraction (toco units). */
    public static final double MIN_AMPLITUDE = 15;
    public static final double MIN_DURATION_SEC = 30;
    public static final double MAX_DURATION_SEC = 240;

    /**
     * Detects contractions: the toco signal is smoothed over 10 s, the resting tone is the running
     * 10th percentile over 10 min, and a contraction is a run above tone + 5 units lasting 30–240 s
     * whose peak rises at least {@value #MIN_AMPLITUDE} units above the tone.
     */
    public static List<Contraction> detect(double[] toco, double fsHz) {
        List<Contraction> out = new ArrayList<>();
        if (toco.length == 0) {
            return out;
        }
        double[] sec = FhrBaseline.secondMeans(toco, fsHz);
        int m = sec.length;
        for (int i = 0; i < m; i++) {
            if (Double.isNaN(sec[i])) {
                sec[i] = i > 0 ? sec[i - 1] : 0;
            }
        }
        double[] s = FhrBaseline.smooth(sec, 5);
        double[] tone = new double[m];
        int half = 300;
        double[] scratch = new double[2 * half + 1];
        double last = 0;
        for (int c = 0; c < m; c++) {
            if (c % 30 == 0) {
                int a = Math.max(0, c - half), b = Math.min(m, c + half + 1);
                System.arraycopy(s, a, scratch, 0, b - a);
                Arrays.sort(scratch, 0, b - a);
                last = scratch[(int) ((b - a) * 0.1)];
            }
            tone[c] = last;
        }
        int i = 0;
        while (i < m) {
            if (s[i] - tone[i] <= 5) {
                i++;
                continue;
            }
            int start = i, peak = i;
            while (i < m && s[i] - tone[i] > 5) {
                if (s[i] - tone[i] > s[peak] - tone[peak]) {
                    peak = i;
                }
                i++;
            }
            double dur = i - start;
            double amp = s[peak] - tone[peak];
            if (dur >= MIN_DURATION_SEC && dur <= MAX_DURATION_SEC && amp >= MIN_AMPLITUDE) {
                out.add(new Contraction(start, peak, i, amp));
            }
        }
        return out;
    }
}
