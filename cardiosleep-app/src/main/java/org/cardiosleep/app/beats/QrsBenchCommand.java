package org.cardiosleep.app.beats;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.cardiosleep.app.DataDirs;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.wfdb.WfdbReader;
import org.cardiosleep.signal.filter.Resampler;
import org.cardiosleep.signal.qrs.LeadSelection;
import org.cardiosleep.signal.qrs.QrsDetector;
import org.cardiosleep.signal.qrs.SignalQuality;
import org.cardiosleep.stats.beats.BeatComparator;
import org.cardiosleep.stats.beats.BeatMatch;
import org.cardiosleep.stats.beats.BeatSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cardiosleep bench qrs}: runs the QRS detector on the first channel of every record of a
 * WFDB database that has a beat-annotated {@code .atr}, and scores it beat by beat per ANSI/AAMI
 * EC57 (bxb semantics) from minute 5 and over the whole record.
 */
@Command(name = "qrs", mixinStandardHelpOptions = true,
        description = "QRS detection accuracy (EC57 beat-by-beat) and speed on a WFDB database.")
public final class QrsBenchCommand implements Callable<Integer> {
    static final double EC57_START_SEC = 300;

    @Option(names = "--data", description = "WFDB database directory (default: mitdb under the data root)")
    Path data;

    @Option(names = "--json", required = true, description = "Report file")
    Path json;

    @Option(names = "--channel", defaultValue = "0", description = "Channel to detect on (default 0: MLII in mitdb)")
    int channel;

    @Option(names = "--start", description = "EC57 evaluation start in seconds (default 300)")
    Double startSec;

    @Option(names = "--resample", description = "Resample every record to this rate (Hz) before detection; reference times are scaled")
    Double resampleHz;

    /** RR timing at the resampled rate against the native one (with --resample). */
    private RrTiming rrTiming;

    @Option(names = "--two-lead", description = "Also score the supplementary two-lead variant (second channel used where the first is unusable)")
    boolean twoLeadToo;

    @Option(names = "--nstdb", description = "Noise Stress Test directory (default: nstdb under the data root, when present)")
    Path nstdb;

