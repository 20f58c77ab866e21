package org.cardiosleep.app.holter;

import java.io.IOException;
import java.util.Arrays;

import org.cardiosleep.app.CpuClock;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.pheno.beats.AamiClass;
import org.cardiosleep.pheno.beats.BeatClassifier;
import org.cardiosleep.pheno.analyze.ProgressListener;
import org.cardiosleep.pheno.beats.ChunkedClassification;
import org.cardiosleep.pheno.holter.EcgQuality;
import org.cardiosleep.pheno.holter.PauseBaseline;
import org.cardiosleep.pheno.holter.SecondLead;
import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.signal.qrs.QrsDetector;
import org.cardiosleep.signal.rhythm.BeatLabels;

/**
 * Beats of a recording found by our own QRS detector, streamed over 10-min chunks so memory stays
 * bounded, then classified (AAMI N/S/V/F/Q) by the committed beat classifier when the build has
 * its model (in chunks with 20 s of context either side); otherwise unclassified. The same chunks
 * give each second's usability ({@link EcgQuality}): detections in flat, saturated or clipped
 * seconds are dropped, and the lost seconds go to the analysis as {@link SignalLoss}, with the pauses
 * whose baseline could not be read ({@link PauseBaseline}).
 */
final class DetectedBeats {
    private static final double CHUNK_SEC = 600;

    /** Result: beat samples, classes (null when no classifier) and what happened. */
    record Result(long[] samples, byte[] classes, String classStatus, SignalLoss signalLoss, SecondLead.Fill fill,
                  double detectCpuSec, double classifyCpuSec) {
    }

    private DetectedBeats() {
    }

    static Result run(Recording rec, int ch, ProgressListener progress) throws IOException {
        return run(rec, ch, progress, true);
    }

    /** As {@link #run(Recording, int, ProgressListener)}; with {@code secondLead} false, the chosen lead alone. */
    static Result run(Recording rec, int ch, ProgressListener progress, boolean secondLead) throws IOException {
        double fs = rec.signals().get(ch).samplingRateHz();
        long n = rec.signals().get(ch).sampleCount();
        double t0 = CpuClock.seconds();
        QrsDetector det = new QrsDetector(fs);
        SignalInfo sig = rec.signals().get(ch);
        double toMv = EcgQuality.toMv(sig.physicalUnit());
        boolean[] usable = new boolean[(int) Math.ceil(n / fs)];
        long chunk = Math.round(CHUNK_SEC * fs);
        long[] beats = new long[1024];
        int nb = 0;
        double[] x = new double[(int) Math.min(chunk, n)]; // one buffer for every chunk
        for (long start = 0; start < n; start += chunk) {
            int len = (int) Math.min(chunk, n - start);
            rec.readPhysical(ch, start, len, x, 0);
            EcgQuality.mark(x, 0, len, fs, start, toMv, sig.physicalMin(), sig.physicalMax(), usable);
            det.process(x, 0, len);
            progress.progress(ProgressListener.ECG, Math.round((start + len) / fs), Math.round(n / fs));
            long[] got = det.drainBeats();
            if (nb + got.length > beats.length) {
                beats = Arrays.copyOf(beats, Math.max(beats.length * 2, nb + got.length));
            }
            System.arraycopy(got, 0, beats, nb, got.length);
            nb += got.length;
        }
        det.finish();
        long[] rest = det.drainBeats();
        beats = Arrays.copyOf(beats, nb + rest.length);
        System.arraycopy(rest, 0, beats, nb, rest.length);
        beats = EcgQuality.keepUsable(beats, fs, usable);
        SecondLead.Fill fill = secondLead ? SecondLead.fill(rec, ch, beats, usable) : SecondLead.unused(beats, usable);
        PauseBaseline.Result unread = PauseBaseline.check(rec, ch, fill.beats(), fill.usable());
        SignalLoss loss = SignalLoss.of(unread.usable(), unread.doubtful());
        double t1 = CpuClock.seconds();
        BeatClassifier classifier;
        try {
            classifier = BeatClassifier.loadDefault();
        } catch (RuntimeException | LinkageError e) {
            return new Result(fill.beats(), null, "not available (" + e.getMessage() + ")", loss, fill, (t1 - t0), 0);
        }
        byte[] cls;
        try (classifier) {
            cls = labels(ChunkedClassification.classify(rec, ch, beats, toMv, classifier,
                    sec -> progress.progress(ProgressListener.CLASSES, sec, Math.round(n / fs))));
        }
        double t2 = CpuClock.seconds();
        // the chosen lead's beats are classified on it; beats filled in from the second lead are not
        byte[] all = new byte[fill.beats().length];
        for (int i = 0, k = 0; i < all.length; i++) {
            all[i] = fill.filled()[i] ? BeatLabels.UNCLASSIFIED : cls[k++];
        }
        return new Result(fill.beats(), all, "beat classifier " + BeatClassifier.DEFAULT_MODEL_RESOURCE, loss, fill,
                (t1 - t0), (t2 - t1));
    }

    /** Beat classes ({@link BeatLabels} codes) of {@code beats} of signal {@code ch}, by {@code classifier}. */
    static byte[] classes(Recording rec, int ch, long[] beats, BeatClassifier classifier) throws IOException {
        double toMv = EcgQuality.toMv(rec.signals().get(ch).physicalUnit());
        return labels(ChunkedClassification.classify(rec, ch, beats, toMv, classifier));
    }

    private static byte[] labels(byte[] aami) {
        byte[] cls = new byte[aami.length];
        for (int i = 0; i < aami.length; i++) {
            cls[i] = label(aami[i]);
        }
        return cls;
    }

    private static byte label(byte aami) {
        return switch (aami) {
            case AamiClass.N -> BeatLabels.N;
            case AamiClass.S -> BeatLabels.S;
            case AamiClass.V -> BeatLabels.V;
            case AamiClass.F -> BeatLabels.F;
            default -> BeatLabels.Q;
        };
    }
}
