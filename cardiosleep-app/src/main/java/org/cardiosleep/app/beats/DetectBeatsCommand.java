package org.cardiosleep.app.beats;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.io.wfdb.AnnotationCodes;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationWriter;
import org.cardiosleep.signal.qrs.SignalQuality;
import org.cardiosleep.signal.qrs.StreamingBeatDetector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cardiosleep detect-beats FILE [--channel C] -o OUT}: detects heart beats on one ECG channel,
 * streaming the recording a minute at a time (bounded memory for multi-day Holters), and writes
 * {@code OUT.qrs} (WFDB annotations: {@code N} per beat, {@code ~} with subtype -1 where the
 * signal becomes unusable and 0 where it recovers), {@code OUT.beats.csv} ({@code timeSec} interpolated
 * between samples below 250 Hz, {@link org.cardiosleep.signal.qrs.RWaveTimes}) and {@code OUT.quality.csv}
 * (one row per 10-s window).
 */
@Command(name = "detect-beats", mixinStandardHelpOptions = true,
        description = "Detect heart beats (QRS) on one ECG channel; write WFDB .qrs and CSV.")
public final class DetectBeatsCommand implements Callable<Integer> {
    private static final int CHUNK_WINDOWS = 6;

    @Parameters(index = "0", paramLabel = "FILE", description = "Recording (EDF/EDF+/BDF, WFDB .hea, ISHNE, CSV)")
    Path file;

