package org.cardiosleep.app.holter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.CpuClock;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.app.report.HolterReport;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.wfdb.WfdbHeader;
import org.cardiosleep.pheno.holter.HolterAnalysis;
import org.cardiosleep.pheno.holter.HolterInput;
import org.cardiosleep.pheno.holter.HolterResult;
import org.cardiosleep.pheno.holter.SignalLoss;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cardiosleep holter FILE -o OUT}: the Holter report of one recording. Beats are detected
 * by our QRS detector on the ECG channel (and classified when the beat classifier's model is in
 * the build), or taken from a beat-annotation file: {@code --beats FILE}, FILE itself when it is
 * one (e.g. nsr2db {@code .ecg}), or the record's own {@code .atr}/{@code .qrs}/{@code .ecg} with
 * {@code --reference}; annotation labels, when the file has them, are used as the beat classes and
 * reported as reference annotations.
 */
@Command(name = "holter", mixinStandardHelpOptions = true,
        description = "Holter phenotypes (rhythm, ectopy, HR, HRV) of one recording: holter.json, beats.csv, "
                + "events.csv, WFDB annotations (REC.hol) and report.html / report.pdf in the output directory.")
public final class HolterCommand implements Callable<Integer> {
    private static final String[] BEAT_ANNOTATORS = {"atr", "qrs", "ecg"};

