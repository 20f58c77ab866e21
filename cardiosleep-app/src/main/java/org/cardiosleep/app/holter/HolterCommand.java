package org.cardiosleep.app.holter;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import java.util.function.Function;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.CpuClock;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.app.analyze.AnalysisOutputs;
import org.cardiosleep.app.report.HolterReport;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.pheno.analyze.EcgStrip;
import org.cardiosleep.pheno.holter.HolterAnalysis;
import org.cardiosleep.pheno.holter.HolterInput;
import org.cardiosleep.pheno.holter.HolterResult;
import org.cardiosleep.signal.rhythm.RhythmEvent;

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

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print holter.json on stdout (the one-line summary goes to stderr); one record only.")
    boolean json;

    @Option(names = "--stages", description = "Hypnogram: a text file with one stage per 30-s epoch (W, N1, N2, N3, REM).")
    Path stages;

    /** Where the current record's outputs will be once complete (for messages; {@link #output} may be temporary). */
    private Path shownOutput;

    @Override
    public Integer call() throws Exception {
        if (json && files.size() > 1) {
            throw new UsageException("--json prints one record's holter.json: give one record");
        }
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
        spec.commandLine().getOut().printf(Locale.ROOT, "%d records: analysis %.3f s in total, %.4f s per record%n", files.size(), total,
                total / files.size());
        return 0;
    }

    /** Analyses {@link #file} into {@link #output}; returns the analysis time (s). */
    private double one() throws Exception {
        HolterBeats.Beats b = HolterBeats.read(file, beats, reference, channel);
        boolean annotated = b.annotated();
        Optional<LocalTime> clock = b.clock();
        if (startTime != null) {
            try {
                clock = Optional.of(LocalTime.parse(startTime.length() == 5 ? startTime + ":00" : startTime));
            } catch (DateTimeParseException e) {
                throw new UsageException("--start-time: expected HH:MM or HH:MM:SS, got '" + startTime + "'");
            }
        }
        if (b.samples().length < 2) {
            throw new RecordingFormatException(file, "fewer than 2 beats found");
        }
        String[] hyp = stages == null ? null : readStages(stages);
        HolterInput in = new HolterInput(b.timeSec(), b.classes(), b.classSource(), b.durationSec(), clock, hyp, 30.0,
                b.signalLoss());
        double t0 = CpuClock.seconds();
        // classifier output: supraventricular ectopy is counted outside AF; reference labels stay as given
        HolterResult r = HolterAnalysis.analyze(in, !annotated);
        double computeSec = CpuClock.seconds() - t0;
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("record", b.record());
        head.put("source", file.toString());
        head.put("format", b.format());
        head.put("beatSource", b.beatSource());
        head.put("classSource", b.classSource());
        head.put("samplingRateHz", b.fs());
        head.put("startTime", clock.map(LocalTime::toString).orElse(null));
        head.put("hypnogram", hyp == null ? "none" : stages.toString());
        Map<String, Object> timing = new LinkedHashMap<>();
        timing.put("detectCpuSeconds", round4(b.detectSec()));
        timing.put("classifyCpuSeconds", round4(b.classifySec()));
        timing.put("analysisCpuSeconds", round4(computeSec));
        head.put("timing", timing);
        Path annName = Path.of(b.record() + ".hol");
        // pauses a second lead looked at: confirmed (no QRS there either) or, where it could not tell, unchecked
        Function<RhythmEvent, String> secondLead = e ->
                b.fill() == null || b.fill().channel() < 0 || !e.type().startsWith("PAUSE") ? null
                        : b.fill().confirms(b.samples()[e.firstBeat()], b.samples()[e.lastBeat()]) ? "confirmed" : "unchecked";
        // the report: the recording's own date when it has one, else the clock time alone
        boolean dateKnown = b.start().isPresent() && startTime == null;
        LocalDateTime start = dateKnown ? b.start().get()
                : clock.map(c -> LocalDate.EPOCH.atTime(c)).orElse(null);
        HolterReport.Input report = new HolterReport.Input(b.record(), file.toString(), b.format(), b.beatSource(),
                b.classSource(), start, dateKnown, b.durationSec(), b.timeSec(), r, b.signalLoss(), strips(b, r));
        String jsonText = HolterOutputs.json(head, r, secondLead);
        AtomicOutput.directory(output, tmp -> {
            String version = AnalysisOutputs.version();
            Files.writeString(tmp.resolve("report.html"), HolterReport.render(report, version),
                    StandardCharsets.UTF_8);
            try (OutputStream pdf = new BufferedOutputStream(Files.newOutputStream(tmp.resolve("report.pdf")))) {
                HolterReport.writePdf(report, version, pdf);
            }
            Files.writeString(tmp.resolve("holter.json"), jsonText, StandardCharsets.UTF_8);
            HolterOutputs.beatsCsv(tmp.resolve("beats.csv"), b.samples(), b.timeSec(), r.classes(), r, b.signalLoss());
            HolterOutputs.eventsCsv(tmp.resolve("events.csv"), r.events(), secondLead);
            HolterOutputs.annotations(tmp.resolve(annName), b.samples(), r.classes(), r.afBeat(), r.events(), b.fs());
        });
        Map<String, Object> v = r.variables();
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        if (json) {
            stdout.print(jsonText);
            stdout.flush();
        }
        if (org.cardiosleep.app.report.HtmlReport.lowRate(b.fs())) {
            stderr.println(b.annotated() ? org.cardiosleep.app.report.HtmlReport.lowRateNote(b.fs())
                    : org.cardiosleep.app.report.HtmlReport.interpolatedNote(b.fs()));
        }
        (json ? stderr : stdout).printf(Locale.ROOT, "%s: %d beats, %.1f h; HR mean %s; SDNN %s; RMSSD %s; AF burden %s;"
                        + " %d events; CPU: detect %.3f s, classify %.3f s, analysis %.3f s -> %s%n", b.record(),
                b.samples().length, b.durationSec() / 3600, oneDecimal(v.get("HR_MEAN"), " bpm"), oneDecimal(v.get("SDNN"), " ms"),
                oneDecimal(v.get("RMSSD"), " ms"), oneDecimal(v.get("AF_BURDEN_PCT"), " %"), r.events().size(), b.detectSec(),
                b.classifySec(), computeSec, shownOutput);
        return computeSec;
    }

    /** One decimal and the unit, or "n/a" where there is no value (SDNN of a night in AF throughout: no NN interval). */
    private static String oneDecimal(Object o, String unit) {
        double x = num(o);
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.1f", x) + unit : "n/a";
    }

    /** The report's ECG strips, when the beats came with their signal (else none). */
    private List<EcgStrip> strips(HolterBeats.Beats b, HolterResult r) throws Exception {
        if (b.signalFile() == null) {
            return List.of();
        }
        try (Recording rec = Recordings.open(b.signalFile())) {
            if (b.channel() >= rec.signals().size() || rec.signals().get(b.channel()).samplingRateHz() != b.fs()) {
                return List.of();
            }
            return HolterStrips.pick(rec, b.channel(), b.samples(), b.timeSec(), r, b.signalLoss());
        }
    }

    private static double round4(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
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
