package org.cardiosleep.pheno.sleep;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.io.nsrr.NsrrEvent;
import org.cardiosleep.signal.qrs.QrsDetector;

/**
 * A staging night from a polysomnogram with an ECG channel (EDF as the NSRR cohorts ship them) and
 * its stage events (NSRR XML): R peaks from {@link QrsDetector} on the ECG, then the same RR
 * features as for beat files; stage events expanded to 30-s epochs from the recording start.
 */
public final class EcgStagingNight {
    private EcgStagingNight() {
    }

    /** Index of the first channel labelled ECG or EKG, or −1. */
    public static int ecgChannel(Recording r) {
        List<SignalInfo> s = r.signals();
        for (int i = 0; i < s.size(); i++) {
            String l = s.get(i).label().toUpperCase(Locale.ROOT);
            if (l.contains("ECG") || l.contains("EKG")) {
                return i;
            }
        }
        return -1;
    }

    /** Beat times (s) from the recording's ECG channel. */
    public static double[] beatTimes(Recording r) throws IOException {
        int ch = ecgChannel(r);
        if (ch < 0) {
            throw new RecordingFormatException(r.source(), "no ECG/EKG channel to detect beats on");
        }
        double fs = r.signals().get(ch).samplingRateHz();
        long[] peaks = QrsDetector.detect(r.readPhysical(ch), fs);
        double[] t = new double[peaks.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = peaks[i] / fs;
        }
        return t;
    }

    /** 30-s epochs of the stage events (other events are ignored) over {@code durationSec} (epochs without an event are unscored). */
    public static Hypnogram hypnogram(List<NsrrEvent> stages, double durationSec) {
        int epochs = (int) Math.floor(durationSec / 30.0);
        SleepStage[] s = new SleepStage[Math.max(0, epochs)];
        Arrays.fill(s, SleepStage.UNSCORED);
        for (NsrrEvent e : stages) {
            if (!e.isStage()) {
                continue;
            }
            SleepStage st = SleepStage.parse(e.concept());
            int a = (int) Math.round(e.startSec() / 30.0);
            int b = (int) Math.round((e.startSec() + e.durationSec()) / 30.0);
            for (int i = Math.max(0, a); i < Math.min(epochs, b); i++) {
                s[i] = st;
            }
        }
        return new Hypnogram(30.0, s);
    }

    /** The staging night of one recording and its NSRR stage events. */
    public static StagingNight of(String record, String subject, String cohort, Recording r,
                                  List<NsrrEvent> stages) throws IOException {
        Hypnogram h = hypnogram(stages, r.durationSec());
        double[] beats = beatTimes(r);
        return new StagingNight(record, subject, cohort, StagingNight.features(beats, null, 30.0, h.size()), h);
    }
}
