package org.cardiosleep.pheno.oximetry;

import java.util.List;

import org.cardiosleep.signal.spo2.DesaturationDetector;
import org.cardiosleep.signal.spo2.DesaturationEvent;
import org.cardiosleep.signal.spo2.HypoxicBurden;
import org.cardiosleep.signal.spo2.Spo2Summary;

/**
 * Night oximetry: AASM 3 % and 4 % desaturations, ODI, T90 and hypoxic burden. When the night is
 * staged, indices are per hour of sleep and only desaturations whose nadir falls in sleep count
 * (AASM); otherwise they are per hour of valid SpO2 recording.
 */
public final class OximetryAnalyzer {
    private OximetryAnalyzer() {
    }

    /**
     * Analyses SpO2.
     *
     * @param spo2           SpO2 in %
     * @param rateHz         its sampling rate
     * @param asleep         per SpO2 sample whether the subject was asleep, or null when unstaged
     * @param respEventEndSec ends of respiratory events for the hypoxic burden, or null to anchor it on
     *                       the onsets of the 3 % desaturations instead
     * @param respEventDurSec their durations (ignored when respEventEndSec is null)
     */
    public static OximetryResult analyze(float[] spo2, double rateHz, boolean[] asleep, double[] respEventEndSec,
                                         double[] respEventDurSec) {
        List<DesaturationEvent> d3 = DesaturationDetector.detect(spo2, rateHz, 3);
        List<DesaturationEvent> d4 = DesaturationDetector.detect(spo2, rateHz, 4);
        Spo2Summary summary = Spo2Summary.of(spo2, rateHz, asleep);
        double hours = summary.validMin() / 60;
        int c3 = counted(d3, asleep, rateHz), c4 = counted(d4, asleep, rateHz);
        double[] ends, durs;
        String anchor;
        if (respEventEndSec != null) {
            ends = respEventEndSec;
            durs = respEventDurSec;
            anchor = "respiratory events";
        } else {
            // Without scored respiratory events, the desaturations themselves anchor the ensemble
            // average: their onset stands in for the event end (the fall follows it, as it follows
            // an apnea's end with circulatory delay). The search window is still found from the
            // average, as in Azarbarzin 2019.
            ends = new double[d3.size()];
            durs = new double[d3.size()];
            for (int i = 0; i < ends.length; i++) {
                ends[i] = d3.get(i).startSec();
                durs[i] = d3.get(i).nadirSec() - d3.get(i).startSec();
            }
            anchor = "3 % desaturations";
        }
        HypoxicBurden.Result hb = HypoxicBurden.compute(spo2, rateHz, ends, durs, hours);
        Spo2Summary all = asleep == null ? summary : Spo2Summary.of(spo2, rateHz, null);
        return new OximetryResult(rateHz, spo2, d3, d4, summary, all, c3, c4, hours, asleep != null, hb, anchor);
    }

    private static int counted(List<DesaturationEvent> events, boolean[] asleep, double fs) {
        if (asleep == null) {
            return events.size();
        }
        int c = 0;
        for (DesaturationEvent e : events) {
            int i = (int) Math.round(e.nadirSec() * fs);
            c += i >= 0 && i < asleep.length && asleep[i] ? 1 : 0;
        }
        return c;
    }
}