    @Option(names = "--channel", description = "Channel index or label (default: first channel labelled ECG/EKG/ML/lead, else 0)")
    String channel;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "Output path without extension (OUT.qrs, OUT.beats.csv, OUT.quality.csv)")
    Path output;

    @Option(names = "--all-beats", description = "Also write beats of unusable windows to the .qrs file")
    boolean allBeats;

    @Override
    public Integer call() throws Exception {
        Path base = stripExtension(output);
        try (Recording rec = Recordings.open(file)) {
            int ch = resolveChannel(rec, channel);
            SignalInfo info = rec.signals().get(ch);
            double fs = info.samplingRateHz();
            if (fs < 50 || fs > 20000) {
                throw new UsageException(file + ": channel " + ch + " is sampled at " + fs + " Hz; QRS detection needs 50-20000 Hz");
            }
            double minAmp = minAmplitude(info.physicalUnit());
            StreamingBeatDetector det = new StreamingBeatDetector(fs, minAmp);
            int winLen = det.windowLength();
            long total = info.sampleCount();
            for (long start = 0; start < total; start += (long) winLen * CHUNK_WINDOWS) {
                int count = (int) Math.min((long) winLen * CHUNK_WINDOWS, total - start);
                double[] x = rec.readPhysical(ch, start, count);
                det.process(x, 0, x.length);
            }
            det.finish();
            List<SignalQuality.Window> quality = det.quality();
            long[] b = det.beats();
            // below 250 Hz the times are interpolated between samples (Task Force 1996), at and above the samples
            double[] times = org.cardiosleep.pheno.holter.BeatTimes.of(rec, ch, b, fs);
            write(base, b, times, quality, fs, winLen);
            long unusable = quality.stream().filter(q -> !q.usable()).count();
            System.out.printf(Locale.ROOT, "%s: channel %d (%s), %d beats, %d of %d windows unusable; wrote %s.qrs, %s.beats.csv, %s.quality.csv%n",
                    file, ch, info.label(), b.length, unusable, quality.size(), base, base, base);
        }
        return 0;
    }

    private void write(Path base, long[] beats, double[] times, List<SignalQuality.Window> quality, double fs, int winLen)
            throws Exception {
        List<WfdbAnnotation> ann = new ArrayList<>(beats.length + 16);
        boolean usablePrev = true;
        int bi = 0;
        for (int w = 0; w < quality.size(); w++) {
            SignalQuality.Window q = quality.get(w);
            long wStart = q.startSample();
            if (q.usable() != usablePrev) {
                // WFDB noise annotation: subtype -1 = signal unreadable, 0 = clean again
                ann.add(new WfdbAnnotation(wStart, AnnotationCodes.NOISE, q.usable() ? 0 : -1, 0, 0, ""));
                usablePrev = q.usable();
            }
            long wEnd = wStart + winLen;
            while (bi < beats.length && beats[bi] < wEnd) {
                if (q.usable() || allBeats) {
                    ann.add(new WfdbAnnotation(beats[bi], AnnotationCodes.NORMAL, 0, 0, 0, ""));
                }
                bi++;
            }
        }
        while (bi < beats.length) {
            ann.add(new WfdbAnnotation(beats[bi++], AnnotationCodes.NORMAL, 0, 0, 0, ""));
        }
        byte[] qrs = WfdbAnnotationWriter.encode(ann);
        AtomicOutput.file(base.resolveSibling(base.getFileName() + ".qrs"), tmp -> Files.write(tmp, qrs));
        AtomicOutput.file(base.resolveSibling(base.getFileName() + ".beats.csv"), tmp -> {
            try (BufferedWriter wr = Files.newBufferedWriter(tmp)) {
                wr.write("sample,timeSec,usable\n");
                for (int i = 0; i < beats.length; i++) {
                    long s = beats[i];
                    int w = (int) Math.min(quality.size() - 1, s / winLen);
                    boolean ok = w < 0 || quality.isEmpty() || quality.get(w).usable();
                    wr.write(String.format(Locale.ROOT, "%d,%.4f,%s%n", s, times[i], ok));
                }
            }
        });
        AtomicOutput.file(base.resolveSibling(base.getFileName() + ".quality.csv"), tmp -> {
            try (BufferedWriter wr = Files.newBufferedWriter(tmp)) {
                wr.write("startSec,quality,usable,beatAgreement,kurtosis,beats,nanFraction,saturatedFraction\n");
                for (SignalQuality.Window q : quality) {
                    wr.write(String.format(Locale.ROOT, "%.3f,%.3f,%s,%.3f,%.2f,%d,%.3f,%.3f%n", q.startSample() / fs,
                            q.quality(), q.usable(), q.beatAgreement(), q.kurtosis(), q.beats(), q.nanFraction(),
                            q.saturatedFraction()));
                }
            }
        });
    }

    static Path stripExtension(Path p) {
        String name = p.getFileName().toString();
        for (String ext : new String[] {".qrs", ".csv"}) {
            if (name.endsWith(ext)) {
                return p.resolveSibling(name.substring(0, name.length() - ext.length()));
            }
        }
        return p;
    }

    /** Smallest peak-to-peak that can carry a QRS: 50 µV in the channel's unit (0 when the unit is unknown). */
    static double minAmplitude(String unit) {
        String u = unit == null ? "" : unit.trim().toLowerCase(Locale.ROOT);
        return switch (u) {
            case "mv" -> 0.05;
            case "uv", "µv", "μv" -> 50;
            case "v" -> 5e-5;
            default -> 0;
        };
    }

    static int resolveChannel(Recording rec, String spec) {
        List<SignalInfo> s = rec.signals();
        if (s.isEmpty()) {
            throw new UsageException(rec.source() + ": recording has no signals");
        }
        if (spec == null) {
            for (int i = 0; i < s.size(); i++) {
                String l = s.get(i).label().toUpperCase(Locale.ROOT);
                if (l.contains("ECG") || l.contains("EKG") || l.startsWith("ML") || l.startsWith("LEAD")) {
                    return i;
                }
            }
            return 0;
        }
        try {
            int i = Integer.parseInt(spec.trim());
            if (i < 0 || i >= s.size()) {
                throw new UsageException(rec.source() + ": channel " + i + " out of range (0-" + (s.size() - 1) + ")");
            }
            return i;
        } catch (NumberFormatException e) {
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i).label().equalsIgnoreCase(spec.trim())) {
                    return i;
                }
            }
            throw new UsageException(rec.source() + ": no channel labelled '" + spec + "'");
        }
    }
}
