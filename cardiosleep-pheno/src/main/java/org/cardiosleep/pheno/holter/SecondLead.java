package org.cardiosleep.pheno.holter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cardiosleep.io.ChannelPicker;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.signal.SortedArrays;
import org.cardiosleep.signal.qrs.QrsDetector;
import org.cardiosleep.signal.rhythm.RhythmEvents;

/**
 * A second ECG lead where the chosen one cannot be trusted. A Holter records two or three leads so
 * that one coming off, saturating or blocking does not lose the rhythm. The next ECG lead at the
 * same sampling rate is read, with {@value #CONTEXT_SEC} s either side, over two kinds of stretch,
 * checked second by second as the chosen lead was, and run through its own QRS detector:
 * <ul>
 *   <li><b>lost stretches</b> of the chosen lead (flat, saturated, clipped). The second lead's beats
 *       in seconds usable on it fill the gap, and those seconds count as analysable;</li>
 *   <li><b>pauses</b>, RR intervals of at least {@link RhythmEvents#PAUSE_SEC} s on the chosen lead.
 *       An amplifier recovering from saturation can show a drifting baseline with no QRS for
 *       seconds, which reads as asystole. A true pause has no QRS on any lead. So where the second
 *       lead is usable throughout the interval and shows beats inside it, those beats are added and
 *       the pause is refuted. This needs the second lead's detector to be trusted there: it must
 *       find at least {@value #MIN_AGREEMENT} of the chosen lead's beats in the context around the
 *       pause (at least {@value #MIN_CONTEXT_BEATS} of them), each within {@value #SEAM_SEC} s.
 *       And the beats must continue the rhythm: the intervals between them within
 *       {@value #RHYTHM_TOLERANCE} of the median RR around the pause, those to the pause's bounding
 *       beats no longer than that, and each beat at least
 *       {@value #MIN_AMPLITUDE} as large on the second lead as its QRS complexes around the pause
 *       (a P wave taken for a beat is smaller). Otherwise the pause stands; it is <b>confirmed</b>
 *       when the second lead is usable and agrees there and shows no full-sized beat inside.</li>
 * </ul>
 * A detection within {@value #SEAM_SEC} s of a beat of the chosen lead is that beat seen on both
 * leads, and is left out. The added beats are not classified ("unclassified"). The beat
 * classifier is trained on MLII: on the second lead of the DS2 records it finds ventricular beats
 * with Se 59.8 / +P 84.6 % (F1 0.70, against 0.96 on MLII). Classes taken from it would let four V
 * beats in ten pass for N and enter HRV, so the added beats count for rate and rhythm only.
 */
public final class SecondLead {
    /** Signal read on either side of a stretch, so the detector has settled when the stretch starts. */
    static final double CONTEXT_SEC = 10;
    /** A second-lead beat this close to a chosen-lead beat is the same beat. */
    static final double SEAM_SEC = 0.15;
    /** Share of the chosen lead's context beats the second lead must also find before it may refute a pause. */
    static final double MIN_AGREEMENT = 0.8;
    /** Fewest chosen-lead beats in the context of a pause for the agreement to count. */
    static final int MIN_CONTEXT_BEATS = 6;
    /** Largest relative difference of an interval made by refuting beats from the context's median RR. */
    static final double RHYTHM_TOLERANCE = 0.3;
    /** Smallest amplitude of a refuting beat, relative to the second lead's QRS amplitude around the pause. */
    static final double MIN_AMPLITUDE = 0.5;
    /** Longest stretch of the second lead read at once (s); longer lost stretches are read in pieces. */
    static final double MAX_PIECE_SEC = 600;
    /** Half-width of the window whose peak-to-peak amplitude measures a beat (s). */
    static final double QRS_HALF_SEC = 0.06;

    /**
     * @param channel        the lead used, or -1 when none was
     * @param beats          all beats: the chosen lead's and the added ones, ascending
     * @param filled         per beat of {@code beats}, whether it came from the second lead
     * @param usable         per second, usable on the chosen lead or, where that was lost, on the second
     * @param seconds        lost seconds recovered from the second lead
     * @param pausesRefuted  pauses of the chosen lead inside which the second lead found beats
     * @param confirmed      pauses the second lead confirms, as {first, last} beat samples: usable throughout,
     *                       agreeing around them, and no full-sized beat inside
     */
    public record Fill(int channel, long[] beats, boolean[] filled, boolean[] usable, int seconds, int pausesRefuted,
                       List<long[]> confirmed) {

        /** Whether the second lead confirmed the pause from beat sample {@code first} to {@code last}. */
        public boolean confirms(long first, long last) {
            for (long[] c : confirmed) {
                if (c[0] == first && c[1] == last) {
                    return true;
                }
            }
            return false;
        }

        /** Beats added from the second lead. */
        public int added() {
            int k = 0;
            for (boolean f : filled) {
                k += f ? 1 : 0;
            }
            return k;
        }
    }

