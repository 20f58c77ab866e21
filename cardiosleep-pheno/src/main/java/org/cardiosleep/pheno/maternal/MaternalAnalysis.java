package org.cardiosleep.pheno.maternal;

import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.signal.fhr.FhrAnalysis;
import org.cardiosleep.signal.spo2.DesaturationDetector;
import org.cardiosleep.signal.spo2.DesaturationEvent;

/**
 * One PSG + CTG pair: maternal desaturations from SpO2, FHR morphology from the CTG, both on the
 * CTG clock, and the FHR response to each desaturation.
 *
 * @param alignment   the clock alignment used
 * @param fhr         FHR morphology
 * @param events      maternal events moved to the CTG clock (only those the CTG covers)
 * @param responses   FHR response per event
 */
public record MaternalAnalysis(ClockAlignment alignment, FhrAnalysis fhr, List<HypoxicEvent> events,
                               List<FhrResponse> responses) {

    /** Desaturation threshold used for the events (AASM 3 % rule). */
    public static final double DROP_PCT = 3;

    /**
     * @param spo2        maternal SpO2 (%), PSG clock
     * @param spo2Hz      its rate
     * @param fhrBpm      FHR (NaN or 0 for loss), CTG clock
     * @param uterine     uterine activity or an empty array
     * @param ctgHz       CTG rate
     * @param alignment   CTG start relative to PSG start
     */
    public static MaternalAnalysis run(float[] spo2, double spo2Hz, double[] fhrBpm, double[] uterine, double ctgHz,
                                       ClockAlignment alignment, EventLockedAnalysis.Windows windows) {
        FhrAnalysis fhr = FhrAnalysis.analyze(fhrBpm, uterine, ctgHz);
        List<HypoxicEvent> events = new ArrayList<>();
        double ctgDur = fhrBpm.length / ctgHz;
        for (DesaturationEvent d : DesaturationDetector.detect(spo2, spo2Hz, DROP_PCT)) {
            double on = alignment.toCtg(d.startSec()), off = alignment.toCtg(d.endSec());
            if (on - windows.preSec() < 0 || off + windows.postSec() > ctgDur) {
                continue; // not covered by the CTG with its windows
            }
            events.add(new HypoxicEvent(on, off, d.baselinePct(), d.nadirPct(), area(spo2, spo2Hz, d)));
        }
        return new MaternalAnalysis(alignment, fhr, events, EventLockedAnalysis.responses(fhr, events, windows));
    }

    /** Area between the baseline and SpO2 over the event, %·s. */
    static double area(float[] s, double fs, DesaturationEvent d) {
        int a = (int) Math.round(d.startSec() * fs), b = (int) Math.min(s.length, Math.round(d.endSec() * fs));
        double sum = 0;
        for (int i = a; i < b; i++) {
            if (DesaturationDetector.valid(s[i])) {
                sum += Math.max(0, d.baselinePct() - s[i]);
            }
        }
        return sum / fs;
    }
}
