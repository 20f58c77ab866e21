package org.cardiosleep.pheno.sleep;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Summary measures of one hypnogram, named as Luna's {@code HYPNO} command names them where a name
 * exists (AASM 2012 definitions). Durations are in minutes, percentages 0–100; a latency that does
 * not exist (no sleep, no REM) is NaN.
 *
 * <p>Definitions (epochs from lights off = epoch 0 to lights on = the last epoch):
 * <ul>
 * <li>{@code TIB} time in bed: all epochs, unscored included.</li>
 * <li>{@code TST} total sleep time: N1 + N2 + N3 + REM epochs.</li>
 * <li>Sleep onset: the first sleep epoch of any stage (AASM). {@code SOL} sleep-onset latency:
 * minutes from lights off to sleep onset. {@code SOL_PER} persistent sleep-onset latency: minutes
 * from lights off to the first run of ≥ 10 min of uninterrupted sleep (Luna's persistent sleep;
 * an unscored or wake epoch interrupts).</li>
 * <li>{@code SPT} sleep period time: from sleep onset to the end of the last sleep epoch.</li>
 * <li>{@code WASO} wake after sleep onset: wake epochs within the SPT (unscored epochs are neither
 * sleep nor wake).</li>
 * <li>{@code SE} sleep efficiency: 100 · TST / TIB. {@code SME} sleep maintenance efficiency:
 * 100 · TST / SPT.</li>
 * <li>{@code REM_LAT}: minutes from sleep onset to the first REM epoch.</li>
 * <li>{@code FWT} final wake time: minutes from the end of the last sleep epoch to lights on.</li>
 * <li>{@code MINS_x}: minutes in stage x over the whole TIB; {@code PCT_x}: % of TST (x = N1, N2,
 * N3, REM); {@code MINS_W} counts all wake epochs; {@code MINS_UNSCORED} all unscored ones.</li>
 * <li>{@code N_AWAKE} awakenings: runs of consecutive wake epochs within the SPT.</li>
 * <li>{@code N_TRANS} transitions: adjacent pairs of scored epochs whose stages differ.</li>
 * <li>{@code BOUTS_x} / {@code BOUT_MEAN_x}: number and mean length (min) of maximal runs of
 * stage x over the TIB (x = W, N1, N2, N3, REM).</li>
 * </ul>
 */