    private SecondLead() {
    }

    /**
     * What was done, for the provenance of the beats ({@code holter.json} {@code beatSource},
     * {@code summary.json} {@code ecgChannelChoice}); empty when the second lead was not used.
     */
    public static String describe(Fill f, Recording rec) {
        return f.channel() < 0 ? "" : "; second lead channel " + f.channel() + " (" + rec.signals().get(f.channel()).label()
                + "): " + f.added() + " beats added (not classified), " + Math.round(f.seconds() / 6.0) / 10.0
                + " min of lost signal recovered, " + f.pausesRefuted() + " pauses refuted, " + f.confirmed().size()
                + " confirmed";
    }

    /** The chosen lead's beats and usability as they are: no second lead was used. */
    public static Fill unused(long[] beats, boolean[] usable) {
        return new Fill(-1, beats, new boolean[beats.length], usable, 0, 0, List.of());
    }

    /**
     * Fills the lost seconds and checks the pauses of channel {@code ch} (per-second {@code usable},
     * beats {@code beats}) with the best other ECG lead at the same rate; returns the input unchanged
     * when there is no such lead or nothing to check.
     */
    public static Fill fill(Recording rec, int ch, long[] beats, boolean[] usable) throws IOException {
        SignalInfo chosen = rec.signals().get(ch);
        double fs = chosen.samplingRateHz();
        Fill none = unused(beats, usable);
        int second = -1;
        for (int c : ChannelPicker.ranked(rec.signals(), ChannelPicker.Kind.ECG)) {
            if (c != ch && rec.signals().get(c).samplingRateHz() == fs
                    && rec.signals().get(c).sampleCount() == chosen.sampleCount()) {
                second = c;
                break;
            }
        }
        long pause = Math.round(RhythmEvents.PAUSE_SEC * fs);
        boolean anyPause = false;
        for (int i = 1; i < beats.length && !anyPause; i++) {
            anyPause = beats[i] - beats[i - 1] >= pause;
        }
        SignalLoss loss = SignalLoss.of(usable);
        if (second < 0 || (!loss.any() && !anyPause)) {
            return none;
        }
        Reader lead = new Reader(rec, second, usable.length);
        boolean[] after = usable.clone();
        long[] extra = new long[16];
        int ne = 0, recovered = 0, refuted = 0;
        for (double[] whole : loss.stretches()) {
            // long stretches in pieces, so memory stays bounded when a lead is off for hours
            for (double s0 = whole[0]; s0 < whole[1]; s0 += MAX_PIECE_SEC) {
                double s1 = Math.min(whole[1], s0 + MAX_PIECE_SEC);
                Reader.Piece p = lead.read(s0, s1);
                if (p == null) {
                    continue;
                }
                for (int s = (int) s0; s < (int) s1 && s < p.usable().length; s++) {
                    if (p.usable()[s]) {
                        after[s] = true;
                        recovered++;
                    }
                }
                for (long at : p.beats()) {
                    int sec = (int) (at / fs);
                    if (sec >= s0 && sec < s1 && p.usable()[sec] && !near(beats, at, seam(fs))) {
                        extra = add(extra, ne++, at);
                    }
                }
            }
        }
        // pauses are looked for in the beats so far: the chosen lead's and those of the lost stretches
        long[] cur = merge(beats, Arrays.copyOf(extra, ne));
        long[] more = new long[16];
        int nm = 0;
        List<long[]> confirmed = new ArrayList<>();
        for (int i = 1; i < cur.length; i++) {
            if (cur[i] - cur[i - 1] < pause || cur[i] - cur[i - 1] > MAX_PIECE_SEC * fs) {
                continue;       // not a pause, or too long a gap to be one worth reading the other lead for
            }
            Reader.Piece p = lead.read(cur[i - 1] / fs, cur[i] / fs);
            if (p == null || !usableThroughout(p.usable(), cur[i - 1] / fs, cur[i] / fs) || !agrees(cur, i, p.beats(), fs)) {
                continue;
            }
            long lo = cur[i - 1] + seam(fs), hi = cur[i] - seam(fs);
            long[] inside = Arrays.stream(p.beats()).filter(at -> at > lo && at < hi).toArray();
            double qrs = qrsAmplitude(p, cur, i, fs);
            if (inside.length > 0 && fitsRhythm(cur, i, inside, fs) && allAtLeast(p, inside, MIN_AMPLITUDE * qrs)) {
                for (long at : inside) {
                    more = add(more, nm++, at);
                }
                refuted++;
            } else if (qrs > 0 && Arrays.stream(inside).allMatch(at -> p.amplitude(at) < MIN_AMPLITUDE * qrs)) {
                confirmed.add(new long[] {cur[i - 1], cur[i]});
            }
        }
        if (ne + nm == 0) {     // the second lead was looked at, even if it changed nothing
            return new Fill(second, beats, new boolean[beats.length], after, recovered, 0, confirmed);
        }
        long[] all = merge(cur, Arrays.copyOf(more, nm));
        boolean[] filled = new boolean[all.length];
        for (int k = 0; k < all.length; k++) {
            filled[k] = Arrays.binarySearch(beats, all[k]) < 0;
        }
        return new Fill(second, all, filled, after, recovered, refuted, confirmed);
    }

