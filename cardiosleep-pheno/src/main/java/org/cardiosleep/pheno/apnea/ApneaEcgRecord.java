package org.cardiosleep.pheno.apnea;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.io.wfdb.WfdbHeader;

/**
 * One Apnea-ECG Database record as beats and (when present) per-minute labels: the header
 * {@code NAME.hea} (sampling rate, length), the beat annotations {@code NAME.qrs}, and the
 * per-minute apnea annotations {@code NAME.apn} (one annotation per minute, {@code A} = apnea or
 * hypopnea in that minute, {@code N} = normal; Penzel et al. 2000).
 *
 * @param name        record name, e.g. {@code a01}
 * @param beatTimeSec beat times in seconds
 * @param normal      whether each beat is a normal beat
 * @param minutes     number of whole minutes of the recording
 * @param labels      per-minute labels (1 apnea, 0 normal, −1 unlabelled), or null without {@code .apn}
 */
public record ApneaEcgRecord(String name, double[] beatTimeSec, boolean[] normal, int minutes, int[] labels) {

    /** Reads {@code dir/name.hea}, {@code .qrs} and, if present, {@code .apn}. */
    public static ApneaEcgRecord read(Path dir, String name) throws IOException {
        WfdbHeader h = WfdbHeader.read(dir.resolve(name + ".hea"));
        double fs = h.frameRateHz();
        Path qrs = dir.resolve(name + ".qrs");
        List<WfdbAnnotation> ann = WfdbAnnotationReader.read(qrs);
        double[] t = new double[ann.size()];
        boolean[] ok = new boolean[ann.size()];
        int n = 0;
        for (WfdbAnnotation a : ann) {
            if (a.isBeat()) {
                t[n] = a.sample() / fs;
                ok[n++] = "N".equals(a.mnemonic());
            }
        }
        if (n < 2) {
            throw new RecordingFormatException(qrs, "fewer than 2 beats");
        }
        t = Arrays.copyOf(t, n);
        ok = Arrays.copyOf(ok, n);
        int minutes = (int) Math.floor(h.samplesPerSignal() / fs / 60.0);
        if (minutes <= 0) {
            minutes = (int) Math.floor(t[n - 1] / 60.0);
        }
        int[] labels = null;
        Path apn = dir.resolve(name + ".apn");
        if (Files.exists(apn)) {
            List<WfdbAnnotation> la = WfdbAnnotationReader.read(apn);
            int last = 0;
            for (WfdbAnnotation a : la) {
                last = Math.max(last, (int) Math.round(a.sample() / fs / 60.0));
            }
            minutes = Math.max(minutes, last + 1);
            labels = new int[minutes];
            Arrays.fill(labels, -1);
            for (WfdbAnnotation a : la) {
                int m = (int) Math.round(a.sample() / fs / 60.0);
                String mn = a.mnemonic();
                if ("A".equals(mn)) {
                    labels[m] = 1;
                } else if ("N".equals(mn)) {
                    labels[m] = 0;
                }
            }
        }
        return new ApneaEcgRecord(name, t, ok, minutes, labels);
    }

    /**
     * Record names of the database proper in {@code dir} (a01–a20, b01–b05, c01–c10, x01–x35:
     * one letter and two digits) that have a header and beats, sorted.
     */
    public static List<String> list(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(f -> f.matches("[abcx]\\d\\d\\.qrs")).sorted().forEach(f -> {
                String n = f.substring(0, 3);
                if (Files.exists(dir.resolve(n + ".hea"))) {
                    out.add(n);
                }
            });
        }
        return out;
    }

    /** Whether the record belongs to the learning set (a, b or c records). */
    public boolean isLearningSet() {
        return name.charAt(0) != 'x';
    }

    /** The number of labelled apnea minutes (−1 without labels). */
    public int apneaMinutes() {
        if (labels == null) {
            return -1;
        }
        int s = 0;
        for (int v : labels) {
            s += v == 1 ? 1 : 0;
        }
        return s;
    }
}
