package org.cardiosleep.app.holter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.wfdb.AnnotationCodes;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.io.wfdb.WfdbHeader;
import org.cardiosleep.signal.rhythm.AfScoring;
import org.cardiosleep.signal.rhythm.BeatLabels;

/**
 * Beats read from a WFDB beat-annotation file ({@code .atr}, {@code .ecg}, {@code .qrs}, ...):
 * sample indices, times, AAMI classes when the file labels them (not for {@code .qrs} detector
 * outputs, whose labels are all "N"), and the rhythm aux string in force at each beat.
 *
 * @param file           the annotation file
 * @param samplingRateHz the time base of the annotations (header frame rate)
 * @param samples        beat sample indices
 * @param timeSec        beat times (s)
 * @param classes        AAMI classes ({@link BeatLabels}), or null when the file does not label beats
 * @param rhythm         rhythm aux string in force at each beat ("(N" before the first rhythm annotation)
 */
public record AnnotatedBeats(Path file, double samplingRateHz, long[] samples, double[] timeSec, byte[] classes,
                             String[] rhythm) {

    /**
     * The reference beats of a record in a database directory: {@code REC.atr} when it holds beat
     * labels (MIT-BIH Arrhythmia), else the beats of {@code REC.qrs} with the rhythm of
     * {@code REC.atr} (MIT-BIH AF database, whose {@code .atr} holds rhythm only).
     */
    public static AnnotatedBeats readRecord(Path dir, String record) throws IOException {
        Path atr = dir.resolve(record + ".atr");
        Path qrs = dir.resolve(record + ".qrs");
        if (!holdsBeats(atr) && Files.isRegularFile(qrs)) {
            return read(qrs, atr);
        }
        return read(atr, null);
    }

    /**
     * Whether a WFDB annotation file holds at least one beat annotation (the {@code .atr} of the
     * MIT-BIH AF database holds rhythm annotations only; its beats are in {@code .qrs}).
     */
    public static boolean holdsBeats(Path annotationFile) throws IOException {
        for (WfdbAnnotation a : WfdbAnnotationReader.read(annotationFile)) {
            if (a.isBeat()) {
                return true;
            }
        }
        return false;
    }

    /** Reads a beat-annotation file; the header is the record's {@code .hea} beside it. */
    public static AnnotatedBeats read(Path annotationFile) throws IOException {
        return read(annotationFile, null);
    }

    /**
     * Reads beats from {@code beatFile}; rhythm labels come from {@code rhythmFile} when given
     * (AFDB: rhythm in {@code .atr}, beats in {@code .qrs}), else from the beat file itself.
     */
    public static AnnotatedBeats read(Path beatFile, Path rhythmFile) throws IOException {
        String name = beatFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            throw new RecordingFormatException(beatFile, "an annotation file needs an extension naming the annotator");
        }
        Path header = beatFile.resolveSibling(name.substring(0, dot) + ".hea");
        if (!Files.isRegularFile(header)) {
            throw new RecordingFormatException(beatFile, "no header " + header.getFileName() + " beside the annotation file");
        }
        double fs = WfdbHeader.read(header).frameRateHz();
        List<WfdbAnnotation> anns = WfdbAnnotationReader.read(beatFile);
        List<WfdbAnnotation> rhythmAnns = rhythmFile == null ? anns : WfdbAnnotationReader.read(rhythmFile);
        int n = 0;
        for (WfdbAnnotation a : anns) {
            if (a.isBeat()) {
                n++;
            }
        }
        if (n < 2) {
            throw new RecordingFormatException(beatFile, "fewer than 2 beat annotations");
        }
        boolean labelled = !name.endsWith(".qrs");
        long[] s = new long[n];
        double[] t = new double[n];
        byte[] c = labelled ? new byte[n] : null;
        String[] r = new String[n];
        int k = 0;
        int ri = 0;
        String current = "(N";
        for (WfdbAnnotation a : anns) {
            if (!a.isBeat()) {
                continue;
            }
            while (ri < rhythmAnns.size() && rhythmAnns.get(ri).sample() <= a.sample()) {
                WfdbAnnotation ra = rhythmAnns.get(ri++);
                if (ra.code() == AnnotationCodes.RHYTHM && !ra.auxText().isEmpty()) {
                    current = ra.auxText().trim();
                }
            }
            s[k] = a.sample();
            t[k] = a.sample() / fs;
            if (c != null) {
                c[k] = BeatLabels.fromMitMnemonic(a.mnemonic());
            }
            r[k] = current;
            if (k > 0 && s[k] < s[k - 1]) {
                throw new RecordingFormatException(beatFile, "beat annotations out of order at sample " + s[k]);
            }
            k++;
        }
        return new AnnotatedBeats(beatFile, fs, s, t, c, r);
    }

    /**
     * The AF reference of each beat from the rhythm in force: with {@code flutterScored}, AFIB and AFL
     * beats positive and all others negative; without, AFIB positive, AFL not scored
     * ({@link AfScoring#IGNORED}) and all others negative.
     */
    public byte[] afTruth(boolean flutterScored) {
        byte[] t = new byte[rhythm.length];
        for (int i = 0; i < t.length; i++) {
            boolean afib = rhythm[i].startsWith("(AFIB");
            boolean afl = rhythm[i].startsWith("(AFL");
            t[i] = afib || (afl && flutterScored) ? AfScoring.POSITIVE : afl ? AfScoring.IGNORED : AfScoring.NEGATIVE;
        }
        return t;
    }

    /**
     * One record's row of an AF benchmark report: the detector's setting for the record, then its
     * per-beat confusion {TP, FN, FP, TN} and its episode counts ({@link AfScoring#episodes}).
     */
    static Map<String, Object> afRow(String record, String settingKey, Object setting, int beats, long[] c,
                                     int[] e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("record", record);
        row.put(settingKey, setting);
        row.put("beats", beats);
        row.put("tp", c[0]);
        row.put("fn", c[1]);
        row.put("fp", c[2]);
        row.put("tn", c[3]);
        row.put("trueEpisodes", e[0]);
        row.put("trueEpisodesDetected", e[1]);
        row.put("detectedEpisodes", e[2]);
        row.put("detectedEpisodesTrue", e[3]);
        return row;
    }
}