    /** The ascending union of ascending {@code a} and unsorted {@code b}. */
    private static long[] merge(long[] a, long[] b) {
        long[] add = b.clone();
        Arrays.sort(add);
        long[] all = new long[a.length + add.length];
        int i = 0, j = 0;
        for (int k = 0; k < all.length; k++) {
            all[k] = j >= add.length || (i < a.length && a[i] <= add[j]) ? a[i++] : add[j++];
        }
        return all;
    }

    /**
     * Whether the beats found inside the pause ending at beat {@code i} continue the rhythm around it:
     * the intervals between them within {@value #RHYTHM_TOLERANCE} of the context's median RR, and
     * those to the pause's bounding beats no longer than that. Beats that were there all along
     * (missed on a blocked lead) continue the rhythm; a P or T wave taken for a QRS inside a true
     * pause does not.
     */
    private static boolean fitsRhythm(long[] beats, int i, long[] inside, double fs) {
        long ctx = Math.round(CONTEXT_SEC * fs);
        long[] rr = new long[beats.length];
        int m = 0;
        for (int k = Math.max(1, SortedArrays.lowerBound(beats, beats[i - 1] - ctx)); k < beats.length
                && beats[k] <= beats[i] + ctx; k++) {
            if (k != i) {
                rr[m++] = beats[k] - beats[k - 1];
            }
        }
        if (m < MIN_CONTEXT_BEATS) {
            return false;
        }
        long[] sorted = Arrays.copyOf(rr, m);
        Arrays.sort(sorted);
        double median = sorted[m / 2];
        // the intervals between the found beats continue the rhythm; those to the pause's own beats may
        // be shorter (a false detection on the blocking lead can bound the pause) but not longer
        for (int k = 1; k < inside.length; k++) {
            double r = (inside[k] - inside[k - 1]) / median;
            if (r < 1 - RHYTHM_TOLERANCE || r > 1 + RHYTHM_TOLERANCE) {
                return false;
            }
        }
        return (inside[0] - beats[i - 1]) / median <= 1 + RHYTHM_TOLERANCE
                && (beats[i] - inside[inside.length - 1]) / median <= 1 + RHYTHM_TOLERANCE;
    }

    /**
     * The second lead's QRS amplitude around the pause ending at beat {@code i}: the median
     * peak-to-peak (±{@value #QRS_HALF_SEC} s) of its beats that match the chosen lead's context
     * beats, or NaN with fewer than {@value #MIN_CONTEXT_BEATS}. A beat inside the pause must reach
     * {@value #MIN_AMPLITUDE} of it to count: a P wave taken for a beat is much smaller.
     */
    private static double qrsAmplitude(Reader.Piece p, long[] beats, int i, double fs) {
        long ctx = Math.round(CONTEXT_SEC * fs);
        int k0 = SortedArrays.lowerBound(beats, beats[i - 1] - ctx), k1 = SortedArrays.lowerBound(beats, beats[i] + ctx + 1);
        double[] amp = new double[k1 - k0];     // the context beats only, not one slot per beat of the night
        int m = 0;
        for (int k = k0; k < k1; k++) {
            int j = nearest(p.beats(), beats[k]);
            if (j >= 0 && Math.abs(p.beats()[j] - beats[k]) <= seam(fs)) {
                amp[m++] = p.amplitude(p.beats()[j]);
            }
        }
        if (m < MIN_CONTEXT_BEATS) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(amp, m);
        Arrays.sort(sorted);
        return sorted[m / 2];
    }

