package org.cardiosleep.app.beatclass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.io.wfdb.WfdbReader;
import org.cardiosleep.pheno.beats.AamiClass;
import org.cardiosleep.pheno.beats.LabeledBeats;

/**
 * Reads MIT-BIH Arrhythmia records with their reference beats: the MLII lead (channel 0 when no
 * channel is labelled MLII) and every beat annotation of the {@code .atr} file, each with its AAMI class.
 */
final class MitdbBeatRecords {
    private MitdbBeatRecords() {
    }

    static List<LabeledBeats> read(Path dir, List<String> names) throws IOException {
        List<LabeledBeats> out = new ArrayList<>();
        for (String name : names) {
            out.add(read(dir, name));
        }
        return out;
    }

    static LabeledBeats read(Path dir, String name) throws IOException {
        Path header = dir.resolve(name + ".hea");
        Path atr = dir.resolve(name + ".atr");
        if (!Files.isRegularFile(header)) {
            throw new RecordingFormatException(header, "record " + name + " not found in " + dir);
        }
        if (!Files.isRegularFile(atr)) {
            throw new RecordingFormatException(atr, "reference beat annotations (.atr) not found");
        }
        try (Recording rec = WfdbReader.open(header)) {
            int channel = 0;
            List<SignalInfo> signals = rec.signals();
            for (int c = 0; c < signals.size(); c++) {
                if (signals.get(c).label().equalsIgnoreCase("MLII")) {
                    channel = c;
                    break;
                }
            }
            double fs = signals.get(channel).samplingRateHz();
            double[] ecg = rec.readPhysical(channel);
            List<WfdbAnnotation> annotations = WfdbAnnotationReader.read(atr);
            int count = 0;
            for (WfdbAnnotation a : annotations) {
                if (a.isBeat()) {
                    count++;
                }
            }
            int[] samples = new int[count];
            byte[] classes = new byte[count];
            int k = 0;
            long last = Long.MIN_VALUE;
            for (WfdbAnnotation a : annotations) {
                if (!a.isBeat()) {
                    continue;
                }
                if (a.sample() <= last || a.sample() >= ecg.length) {
                    continue;
                }
                last = a.sample();
                samples[k] = (int) a.sample();
                classes[k++] = AamiClass.fromMitCode(a.code());
            }
            if (k < count) {
                samples = java.util.Arrays.copyOf(samples, k);
                classes = java.util.Arrays.copyOf(classes, k);
            }
            return new LabeledBeats(name, ecg, fs, samples, classes);
        }
    }
}