    @Override
    public Integer call() throws Exception {
        if (channel < 0) {
            throw new UsageException("--channel must be 0 or more, got " + channel);
        }
        if (resampleHz != null && !(resampleHz > 0 && Double.isFinite(resampleHz))) {
            throw new UsageException("--resample must be a positive rate in Hz, got " + resampleHz);
        }
        if (startSec != null && !(startSec >= 0 && Double.isFinite(startSec))) {
            throw new UsageException("--start must be 0 or more seconds, got " + startSec);
        }
        Path dir = DataDirs.database(data, "mitdb");
        double start = startSec == null ? EC57_START_SEC : startSec;
        BenchReport report = new BenchReport("qrs").dataset(dir.toAbsolutePath().normalize().toString());
        report.protocol("ANSI/AAMI EC57 beat-by-beat (bxb semantics): 150 ms match window, one-to-one matching in time"
                + " order; reference = every beat annotation of .atr; evaluation from " + start + " s (and whole record);"
                + " ventricular flutter/fibrillation episodes ([ to ]) excluded; detector run on channel " + channel
                + " only (single lead)" + (resampleHz == null ? "" : "; signals resampled to " + resampleHz + " Hz"));
        rrTiming = resampleHz != null ? new RrTiming() : null;
        Scored main = score(dir, start, report, true);
        if (rrTiming != null) {
            report.extra("rrTiming", rrTiming.json(resampleHz));
            System.out.println(rrTiming.line(resampleHz));
        }
        if (main.ec57.isEmpty()) {
            throw new UsageException(dir + ": no record with a .hea, a beat-annotated .atr and a channel " + channel);
        }
        BeatSummary s = BeatSummary.of(main.ec57);
        BeatSummary w = BeatSummary.of(main.whole);
        Map<String, Object> m = report.metrics();
        m.put("grossSe", round(s.grossSe(), 3));
        m.put("grossPpv", round(s.grossPpv(), 3));
        m.put("grossF1", round(s.grossF1(), 5));
        m.put("avgSe", round(s.avgSe(), 3));
        m.put("avgPpv", round(s.avgPpv(), 3));
        m.put("avgF1", round(s.avgF1(), 5));
        m.put("ec57Start", start);
        m.put("tp", s.tp());
        m.put("fn", s.fn());
        m.put("fp", s.fp());
        m.put("meanAbsErrorMs", round(s.meanAbsErrorMs(), 2));
        m.put("rmsErrorMs", round(s.rmsErrorMs(), 2));
        m.put("wholeRecordGrossSe", round(w.grossSe(), 3));
        m.put("wholeRecordGrossPpv", round(w.grossPpv(), 3));
        m.put("wholeRecordGrossF1", round(w.grossF1(), 5));
        m.put("wholeRecordAvgSe", round(w.avgSe(), 3));
        m.put("wholeRecordAvgPpv", round(w.avgPpv(), 3));
        m.put("wholeRecordTp", w.tp());
        m.put("wholeRecordFn", w.fn());
        m.put("wholeRecordFp", w.fp());
        // per core: detection only, on the CPU time of the detecting thread (the wall-clock figure
        // depends on what else the machine runs); the first records include JIT compilation
        BeatSummary u = BeatSummary.of(main.usable);
        // the same EC57 scoring with the 10-s windows that the quality index marks unusable left out
        m.put("unusableWindowPct", round(100.0 * main.unusableWindows / Math.max(1, main.windows), 3));
        m.put("usableGrossSe", round(u.grossSe(), 3));
        m.put("usableGrossPpv", round(u.grossPpv(), 3));
        m.put("usableTp", u.tp());
        m.put("usableFn", u.fn());
        m.put("usableFp", u.fp());
        if (!main.twoLead.isEmpty()) {
            // supplementary, not the headline: both leads detected separately, the better-quality
            // lead chosen per 10-s window (LeadSelection), EC57 from the same start
            BeatSummary t = BeatSummary.of(main.twoLead);
            m.put("twoLeadRecords", main.twoLead.size());
            m.put("twoLeadGrossSe", round(t.grossSe(), 3));
            m.put("twoLeadGrossPpv", round(t.grossPpv(), 3));
            m.put("twoLeadTp", t.tp());
            m.put("twoLeadFn", t.fn());
            m.put("twoLeadFp", t.fp());
        }
        m.put("samplesPerSecond", Math.round(main.samples / main.detectCpuSec));
        m.put("samplesPerWallSecond", Math.round(main.samples / main.detectSec));
        m.put("detectionCpuSeconds", round(main.detectCpuSec, 4));
        m.put("detectionSeconds", round(main.detectSec, 4));
        m.put("samples", main.samples);
        report.extra("nstdb", nstdbSection(start));
        report.extra("machine", machine());
        report.extra("processSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        report.write(json);
        System.out.printf("qrs: %d records, EC57 from %.0f s: Se %.3f %% +P %.3f %% F1 %.5f (TP %d FN %d FP %d);"
                        + " whole record: Se %.3f %% +P %.3f %%; %.1f M samples per CPU second%n",
                main.ec57.size(), start, s.grossSe(), s.grossPpv(), s.grossF1(), s.tp(), s.fn(), s.fp(),
                w.grossSe(), w.grossPpv(), main.samples / main.detectCpuSec / 1e6);
        return 0;
    }

    private Object nstdbSection(double start) throws Exception {
        Path dir = nstdb != null ? nstdb : DataDirs.root().resolve("nstdb");
        if (!Files.isDirectory(dir)) {
            return Map.of("present", false, "note", dir + " absent: noise-stress results not computed");
        }
        Scored sc = score(dir, start, null, false);
        Map<String, List<BeatMatch>> bySnr = new LinkedHashMap<>();
        for (int i = 0; i < sc.names.size(); i++) {
            String snr = snrOf(sc.names.get(i));
            if (snr != null) {
                bySnr.computeIfAbsent(snr, k -> new ArrayList<>()).add(sc.ec57.get(i));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("present", true);
        out.put("records", sc.names);
        for (Map.Entry<String, List<BeatMatch>> e : bySnr.entrySet()) {
            BeatSummary b = BeatSummary.of(e.getValue());
            out.put("snr" + e.getKey() + "dB", Map.of("records", e.getValue().size(), "grossSe", round(b.grossSe(), 3),
                    "grossPpv", round(b.grossPpv(), 3), "tp", b.tp(), "fn", b.fn(), "fp", b.fp()));
        }
        return out;
    }

    /** SNR of a Noise Stress Test record name such as 118e24, 119e_6 ("-6"), or null. */
    static String snrOf(String name) {
        int e = name.lastIndexOf('e');
        if (e < 0 || e == name.length() - 1) {
            return null;
        }
        String s = name.substring(e + 1).replace('_', '-');
        return s.matches("-?\\d+") ? String.valueOf(Integer.parseInt(s)) : null;
    }

    private record Scored(List<String> names, List<BeatMatch> ec57, List<BeatMatch> whole, List<BeatMatch> usable,
                          List<BeatMatch> twoLead,
                          long windows, long unusableWindows, long samples,
                          double detectSec, double detectCpuSec) {
    }

    private Scored score(Path dir, double start, BenchReport report, boolean rows) throws Exception {
        List<Path> atrs;
        try (Stream<Path> s = Files.list(dir)) {
            atrs = s.filter(f -> f.getFileName().toString().endsWith(".atr")).sorted().toList();
        }
        List<String> names = new ArrayList<>();
        List<BeatMatch> ec57 = new ArrayList<>(), whole = new ArrayList<>(), usableOnly = new ArrayList<>();
        long windows = 0, unusable = 0;
        List<BeatMatch> twoLead = new ArrayList<>();
        long samples = 0;
        long detectNanos = 0, detectCpuNanos = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Path atr : atrs) {
            String name = atr.getFileName().toString().replaceFirst("\\.atr$", "");
            Path hea = dir.resolve(name + ".hea");
            if (!Files.isRegularFile(hea)) {
                continue;
            }
            ReferenceBeats ref = ReferenceBeats.read(atr);
            if (ref.beats().length == 0) {
                continue;
            }
            double fs;
            double[] x, x2;
            try (Recording rec = WfdbReader.open(hea)) {
                if (channel >= rec.signals().size()) {
                    continue;
                }
                fs = rec.signals().get(channel).samplingRateHz();
                x = rec.readPhysical(channel);
                int other = channel == 0 ? 1 : 0;
                x2 = twoLeadToo && rec.signals().size() > 1 && rec.signals().get(other).samplingRateHz() == fs
                        ? rec.readPhysical(other) : null;
            } catch (java.io.IOException e) {
                System.err.println("cardiosleep: skipping " + name + ": " + e.getMessage());
                continue;
            }
            double[] xNative = x;
            double fsNative = fs;
            if (resampleHz != null) {
                x = Resampler.resample(x, fs, resampleHz);
                x2 = x2 == null ? null : Resampler.resample(x2, fs, resampleHz);
                ref = ref.scaled(resampleHz / fs);
                fs = resampleHz;
            }
            long c0 = threads.getCurrentThreadCpuTime(), t0 = System.nanoTime();
            long[] beats = QrsDetector.detect(x, fs);
            detectNanos += System.nanoTime() - t0;
            detectCpuNanos += threads.getCurrentThreadCpuTime() - c0;
            samples += x.length;
            if (rrTiming != null && rows) {
                rrTiming.add(xNative, fsNative, x, fs, beats);
            }
            BeatMatch a = BeatComparator.compare(ref.beats(), beats, fs, start, ref.vfEpisodes());
            BeatMatch b = BeatComparator.compare(ref.beats(), beats, fs, 0, ref.vfEpisodes());
            SignalQuality.Window[] q = SignalQuality.assessAll(x, fs, beats, SignalQuality.WINDOW_SEC,
                    DetectBeatsCommand.minAmplitude("mV"));
            long[][] masked = withUnusable(ref.vfEpisodes(), q, (int) Math.round(SignalQuality.WINDOW_SEC * fs));
            BeatMatch u = BeatComparator.compare(ref.beats(), beats, fs, start, masked);
            int bad = 0;
            for (SignalQuality.Window w : q) {
                bad += w.usable() ? 0 : 1;
            }
            windows += q.length;
            if (x2 != null) {
                long[] beats2 = QrsDetector.detect(x2, fs);
                int winLen = (int) Math.round(SignalQuality.WINDOW_SEC * fs);
                SignalQuality.Window[] q2 = SignalQuality.assessAll(x2, fs, beats2, SignalQuality.WINDOW_SEC,
                        DetectBeatsCommand.minAmplitude("mV"));
                long[] both = LeadSelection.bestPerWindow(new long[][] {beats, beats2}, new SignalQuality.Window[][] {q, q2},
                        winLen, (int) Math.round(0.2 * fs));
                twoLead.add(BeatComparator.compare(ref.beats(), both, fs, start, ref.vfEpisodes()));
            }
            unusable += bad;
            names.add(name);
            ec57.add(a);
            whole.add(b);
            usableOnly.add(u);
            if (rows && report != null) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("record", name);
                row.put("tp", a.tp());
                row.put("fn", a.fn());
                row.put("fp", a.fp());
                row.put("se", round(a.sensitivityPct(), 3));
                row.put("ppv", round(a.ppvPct(), 3));
                row.put("f1", round(a.f1(), 5));
                row.put("meanAbsErrorMs", round(1000 * a.meanAbsErrorSec(), 2));
                row.put("wholeTp", b.tp());
                row.put("wholeFn", b.fn());
                row.put("wholeFp", b.fp());
                row.put("unusableWindows", bad);
                row.put("usableTp", u.tp());
                row.put("usableFn", u.fn());
                row.put("usableFp", u.fp());
                row.put("vfExcludedSec", round(ref.vfSamples(x.length) / fs, 1));
                report.record(row);
            }
        }
        return new Scored(names, ec57, whole, usableOnly, twoLead, windows, unusable, samples, Math.max(1e-9, detectNanos / 1e9), Math.max(1e-9, detectCpuNanos / 1e9));
    }

    /** VF episodes plus the unusable windows, as ascending, merged sample intervals. */
    static long[][] withUnusable(long[][] vf, SignalQuality.Window[] q, int windowLen) {
        List<long[]> all = new ArrayList<>(List.of(vf));
        for (SignalQuality.Window w : q) {
            if (!w.usable()) {
                all.add(new long[] {w.startSample(), w.startSample() + windowLen});
            }
        }
        all.sort((p, r) -> Long.compare(p[0], r[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] iv : all) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] >= iv[0]) {
                long[] lastIv = merged.get(merged.size() - 1);
                lastIv[1] = Math.max(lastIv[1], iv[1]);
            } else {
                merged.add(new long[] {iv[0], iv[1]});
            }
        }
        return merged.toArray(new long[0][]);
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.version"));
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    m.put("cpu", line.substring(line.indexOf(':') + 1).trim());
                    break;
                }
            }
        } catch (Exception ignored) {
            // not Linux: no CPU name
        }
        return m;
    }

    static double round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
