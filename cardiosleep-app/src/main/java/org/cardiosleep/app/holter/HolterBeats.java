package org.cardiosleep.app.holter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cardiosleep.app.analyze.TerminalProgress;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.wfdb.WfdbHeader;
import org.cardiosleep.pheno.holter.BeatTimes;
import org.cardiosleep.pheno.holter.SecondLead;
import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.signal.qrs.RWaveTimes;

/**
 * Where {@code holter} takes a recording's beats from: a beat-annotation file (WFDB {@code .atr},
 * {@code .qrs}, {@code .ecg}, ...; ISHNE {@code .ann}) given with {@code --beats}, named as the
 * file itself, or found beside the record with {@code --reference}; otherwise our QRS detector and
 * beat classifier on the recording's ECG.
 */
final class HolterBeats {
    private static final String[] BEAT_ANNOTATORS = {"atr", "qrs", "ecg"};

    private HolterBeats() {
    }

    /** The beats of {@code file}: from annotations when asked for or when {@code file} is one, else detected. */
    static Beats read(Path file, Path beats, boolean reference, String channel) throws Exception {
        return reference || beats != null || isAnnotationFile(file) ? fromAnnotations(file, beats) : detect(file, channel);
    }

    /**
     * The beats to analyse and where they came from ({@code signalFile} and {@code channel}: the
     * recording and ECG channel the report's strips are read from, null / -1 when there is none;
     * {@code annotated}: from an annotation file, whose labels are reference labels).
     */
    record Beats(String record, String format, double fs, long[] samples, double[] timeSec, byte[] classes, double durationSec,
                 Optional<LocalTime> clock, Optional<LocalDateTime> start, String beatSource, String classSource,
                 SignalLoss signalLoss, Path signalFile, int channel, SecondLead.Fill fill, double detectSec,
                 double classifySec, boolean annotated) {
    }

    /** The record beside a beat annotation file, when its signal can be read (for strips); else null. */
    private static Path signalBeside(Path hea) {
        try (Recording rec = Recordings.open(hea)) {
            return rec.signals().isEmpty() ? null : hea;
        } catch (Exception e) {
            return null;     // a header without its signal file (nsr2db, Apnea-ECG): no strips
        }
    }

    private static Beats fromAnnotations(Path file, Path beats) throws Exception {
        Path beatFile = beatFile(file, beats);
        if (magic(beatFile).equals(org.cardiosleep.io.ishne.IshneHeader.ANNOTATION_MAGIC)) {
            return fromIshneAnnotations(beatFile);
        }
        AnnotatedBeats a = AnnotatedBeats.read(beatFile);
        String record = recordName(beatFile);
        WfdbHeader h = WfdbHeader.read(beatFile.resolveSibling(record + ".hea"));
        double duration = a.timeSec()[a.timeSec().length - 1];
        if (h.samplesPerSignal() > 0 && h.signalCount() > 0) {
            duration = Math.max(duration, h.samplesPerSignal() / h.frameRateHz());
        }
        String classSource = a.classes() == null ? "none (beat file " + beatFile.getFileName() + " has no labels)"
                : "reference annotations " + beatFile.getFileName();
        Path hea = beatFile.resolveSibling(record + ".hea");
        Path signal = signalBeside(hea);
        int ch = -1;
        if (signal != null) {
            try (Recording rec = Recordings.open(signal)) {
                ch = org.cardiosleep.io.ChannelPicker.pick(rec, org.cardiosleep.io.ChannelPicker.Kind.ECG, null);
            } catch (RuntimeException e) {
                signal = null;
            }
        }
        return new Beats(record, "WFDB beat annotations", a.samplingRateHz(), a.samples(), a.timeSec(), a.classes(), duration,
                h.baseTime(), Optional.empty(), "annotation file " + beatFile + " (no QRS detection run)", classSource,
                SignalLoss.NONE, signal, ch, null, 0, 0, true);
    }

    /**
     * Beats from an ISHNE annotation file; its ECG ({@code REC.ecg} beside it, when it is an ISHNE
     * file) gives the duration, the start and the strips.
     */
    private static Beats fromIshneAnnotations(Path beatFile) throws Exception {
        org.cardiosleep.io.ishne.IshneAnnotations a = org.cardiosleep.io.ishne.IshneAnnotations.read(beatFile);
        if (a.samples().length < 2) {
            throw new RecordingFormatException(beatFile, "fewer than 2 beat annotations");
        }
        double fs = a.samplingRateHz();
        double[] t = new double[a.samples().length];
        byte[] classes = new byte[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = a.samples()[i] / fs;
            classes[i] = org.cardiosleep.signal.rhythm.BeatLabels.fromIshneLabel((char) (a.labels()[i] & 0xFF));
            if (i > 0 && a.samples()[i] <= a.samples()[i - 1]) {
                throw new RecordingFormatException(beatFile, "two annotations at sample " + a.samples()[i]);
            }
        }
        String record = recordName(beatFile);
        Path ecg = beatFile.resolveSibling(record + ".ecg");
        double duration = t[t.length - 1];
        Optional<LocalDateTime> start = Optional.empty();
        Path signal = null;
        int ch = -1;
        if (Files.isRegularFile(ecg) && isIshne(ecg)) {
            try (Recording rec = Recordings.open(ecg)) {
                ch = org.cardiosleep.io.ChannelPicker.pick(rec, org.cardiosleep.io.ChannelPicker.Kind.ECG, null);
                if (rec.signals().get(ch).samplingRateHz() == fs) {
                    duration = Math.max(duration, rec.durationSec());
                    start = rec.startTime();
                    signal = ecg;
                }
            }
        }
        String other = a.otherLabels().isEmpty() ? "" : "; labels outside N B S V P U read as Q: " + a.otherLabels();
        return new Beats(record, "ISHNE beat annotations", fs, a.samples(), t, classes, duration,
                start.map(LocalDateTime::toLocalTime), start, "annotation file " + beatFile + " (no QRS detection run)",
                "reference annotations " + beatFile.getFileName() + " (ISHNE labels N/B -> N, S, V, P/U -> Q)" + other,
                SignalLoss.NONE, signal, signal == null ? -1 : ch, null, 0, 0, true);
    }

