package org.cardiosleep.pheno.analyze;

import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.pheno.apnea.ApneaDetector;
import org.cardiosleep.pheno.apnea.ApneaNight;

/**
 * Per-minute sleep-apnea detection from the beats with the shipped model ({@link ApneaDetector});
 * consecutive apnea minutes become apnea events. "Not available" when the model is not in the build.
 */
final class ApneaPart {
    private ApneaPart() {
    }

    record Outcome(ApneaDetector.Result result, List<NightEvent> events, String status) {
    }

    static Outcome run(BeatTable beats, double durationSec) {
        ApneaDetector detector;
        if (ApneaDetector.class.getResource(ApneaDetector.SHIPPED_MODEL) == null) {
            return new Outcome(null, List.of(), "not available: no ECG apnea model in this build");
        }
        try {
            detector = ApneaDetector.shipped();
        } catch (Exception e) {
            return new Outcome(null, List.of(), "not available: " + SleepPart.message(e));
        }
        int minutes = (int) Math.floor(durationSec / 60);
        ApneaDetector.Result r = detector.detect(ApneaNight.features(SleepPart.beatTimes(beats),
                SleepPart.normal(beats), minutes));
        List<NightEvent> events = new ArrayList<>();
        int[] a = r.apneaMinute();
        for (int i = 0; i < a.length; ) {
            if (a[i] != 1) {
                i++;
                continue;
            }
            int j = i;
            while (j < a.length && a[j] == 1) {
                j++;
            }
            events.add(new NightEvent(EventTypes.APNEA, i * 60.0, (j - i) * 60.0, j - i, (j - i) + " apnea minute(s)"));
            i = j;
        }
        return new Outcome(r, events, NightAnalysis.AVAILABLE);
    }
}