    private static boolean allAtLeast(Reader.Piece p, long[] beats, double amplitude) {
        for (long at : beats) {
            if (!(p.amplitude(at) >= amplitude)) {
                return false;
            }
        }
        return true;
    }

    private static int nearest(long[] a, long at) {
        int k = SortedArrays.lowerBound(a, at);
        if (k == a.length) {
            return k - 1;
        }
        return k > 0 && at - a[k - 1] < a[k] - at ? k - 1 : k;
    }

    /** The second lead's detector finds enough of the chosen lead's beats around the pause ending at beat {@code i}. */
    private static boolean agrees(long[] beats, int i, long[] second, double fs) {
        long ctx = Math.round(CONTEXT_SEC * fs), from = beats[i - 1] - ctx, to = beats[i] + ctx;
        int context = 0, found = 0;
        for (int k = SortedArrays.lowerBound(beats, from); k < beats.length && beats[k] <= to; k++) {
            context++;
            found += near(second, beats[k], seam(fs)) ? 1 : 0;
        }
        return context >= MIN_CONTEXT_BEATS && found >= MIN_AGREEMENT * context;
    }

    private static boolean usableThroughout(boolean[] usable, double fromSec, double toSec) {
        for (int s = (int) fromSec; s <= (int) toSec; s++) {
            if (s >= usable.length || !usable[s]) {
                return false;
            }
        }
        return true;
    }

    private static long seam(double fs) {
        return Math.round(SEAM_SEC * fs);
    }

    private static long[] add(long[] a, int at, long v) {
        long[] out = at == a.length ? Arrays.copyOf(a, 2 * a.length) : a;
        out[at] = v;
        return out;
    }

    /** Whether a beat of the ascending {@code beats} lies within {@code within} samples of {@code at}. */
    private static boolean near(long[] beats, long at, long within) {
        int k = SortedArrays.lowerBound(beats, at);
        return (k < beats.length && beats[k] - at <= within) || (k > 0 && at - beats[k - 1] <= within);
    }

    /** Reads stretches of the second lead with context, checks their seconds and detects their beats. */
    private static final class Reader {
        private final Recording rec;
        private final int ch;
        private final SignalInfo info;
        private final double fs, toMv;
        private final int seconds;
        private final boolean[] usable;

        /** Detected beats (recording samples), per-second usability, and the signal read from sample {@code first}. */
        record Piece(long[] beats, boolean[] usable, double[] x, long first, int halfWindow) {
            /** Peak-to-peak amplitude within ±{@code halfWindow} samples of recording sample {@code at}. */
            double amplitude(long at) {
                int c = (int) (at - first);
                return PauseBaseline.span(x, c - halfWindow, c + halfWindow);
            }
        }

        Reader(Recording rec, int ch, int seconds) {
            this.rec = rec;
            this.ch = ch;
            this.info = rec.signals().get(ch);
            this.fs = info.samplingRateHz();
            this.toMv = EcgQuality.toMv(info.physicalUnit());
            this.seconds = seconds;
            this.usable = new boolean[seconds];
        }

        /** Beats (recording samples) and per-second usability of [fromSec − context, toSec + context]; null when too short. */
        Piece read(double fromSec, double toSec) throws IOException {
            long n = info.sampleCount();
            long a = Math.max(0, Math.round((fromSec - CONTEXT_SEC) * fs));
            long b = Math.min(n, Math.round((toSec + CONTEXT_SEC) * fs));
            if (b - a < fs) {
                return null;
            }
            double[] x = rec.readPhysical(ch, a, (int) (b - a));
            // one per-second array for every piece: the piece's seconds are cleared, then marked
            java.util.Arrays.fill(usable, (int) Math.min(seconds, a / fs), (int) Math.min(seconds, Math.ceil(b / fs)), false);
            EcgQuality.mark(x, 0, x.length, fs, a, toMv, info.physicalMin(), info.physicalMax(), usable);
            QrsDetector det = new QrsDetector(fs);
            det.process(x, 0, x.length);
            det.finish();
            long[] got = det.drainBeats();
            for (int k = 0; k < got.length; k++) {
                got[k] += a;
            }
            return new Piece(got, usable, x, a, (int) Math.round(QRS_HALF_SEC * fs));
        }
    }
}
