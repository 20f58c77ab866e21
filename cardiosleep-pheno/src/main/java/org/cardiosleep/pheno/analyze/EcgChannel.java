package org.cardiosleep.pheno.analyze;

import java.io.IOException;
import java.util.Locale;

import org.cardiosleep.io.ChannelPicker;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.pheno.holter.EcgQuality;
import org.cardiosleep.signal.qrs.QrsDetector;
import org.cardiosleep.signal.qrs.SignalQuality;

/**
 * The ECG channel to analyse. The user's choice wins; a recording with one recognisable ECG
 * channel uses it; with several (a 2- or 3-lead Holter, an ISHNE file, a PSG with two ECG
 * derivations) the labels give the order of preference (MLII, II, ... as {@link ChannelPicker}
 * ranks them) and the signal decides between them: each candidate is sampled at
 * {@value #SAMPLES} places spread over the recording ({@value #SEGMENT_SEC}-s stretches, QRS
 * detection run on each, the first {@value #SETTLE_SEC} s left for the detector to learn), its
 * 10-s windows are scored by {@link SignalQuality}, and the most preferred channel whose share of
 * usable windows is within {@value #MARGIN} of the best share is taken. A lead that is off, flat,
 * saturated or noisy for much of a Holter is so passed over without giving up the preferred lead
 * where the leads are alike. The cost is a few seconds of signal per candidate and hour sampled,
 * independent of the recording's length beyond that.
 */
public final class EcgChannel {
    /** Stretches sampled per candidate channel. */
    static final int SAMPLES = 24;
    /** Length of one sampled stretch. */
    static final double SEGMENT_SEC = 40;
    /** Start of each stretch left to the QRS detector's learning phase. */
    static final double SETTLE_SEC = 10;
    /** A less preferred channel is taken only when its usable share beats every more preferred one's by more than this. */
    static final double MARGIN = 0.10;
    private static final double MIN_QRS_MV = 0.05;

    private EcgChannel() {
    }

    /**
     * The choice and why it was made.
     *
     * @param channel the channel index
     * @param reason  how it was chosen, for provenance fields (e.g. "by label",
     *                "by signal quality: usable 97 % of sampled windows, 'II' 12 %")
     */
    public record Choice(int channel, String reason) {
    }

    /** Chooses the ECG channel of {@code rec}; {@code override} is the user's index or label, or null. */
    public static Choice choose(Recording rec, String override) throws IOException {
        if (override != null && !override.isBlank()) {
            return new Choice(Channels.ecg(rec, override), "chosen by the user");
        }
        int[] ranked = ChannelPicker.ranked(rec.signals(), ChannelPicker.Kind.ECG);
        if (ranked.length < 2) {
            return new Choice(Channels.ecg(rec, null), ranked.length == 1 ? "by label" : "by unit and rate");
        }
        double[] usable = new double[ranked.length];
        double best = 0;
        for (int k = 0; k < ranked.length; k++) {
            usable[k] = usableShare(rec, ranked[k]);
            best = Math.max(best, usable[k]);
        }
        int pick = 0;
        while (usable[pick] < best - MARGIN) {
            pick++;
        }
        if (pick == 0) {
            return new Choice(ranked[0], String.format(Locale.ROOT,
                    "by label among %d ECG channels (usable %.0f %% of sampled windows; no other more than %.0f points better)",
                    ranked.length, 100 * usable[0], 100 * MARGIN));
        }
        return new Choice(ranked[pick], String.format(Locale.ROOT,
                "by signal quality: usable %.0f %% of sampled windows, preferred '%s' %.0f %%", 100 * usable[pick],
                rec.signals().get(ranked[0]).label(), 100 * usable[0]));
    }

    /** Share of usable 10-s windows in the sampled stretches of channel {@code ch}. */
    static double usableShare(Recording rec, int ch) throws IOException {
        SignalInfo s = rec.signals().get(ch);
        double fs = s.samplingRateHz();
        long n = s.sampleCount();
        double toMv = EcgQuality.toMv(s.physicalUnit());
        int seg = (int) Math.min(n, Math.round(SEGMENT_SEC * fs));
        int settle = (int) Math.round(SETTLE_SEC * fs), win = (int) Math.round(SignalQuality.WINDOW_SEC * fs);
        if (seg < settle + win) {
            return 0;
        }
        long places = Math.max(1, Math.min(SAMPLES, n / seg));
        int usable = 0, windows = 0;
        for (long j = 0; j < places; j++) {
            long start = places == 1 ? 0 : j * (n - seg) / (places - 1);
            double[] x = rec.readPhysical(ch, start, seg);
            for (int i = 0; i < seg; i++) {
                x[i] *= toMv;
            }
            long[] beats = QrsDetector.detect(x, fs);
            for (int off = settle; off + win <= seg; off += win) {
                windows++;
                if (SignalQuality.assess(x, off, win, fs, beats, off, MIN_QRS_MV).usable()) {
                    usable++;
                }
            }
        }
        return windows == 0 ? 0 : (double) usable / windows;
    }
}
