package org.cardiosleep.signal.sim;

/**
 * The headline numbers of a simulated night, computed from what was simulated (not from the
 * signal), to compare an analysis against.
 *
 * @param totalSleepTimeMin  epochs not awake x 0.5 min
 * @param sleepEfficiencyPct total sleep time over recording time, %
 * @param wakeMin minutes awake; per-stage minutes follow
 * @param n1Min   minutes in N1
 * @param n2Min   minutes in N2
 * @param n3Min   minutes in N3
 * @param remMin  minutes in REM
 * @param beats   number of beats
 * @param meanHrBpm 60 x beats / duration outside the lead-off gap, per minute
 * @param pvcCount ventricular premature beats (including the run)
 * @param pacCount supraventricular premature beats
 * @param afBurdenPct AF time over recording time, %
 * @param longestPauseSec the longest RR interval, s
 * @param ahi apnea episodes per hour of sleep
 * @param odi3 desaturations ≥ 3 % per hour of sleep
 * @param odi4 desaturations ≥ 4 % per hour of sleep
 * @param t90Min minutes with SpO2 &lt; 90 %
 * @param desat3Count desaturations ≥ 3 %
 * @param desat4Count desaturations ≥ 4 %
 * @param usableEcgMin minutes of ECG outside the lead-off gap
 * @param beatsInUsableEcg beats outside the lead-off gap
 * @param apneaMinutesPerHour whole minutes (from the start) that overlap an apnea, per hour of recording
 *                            (the per-minute labelling of the Apnea-ECG database, Penzel 2000)
 */
public record SimTruth(double totalSleepTimeMin, double sleepEfficiencyPct, double wakeMin, double n1Min,
                       double n2Min, double n3Min, double remMin, int beats, double meanHrBpm, int pvcCount,
                       int pacCount, double afBurdenPct, double longestPauseSec, double ahi, double odi3,
                       double odi4, double t90Min, int desat3Count, int desat4Count, double usableEcgMin,
                       int beatsInUsableEcg, double apneaMinutesPerHour) {

    static SimTruth of(SimulatedNight s) {
        double[] min = new double[SimStage.values().length];
        for (byte b : s.hypnogram()) {
            min[b] += 0.5;
        }
        double tst = min[1] + min[2] + min[3] + min[4];
        double dur = s.config().durationSec();
        int pvc = 0, pac = 0;
        for (byte c : s.beatClasses()) {
            pvc += c == 'V' ? 1 : 0;
            pac += c == 'S' ? 1 : 0;
        }
        int[] b = s.beatSamples();
        double fs = s.config().ecgRateHz();
        double longest = 0;
        for (int i = 1; i < b.length; i++) {
            longest = Math.max(longest, (b[i] - b[i - 1]) / fs);
        }
        double af = s.afEpisode() == null ? 0 : s.afEpisode().durationSec();
        int d3 = 0, d4 = 0;
        for (SimEpisode d : s.desaturations()) {
            d3 += d.magnitude() >= 3 ? 1 : 0;
            d4 += d.magnitude() >= 4 ? 1 : 0;
        }
        double below = 0;
        for (float v : s.spo2()) {
            below += v < 90 ? 1 : 0;
        }
        double sleepH = tst / 60;
        int inGap = 0;
        for (int x : b) {
            inGap += s.leadOff() != null && s.leadOff().contains(x / fs) ? 1 : 0;
        }
        double gapSec = s.leadOff() == null ? 0 : s.leadOff().durationSec();
        boolean[] apneaMinute = new boolean[(int) Math.floor(dur / 60)];
        for (SimEpisode a : s.apneas()) {
            for (int m = (int) (a.startSec() / 60); m < apneaMinute.length && m * 60.0 < a.endSec(); m++) {
                apneaMinute[m] = true;
            }
        }
        int am = 0;
        for (boolean x : apneaMinute) {
            am += x ? 1 : 0;
        }
        return new SimTruth(tst, 100 * tst * 60 / dur, min[0], min[1], min[2], min[3], min[4], b.length,
                60.0 * b.length / dur, pvc, pac, 100 * af / dur, longest,
                sleepH > 0 ? s.apneas().size() / sleepH : 0, sleepH > 0 ? d3 / sleepH : 0,
                sleepH > 0 ? d4 / sleepH : 0, below / s.config().spo2RateHz() / 60, d3, d4, (dur - gapSec) / 60,
                b.length - inGap, apneaMinute.length > 0 ? am * 60.0 / apneaMinute.length : 0);
    }
}