    @Parameters(arity = "1..*", description = "Record(s) (any format Recordings.open reads) or WFDB / ISHNE beat-annotation "
            + "file(s); with several, each gets OUT/<record>/.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, required = true, description = "Output directory (replaced atomically).")
    Path outputDir;

    private Path file;
    private Path output;

    @Option(names = "--beats", description = "Beat annotation file (WFDB .atr, .qrs, .ecg, ...; ISHNE .ann) to use for the beats.")
    Path beats;

    @Option(names = "--start-time", description = "Clock time of the recording start, HH:MM[:SS] (overrides the header).")
    String startTime;

    @Option(names = "--reference", description = "Use the record's reference beat annotations (.atr, .qrs or .ecg beside it; "
            + ".ann beside an ISHNE file) instead of detecting beats.")
    boolean reference;

    @Option(names = "--channel", description = "ECG channel: 0-based index or label (default: picked by label).")
    String channel;

    @Option(names = "--stages", description = "Hypnogram: a text file with one stage per 30-s epoch (W, N1, N2, N3, REM).")
    Path stages;

    /** Where the current record's outputs will be once complete (for messages; {@link #output} may be temporary). */
    private Path shownOutput;

    @Override
    public Integer call() throws Exception {
        if (files.size() == 1) {
            file = files.get(0);
            output = outputDir;
            shownOutput = outputDir;
            one();
            return 0;
        }
        // several records: OUT appears with every OUT/<record>/ or not at all (a bad file among them
        // leaves no half-done batch behind)
        double[] sum = new double[1];
        AtomicOutput.directory(outputDir, tmp -> {
            for (Path f : files) {
                file = f;
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                output = tmp.resolve(dot > 0 ? name.substring(0, dot) : name);
                shownOutput = outputDir.resolve(output.getFileName());
                sum[0] += one();
            }
        });
        double total = sum[0];
        System.out.printf(Locale.ROOT, "%d records: analysis %.3f s in total, %.4f s per record%n", files.size(), total,
                total / files.size());
        return 0;
    }

    /** Analyses {@link #file} into {@link #output}; returns the analysis time (s). */
    private double one() throws Exception {
        boolean annotated = reference || beats != null || isAnnotationFile(file);
        Beats b = annotated ? fromAnnotations() : detect();
        Optional<LocalTime> clock = b.clock;
        if (startTime != null) {
            try {
                clock = Optional.of(LocalTime.parse(startTime.length() == 5 ? startTime + ":00" : startTime));
            } catch (DateTimeParseException e) {
                throw new UsageException("--start-time: expected HH:MM or HH:MM:SS, got '" + startTime + "'");
            }
        }
        if (b.samples.length < 2) {
            throw new RecordingFormatException(file, "fewer than 2 beats found");
        }
        String[] hyp = stages == null ? null : readStages(stages);
        HolterInput in = new HolterInput(b.timeSec, b.classes, b.classSource, b.durationSec, clock, hyp, 30.0,
                b.signalLoss);
        double t0 = CpuClock.seconds();
        // classifier output: supraventricular ectopy is counted outside AF; reference labels stay as given
        HolterResult r = HolterAnalysis.analyze(in, !annotated);
        double computeSec = CpuClock.seconds() - t0;
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("record", b.record);
        head.put("source", file.toString());
        head.put("format", b.format);
        head.put("beatSource", b.beatSource);
        head.put("classSource", b.classSource);
        head.put("samplingRateHz", b.fs);
        head.put("startTime", clock.map(LocalTime::toString).orElse(null));
        head.put("hypnogram", hyp == null ? "none" : stages.toString());
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("detectCpuSeconds", round4(b.detectSec));
        timing.put("classifyCpuSeconds", round4(b.classifySec));
        timing.put("analysisCpuSeconds", round4(computeSec));
        head.put("timing", timing);
        Path annName = Path.of(b.record + ".hol");
        // pauses a second lead looked at: confirmed (no QRS there either) or, where it could not tell, unchecked
        java.util.function.Function<org.cardiosleep.signal.rhythm.RhythmEvent, String> secondLead = e ->
                b.fill == null || b.fill.channel() < 0 || !e.type().startsWith("PAUSE") ? null
                        : b.fill.confirms(b.samples[e.firstBeat()], b.samples[e.lastBeat()]) ? "confirmed" : "unchecked";
        // the report: the recording's own date when it has one, else the clock time alone
        boolean dateKnown = b.start.isPresent() && startTime == null;
        java.time.LocalDateTime start = dateKnown ? b.start.get()
                : clock.map(c -> java.time.LocalDate.EPOCH.atTime(c)).orElse(null);
        HolterReport.Input report = new HolterReport.Input(b.record, file.toString(), b.format, b.beatSource,
                b.classSource, start, dateKnown, b.durationSec, b.timeSec, r, b.signalLoss, strips(b, r));
        AtomicOutput.directory(output, tmp -> {
            String version = org.cardiosleep.app.analyze.AnalysisOutputs.version();
            Files.writeString(tmp.resolve("report.html"), HolterReport.render(report, version),
                    java.nio.charset.StandardCharsets.UTF_8);
            try (java.io.OutputStream pdf = new java.io.BufferedOutputStream(Files.newOutputStream(tmp.resolve("report.pdf")))) {
                HolterReport.writePdf(report, version, pdf);
            }
            HolterOutputs.json(tmp.resolve("holter.json"), head, r, secondLead);
            HolterOutputs.beatsCsv(tmp.resolve("beats.csv"), b.samples, b.timeSec, r.classes(), r, b.signalLoss);
            HolterOutputs.eventsCsv(tmp.resolve("events.csv"), r.events(), secondLead);
            HolterOutputs.annotations(tmp.resolve(annName), b.samples, r.classes(), r.afBeat(), r.events(), b.fs);
        });
        Map<String, Object> v = r.variables();
        System.out.printf(Locale.ROOT, "%s: %d beats, %.1f h; HR mean %.1f bpm; SDNN %.1f ms; RMSSD %.1f ms; AF burden %.1f %%;"
                        + " %d events; CPU: detect %.3f s, classify %.3f s, analysis %.3f s -> %s%n", b.record,
                b.samples.length, b.durationSec / 3600, num(v.get("HR_MEAN")), num(v.get("SDNN")), num(v.get("RMSSD")),
                num(v.get("AF_BURDEN_PCT")), r.events().size(), b.detectSec, b.classifySec, computeSec, shownOutput);
        return computeSec;
    }

    /**
     * The beats to analyse and where they came from ({@code signalFile} and {@code channel}: the
     * recording and ECG channel the report's strips are read from, null / -1 when there is none).
     */
    private record Beats(String record, String format, double fs, long[] samples, double[] timeSec, byte[] classes, double durationSec,
                         Optional<LocalTime> clock, Optional<LocalDateTime> start, String beatSource, String classSource,
                         SignalLoss signalLoss, Path signalFile, int channel, org.cardiosleep.pheno.holter.SecondLead.Fill fill,
                         double detectSec, double classifySec) {
    }

    /** The report's ECG strips, when the beats came with their signal (else none). */
    private List<org.cardiosleep.pheno.analyze.EcgStrip> strips(Beats b, HolterResult r) throws Exception {
        if (b.signalFile == null) {
            return List.of();
        }
        try (Recording rec = Recordings.open(b.signalFile)) {
            if (b.channel >= rec.signals().size() || rec.signals().get(b.channel).samplingRateHz() != b.fs) {
                return List.of();
            }
            return HolterStrips.pick(rec, b.channel, b.samples, b.timeSec, r, b.signalLoss);
        }
    }

    /** The record beside a beat annotation file, when its signal can be read (for strips); else null. */
    private static Path signalBeside(Path hea) {
        try (Recording rec = Recordings.open(hea)) {
            return rec.signals().isEmpty() ? null : hea;
        } catch (Exception e) {
            return null;     // a header without its signal file (nsr2db, Apnea-ECG): no strips
        }
    }

    private Beats fromAnnotations() throws Exception {
        Path beatFile = beatFile();
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
                SignalLoss.NONE, signal, ch, null, 0, 0);
    }