public record SleepMetrics(
        double tibMin, double tstMin, double sptMin, double wasoMin, double sePct, double smePct,
        double solMin, double persistentSolMin, double remLatencyMin, double finalWakeMin,
        double wakeMin, double n1Min, double n2Min, double n3Min, double remMin, double unscoredMin,
        int awakenings, int transitions, int[] boutCounts, double[] boutMeanMin) {

    /** Minutes of uninterrupted sleep that define persistent sleep (Luna). */
    public static final double PERSISTENT_SLEEP_MIN = 10.0;

    /** Stages in the order of {@link #boutCounts()} and {@link #boutMeanMin()}: W, N1, N2, N3, REM. */
    public static final SleepStage[] BOUT_STAGES = {SleepStage.WAKE, SleepStage.N1, SleepStage.N2, SleepStage.N3, SleepStage.REM};

    public SleepMetrics {
        boutCounts = boutCounts.clone();
        boutMeanMin = boutMeanMin.clone();
    }

    /** Computes every measure of {@code h}. */
    public static SleepMetrics of(Hypnogram h) {
        int n = h.size();
        double epochMin = h.epochSec() / 60.0;
        int first = -1;
        int last = -1;
        int[] count = new int[SleepStage.values().length];
        for (int i = 0; i < n; i++) {
            SleepStage s = h.stage(i);
            count[s.ordinal()]++;
            if (s.isSleep()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        int sleepEpochs = count[SleepStage.N1.ordinal()] + count[SleepStage.N2.ordinal()]
                + count[SleepStage.N3.ordinal()] + count[SleepStage.REM.ordinal()];
        double tib = n * epochMin;
        double tst = sleepEpochs * epochMin;
        double spt = first < 0 ? 0 : (last - first + 1) * epochMin;
        int wasoEpochs = 0;
        int awakenings = 0;
        int firstRem = -1;
        if (first >= 0) {
            for (int i = first; i <= last; i++) {
                SleepStage s = h.stage(i);
                if (s == SleepStage.WAKE) {
                    wasoEpochs++;
                    if (h.stage(i - 1) != SleepStage.WAKE) {
                        awakenings++;
                    }
                } else if (s == SleepStage.REM && firstRem < 0) {
                    firstRem = i;
                }
            }
        }
        double sol = first < 0 ? Double.NaN : first * epochMin;
        double remLat = firstRem < 0 ? Double.NaN : (firstRem - first) * epochMin;
        double fwt = first < 0 ? Double.NaN : (n - 1 - last) * epochMin;
        double se = n == 0 ? Double.NaN : 100.0 * tst / tib;
        double sme = first < 0 ? Double.NaN : 100.0 * tst / spt;

        int persistentEpochs = (int) Math.ceil(PERSISTENT_SLEEP_MIN / epochMin - 1e-9);
        double solPer = Double.NaN;
        int run = 0;
        for (int i = 0; i < n; i++) {
            run = h.stage(i).isSleep() ? run + 1 : 0;
            if (run == persistentEpochs) {
                solPer = (i - run + 1) * epochMin;
                break;
            }
        }

        int transitions = 0;
        for (int i = 1; i < n; i++) {
            SleepStage a = h.stage(i - 1);
            SleepStage b = h.stage(i);
            if (a.isScored() && b.isScored() && a != b) {
                transitions++;
            }
        }
        int[] bouts = new int[BOUT_STAGES.length];
        double[] boutMean = new double[BOUT_STAGES.length];
        for (int k = 0; k < BOUT_STAGES.length; k++) {
            SleepStage target = BOUT_STAGES[k];
            for (int i = 0; i < n; i++) {
                if (h.stage(i) == target && (i == 0 || h.stage(i - 1) != target)) {
                    bouts[k]++;
                }
            }
            boutMean[k] = bouts[k] == 0 ? Double.NaN : count[target.ordinal()] * epochMin / bouts[k];
        }
        return new SleepMetrics(tib, tst, spt, wasoEpochs * epochMin, se, sme, sol, solPer, remLat, fwt,
                count[SleepStage.WAKE.ordinal()] * epochMin, count[SleepStage.N1.ordinal()] * epochMin,
                count[SleepStage.N2.ordinal()] * epochMin, count[SleepStage.N3.ordinal()] * epochMin,
                count[SleepStage.REM.ordinal()] * epochMin, count[SleepStage.UNSCORED.ordinal()] * epochMin,
                awakenings, transitions, bouts, boutMean);
    }

    /** Percentage of TST spent in {@code stageMin} minutes (NaN when there is no sleep). */
    public double pctOfTst(double stageMin) {
        return tstMin > 0 ? 100.0 * stageMin / tstMin : Double.NaN;
    }

    /** The measures under their Luna-style names, in a stable order. */
    public Map<String, Double> toMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("TIB", tibMin);
        m.put("TST", tstMin);
        m.put("SPT", sptMin);
        m.put("WASO", wasoMin);
        m.put("SE", sePct);
        m.put("SME", smePct);
        m.put("SOL", solMin);
        m.put("SOL_PER", persistentSolMin);
        m.put("REM_LAT", remLatencyMin);
        m.put("FWT", finalWakeMin);
        m.put("MINS_W", wakeMin);
        m.put("MINS_N1", n1Min);
        m.put("MINS_N2", n2Min);
        m.put("MINS_N3", n3Min);
        m.put("MINS_REM", remMin);
        m.put("MINS_UNSCORED", unscoredMin);
        m.put("PCT_N1", pctOfTst(n1Min));
        m.put("PCT_N2", pctOfTst(n2Min));
        m.put("PCT_N3", pctOfTst(n3Min));
        m.put("PCT_REM", pctOfTst(remMin));
        m.put("N_AWAKE", (double) awakenings);
        m.put("N_TRANS", (double) transitions);
        String[] names = {"W", "N1", "N2", "N3", "REM"};
        for (int k = 0; k < names.length; k++) {
            m.put("BOUTS_" + names[k], (double) boutCounts[k]);
            m.put("BOUT_MEAN_" + names[k], boutMeanMin[k]);
        }
        return m;
    }
}
