package org.cardiosleep.app.holter;

import java.io.IOException;
import java.util.Arrays;

import org.cardiosleep.io.ChannelPicker;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.pheno.holter.EcgQuality;
import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.signal.SortedArrays;
import org.cardiosleep.signal.qrs.QrsDetector;

/**
 * Beats from another ECG lead where the chosen one was lost. A Holter records two or three leads so
 * that one coming off does not lose the rhythm: for each lost stretch of the chosen lead, the next
 * ECG lead (same sampling rate) is read with {@value #CONTEXT_SEC} s either side, checked second by
 * second as the chosen lead was, and run through its own QRS detector. Its beats in seconds that
 * were lost on the chosen lead and usable on this one fill the gap, and those seconds count as
 * analysable. A detection within {@value #SEAM_SEC} s of a beat of the chosen lead (the same beat
 * seen on both leads at a seam) is left out. The filled beats are not classified: the beat
 * classifier reads the chosen lead, so their class is "unclassified" (they count as beats and NN
 * candidates, not as ectopy).
 */
final class SecondLead {
    /** Signal read on either side of a lost stretch, so the detector has settled when the stretch starts. */
    static final double CONTEXT_SEC = 10;
    /** A second-lead beat this close to a chosen-lead beat is the same beat. */
    static final double SEAM_SEC = 0.15;

    /**
     * @param channel  the lead used, or -1 when none was
     * @param beats    all beats: the chosen lead's and the filled ones, ascending
     * @param filled   per beat of {@code beats}, whether it came from the second lead
     * @param usable   per second, usable on the chosen lead or, where that was lost, on the second
     * @param seconds  seconds recovered from the second lead
     */
    record Fill(int channel, long[] beats, boolean[] filled, boolean[] usable, int seconds) {
    }

    private SecondLead() {
    }

    /**
     * Fills the lost seconds of channel {@code ch} (per-second {@code usable}, beats {@code beats})
     * from the best other ECG lead at the same rate; returns the input unchanged when there is no
     * such lead or nothing was lost.
     */
    static Fill fill(Recording rec, int ch, long[] beats, boolean[] usable) throws IOException {
        SignalInfo chosen = rec.signals().get(ch);
        double fs = chosen.samplingRateHz();
        Fill none = new Fill(-1, beats, new boolean[beats.length], usable, 0);
        SignalLoss loss = SignalLoss.of(usable);
        if (!loss.any()) {
            return none;
        }
        int second = -1;
        for (int c : ChannelPicker.ranked(rec.signals(), ChannelPicker.Kind.ECG)) {
            if (c != ch && rec.signals().get(c).samplingRateHz() == fs
                    && rec.signals().get(c).sampleCount() == chosen.sampleCount()) {
                second = c;
                break;
            }
        }
        if (second < 0) {
            return none;
        }
        SignalInfo s2 = rec.signals().get(second);
        double toMv = EcgQuality.toMv(s2.physicalUnit());
        long n = chosen.sampleCount();
        boolean[] after = usable.clone();
        long[] extra = new long[16];
        int ne = 0, recovered = 0;
        for (double[] stretch : loss.stretches()) {
            long a = Math.max(0, Math.round((stretch[0] - CONTEXT_SEC) * fs));
            long b = Math.min(n, Math.round((stretch[1] + CONTEXT_SEC) * fs));
            if (b - a < fs) {
                continue;
            }
            double[] x = rec.readPhysical(second, a, (int) (b - a));
            boolean[] u2 = new boolean[usable.length];
            EcgQuality.mark(x, 0, x.length, fs, a, toMv, s2.physicalMin(), s2.physicalMax(), u2);
            for (int s = (int) stretch[0]; s < (int) stretch[1] && s < u2.length; s++) {
                if (u2[s]) {
                    after[s] = true;
                    recovered++;
                }
            }
            QrsDetector det = new QrsDetector(fs);
            det.process(x, 0, x.length);
            det.finish();
            for (long r : det.drainBeats()) {
                long at = a + r;
                int sec = (int) (at / fs);
                if (sec >= stretch[0] && sec < stretch[1] && sec < u2.length && u2[sec]
                        && !nearBeat(beats, at, Math.round(SEAM_SEC * fs))) {
                    if (ne == extra.length) {
                        extra = Arrays.copyOf(extra, 2 * ne);
                    }
                    extra[ne++] = at;
                }
            }
        }
        if (ne == 0) {
            return recovered == 0 ? none : new Fill(second, beats, new boolean[beats.length], after, recovered);
        }
        // merge the two ascending lists
        long[] all = new long[beats.length + ne];
        boolean[] filled = new boolean[all.length];
        int i = 0, j = 0;
        for (int k = 0; k < all.length; k++) {
            if (j >= ne || (i < beats.length && beats[i] <= extra[j])) {
                all[k] = beats[i++];
            } else {
                all[k] = extra[j++];
                filled[k] = true;
            }
        }
        return new Fill(second, all, filled, after, recovered);
    }

    private static boolean nearBeat(long[] beats, long at, long within) {
        int k = SortedArrays.lowerBound(beats, at);
        return (k < beats.length && beats[k] - at <= within) || (k > 0 && at - beats[k - 1] <= within);
    }
}