    /**
     * Beats from an ISHNE annotation file; its ECG ({@code REC.ecg} beside it, when it is an ISHNE
     * file) gives the duration, the start and the strips.
     */
    private Beats fromIshneAnnotations(Path beatFile) throws Exception {
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
                SignalLoss.NONE, signal, signal == null ? -1 : ch, null, 0, 0);
    }

    private Beats detect() throws Exception {
        try (Recording rec = Recordings.open(file)) {
            org.cardiosleep.pheno.analyze.EcgChannel.Choice choice =
                    org.cardiosleep.pheno.analyze.EcgChannel.choose(rec, channel);
            int ch = choice.channel();
            double fs = rec.signals().get(ch).samplingRateHz();
            DetectedBeats.Result d;
            try (org.cardiosleep.app.analyze.TerminalProgress bar = new org.cardiosleep.app.analyze.TerminalProgress(
                    org.cardiosleep.app.analyze.TerminalProgress.onTerminal())) {
                d = DetectedBeats.run(rec, ch, bar);
            }
            double[] t = new double[d.samples().length];
            for (int i = 0; i < t.length; i++) {
                t[i] = d.samples()[i] / fs;
            }
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String record = dot > 0 ? name.substring(0, dot) : name;
            double duration = Math.max(rec.durationSec(), t.length > 0 ? t[t.length - 1] : 0);
            Optional<LocalTime> clock = rec.startTime().map(LocalDateTime::toLocalTime);
            String filled = org.cardiosleep.pheno.holter.SecondLead.describe(d.fill(), rec);
            return new Beats(record, rec.format(), fs, d.samples(), t, d.classes(), duration, clock, rec.startTime(),
                    "QRS detector on channel " + ch + " (" + rec.signals().get(ch).label() + "), chosen " + choice.reason()
                            + filled,
                    d.classes() == null ? "none: beat classifier " + d.classStatus() : d.classStatus(),
                    d.signalLoss(), file, ch, d.fill(), d.detectCpuSec(), d.classifyCpuSec());
        }
    }

    private static boolean isAnnotationFile(Path f) {
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
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static double round4(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** The beat annotation file: --beats, FILE itself when it is an annotation file, else REC.atr/.qrs/.ecg. */
    private Path beatFile() throws RecordingFormatException {
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
        for (String a : BEAT_ANNOTATORS) {
            Path p = file.resolveSibling(rec + "." + a);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new RecordingFormatException(file, "no beat annotations beside the record (" + rec
                + ".atr/.qrs/.ecg): give --beats FILE, or drop --reference to detect beats");
    }

    private static String recordName(Path annotationFile) {
        String name = annotationFile.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String[] readStages(Path p) throws Exception {
        if (!Files.isRegularFile(p)) {
            throw new RecordingFormatException(p, "hypnogram file not found");
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            String s = line.trim();
            if (!s.isEmpty() && !s.startsWith("#")) {
                out.add(s.split("[\\s,;]+")[0]);
            }
        }
        if (out.stream().noneMatch(HolterInput::isScoredStage)) {
            throw new RecordingFormatException(p, "no sleep stage (W, N1, N2, N3, REM; or R&K 0-5) in the hypnogram");
        }
        return out.toArray(new String[0]);
    }
}