    private static Beats detect(Path file, String channel) throws Exception {
        try (Recording rec = Recordings.open(file)) {
            org.cardiosleep.pheno.analyze.EcgChannel.Choice choice =
                    org.cardiosleep.pheno.analyze.EcgChannel.choose(rec, channel);
            int ch = choice.channel();
            double fs = rec.signals().get(ch).samplingRateHz();
            DetectedBeats.Result d;
            try (TerminalProgress bar = new TerminalProgress(
                    TerminalProgress.onTerminal())) {
                d = DetectedBeats.run(rec, ch, bar);
            }
            // below 250 Hz the beat times are interpolated between samples (Task Force 1996)
            double[] t = BeatTimes.of(rec, ch, d.samples(), fs);
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String record = dot > 0 ? name.substring(0, dot) : name;
            double duration = Math.max(rec.durationSec(), t.length > 0 ? t[t.length - 1] : 0);
            Optional<LocalTime> clock = rec.startTime().map(LocalDateTime::toLocalTime);
            String filled = SecondLead.describe(d.fill(), rec);
            return new Beats(record, rec.format(), fs, d.samples(), t, d.classes(), duration, clock, rec.startTime(),
                    "QRS detector on channel " + ch + " (" + rec.signals().get(ch).label() + "), chosen " + choice.reason()
                            + filled + (RWaveTimes.interpolates(fs) ? "; beat times interpolated between samples (below 250 Hz)" : ""),
                    d.classes() == null ? "none: beat classifier " + d.classStatus() : d.classStatus(),
                    d.signalLoss(), file, ch, d.fill(), d.detectCpuSec(), d.classifyCpuSec(), false);
        }
    }

    static boolean isAnnotationFile(Path f) {
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        if (Files.isRegularFile(f) && magic(f).equals(org.cardiosleep.io.ishne.IshneHeader.ANNOTATION_MAGIC)) {
            return true;
        }
        return !ext.isEmpty() && !ext.equals("hea") && !ext.equals("dat") && !ext.equalsIgnoreCase("edf")
                && !ext.equalsIgnoreCase("bdf") && !ext.equalsIgnoreCase("csv") && Files.isRegularFile(f)
                && Files.isRegularFile(f.resolveSibling(name.substring(0, dot) + ".hea")) && !isIshne(f);
    }

    /** An ISHNE Holter ECG (a {@code .ecg} beside a WFDB header is otherwise taken for beat annotations). */
    private static boolean isIshne(Path f) {
        return magic(f).equals(org.cardiosleep.io.ishne.IshneHeader.MAGIC);
    }

    /** The first 8 bytes of {@code f} as text (empty when it cannot be read). */
    private static String magic(Path f) {
        try (java.io.InputStream in = Files.newInputStream(f)) {
            return new String(in.readNBytes(8), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "";
        }
    }

    /** The beat annotation file: --beats, FILE itself when it is an annotation file, else REC.atr/.qrs/.ecg. */
    private static Path beatFile(Path file, Path beats) throws IOException {
        if (beats != null) {
            if (!Files.isRegularFile(beats)) {
                throw new RecordingFormatException(beats, "beat annotation file not found");
            }
            return beats;
        }
        if (isAnnotationFile(file)) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1) : "";
        if (isIshne(file)) {
            Path ann = file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".ann");
            if (Files.isRegularFile(ann)) {
                return ann;
            }
            throw new RecordingFormatException(file, "no ISHNE beat annotations (" + ann.getFileName()
                    + ") beside the ISHNE file: give --beats FILE, or drop --reference to detect beats");
        }
        String rec = ext.equals("hea") || ext.equals("dat") ? name.substring(0, dot) : name;
        List<String> beatless = new ArrayList<>();
        for (String a : BEAT_ANNOTATORS) {
            Path p = file.resolveSibling(rec + "." + a);
            if (Files.isRegularFile(p)) {
                if (AnnotatedBeats.holdsBeats(p)) {
                    return p;
                }
                beatless.add(p.getFileName().toString()); // rhythm only, as the AF database's .atr
            }
        }
        throw new RecordingFormatException(file, "no beat annotations beside the record (" + rec
                + ".atr/.qrs/.ecg" + (beatless.isEmpty() ? "" : "; " + String.join(", ", beatless)
                + " holds none") + "): give --beats FILE, or drop --reference to detect beats");
    }

    private static String recordName(Path annotationFile) {
        String name = annotationFile.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
