package org.cardiosleep.pheno.sleep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.text.Ann2rrTextReader;
import org.cardiosleep.io.text.BeatTimes;
import org.cardiosleep.io.text.RdannTextReader;
import org.cardiosleep.io.text.TextAnnotation;

/**
 * One MIT-BIH Polysomnographic Database record in its text export: the 30-s sleep stages of
 * {@code NAME.an} (rdann text of the {@code .st} annotations; the aux string starts with the
 * stage W/1/2/3/4/R/MT) and the beats of {@code NAME.rr} (ann2rr text).
 *
 * @param name      record name, e.g. {@code slp01a}
 * @param subject   subject id: records {@code slp01a/b} and {@code slp02a/b} are one subject each
 * @param hypnogram reference stages from time 0 in 30-s epochs; epochs before the first and
 *                  between annotations are unscored
 * @param beats     beat times and types
 */
public record SlpdbTextRecord(String name, String subject, Hypnogram hypnogram, BeatTimes beats) {
    /** slpdb stages are scored in 30-s epochs (Ichimaru &amp; Moody 1999). */
    public static final double EPOCH_SEC = 30.0;

    /**
     * Reads a record: the text exports {@code dir/name.an} and {@code dir/name.rr} when present,
     * else the WFDB files as PhysioNet ships them ({@code name.hea}, stages in the aux strings of
     * {@code name.st}, beats in {@code name.ecg}).
     */
    public static SlpdbTextRecord read(Path dir, String name) throws IOException {
        if (!Files.exists(dir.resolve(name + ".an"))) {
            return readWfdb(dir, name);
        }
        Path an = dir.resolve(name + ".an");
        List<TextAnnotation> rows = RdannTextReader.read(an);
        int epochs = 0;
        for (TextAnnotation a : rows) {
            epochs = Math.max(epochs, epochIndex(a) + 1);
        }
        if (epochs == 0) {
            throw new RecordingFormatException(an, "no sleep-stage annotations");
        }
        SleepStage[] stages = new SleepStage[epochs];
        java.util.Arrays.fill(stages, SleepStage.UNSCORED);
        for (TextAnnotation a : rows) {
            String aux = a.aux().strip();
            if (aux.isEmpty()) {
                continue;
            }
            int sp = aux.indexOf(' ');
            stages[epochIndex(a)] = SleepStage.parse(sp < 0 ? aux : aux.substring(0, sp));
        }
        BeatTimes beats = Ann2rrTextReader.read(dir.resolve(name + ".rr"));
        return new SlpdbTextRecord(name, subjectOf(name), new Hypnogram(EPOCH_SEC, stages), beats);
    }

    /** Reads the WFDB form: header, {@code .st} stage annotations and {@code .ecg} beat annotations. */
    static SlpdbTextRecord readWfdb(Path dir, String name) throws IOException {
        double fs = org.cardiosleep.io.wfdb.WfdbHeader.read(dir.resolve(name + ".hea")).frameRateHz();
        Path st = dir.resolve(name + ".st");
        List<org.cardiosleep.io.wfdb.WfdbAnnotation> stages = org.cardiosleep.io.wfdb.WfdbAnnotationReader.read(st);
        int epochs = 0;
        for (var a : stages) {
            epochs = Math.max(epochs, (int) Math.round(a.sample() / fs / EPOCH_SEC) + 1);
        }
        if (epochs == 0) {
            throw new RecordingFormatException(st, "no sleep-stage annotations");
        }
        SleepStage[] s = new SleepStage[epochs];
        java.util.Arrays.fill(s, SleepStage.UNSCORED);
        for (var a : stages) {
            String aux = a.auxText().strip();
            if (!aux.isEmpty()) {
                int sp = aux.indexOf(' ');
                s[(int) Math.round(a.sample() / fs / EPOCH_SEC)] = SleepStage.parse(sp < 0 ? aux : aux.substring(0, sp));
            }
        }
        List<org.cardiosleep.io.wfdb.WfdbAnnotation> beats = org.cardiosleep.io.wfdb.WfdbAnnotationReader.read(dir.resolve(name + ".ecg"));
        double[] t = new double[beats.size()];
        char[] ty = new char[beats.size()];
        int n = 0;
        for (var a : beats) {
            if (a.isBeat()) {
                t[n] = a.sample() / fs;
                ty[n++] = a.mnemonic().isEmpty() ? '?' : a.mnemonic().charAt(0);
            }
        }
        return new SlpdbTextRecord(name, subjectOf(name), new Hypnogram(EPOCH_SEC, s),
                new BeatTimes(java.util.Arrays.copyOf(t, n), java.util.Arrays.copyOf(ty, n)));
    }

    /** The subject of a record name: a trailing a/b of the two-part records is dropped. */
    public static String subjectOf(String name) {
        return name.matches("slp0[12][ab]") ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Record names in {@code dir} with stages and beats, sorted: text exports ({@code .an} with
     * {@code .rr}) or WFDB files ({@code .st} and {@code .ecg} with {@code .hea}).
     */
    public static List<String> list(Path dir) throws IOException {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).forEach(f -> {
                if (f.endsWith(".an") && Files.exists(dir.resolve(f.substring(0, f.length() - 3) + ".rr"))) {
                    names.add(f.substring(0, f.length() - 3));
                } else if (f.endsWith(".st")) {
                    String n = f.substring(0, f.length() - 3);
                    if (Files.exists(dir.resolve(n + ".ecg")) && Files.exists(dir.resolve(n + ".hea"))) {
                        names.add(n);
                    }
                }
            });
        }
        return new ArrayList<>(names);
    }

    /**
     * The nights of {@code dir}: every record, except that the records of one subject (slp01a/b,
     * slp02a/b: one night recorded in two parts) are joined into one night on the clock of their
     * headers' start times, with the epochs between the parts unscored and without beats. A night
     * is what per-night normalisation and time-of-night features need.
     */
    public static List<SlpdbTextRecord> readNights(Path dir) throws IOException {
        List<SlpdbTextRecord> out = new ArrayList<>();
        SlpdbTextRecord pending = null;
        for (String n : list(dir)) {
            SlpdbTextRecord r = read(dir, n);
            if (pending != null && pending.subject().equals(r.subject())) {
                double offset = startOffsetSec(dir, pending.name(), r.name());
                pending = Double.isNaN(offset) ? pending : join(pending, r, offset);
                if (Double.isNaN(offset)) {
                    out.add(r);
                }
                continue;
            }
            if (pending != null) {
                out.add(pending);
            }
            pending = r;
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /** Seconds from the start of record {@code a} to the start of record {@code b} (headers' base times), or NaN. */
    static double startOffsetSec(Path dir, String a, String b) throws IOException {
        var ta = org.cardiosleep.io.wfdb.WfdbHeader.read(dir.resolve(a + ".hea")).baseTime();
        var tb = org.cardiosleep.io.wfdb.WfdbHeader.read(dir.resolve(b + ".hea")).baseTime();
        if (ta.isEmpty() || tb.isEmpty()) {
            return Double.NaN;
        }
        double d = tb.get().toSecondOfDay() - ta.get().toSecondOfDay();
        return d < 0 ? d + 86400 : d;
    }

    /** Record {@code b}, starting {@code offsetSec} after {@code a}, appended to {@code a}. */
    static SlpdbTextRecord join(SlpdbTextRecord a, SlpdbTextRecord b, double offsetSec) {
        int offsetEpochs = (int) Math.round(offsetSec / EPOCH_SEC);
        int na = a.hypnogram().size();
        if (offsetEpochs < na) {
            throw new IllegalArgumentException(b.name() + " starts before " + a.name() + " ends");
        }
        SleepStage[] s = new SleepStage[offsetEpochs + b.hypnogram().size()];
        java.util.Arrays.fill(s, SleepStage.UNSCORED);
        System.arraycopy(a.hypnogram().stages(), 0, s, 0, na);
        System.arraycopy(b.hypnogram().stages(), 0, s, offsetEpochs, b.hypnogram().size());
        double shift = offsetEpochs * EPOCH_SEC;
        int ka = a.beats().size();
        int kb = b.beats().size();
        double[] t = java.util.Arrays.copyOf(a.beats().timeSec(), ka + kb);
        char[] ty = java.util.Arrays.copyOf(a.beats().type(), ka + kb);
        int k = ka;
        double last = ka > 0 ? t[ka - 1] : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < kb; i++) {
            double v = b.beats().timeSec()[i] + shift;
            if (v > last) {
                t[k] = v;
                ty[k++] = b.beats().type()[i];
                last = v;
            }
        }
        return new SlpdbTextRecord(a.name() + "+" + b.name(), a.subject(), new Hypnogram(EPOCH_SEC, s),
                new BeatTimes(java.util.Arrays.copyOf(t, k), java.util.Arrays.copyOf(ty, k)));
    }

    /** Whether each beat is normal (N) for the NN filter. */
    public boolean[] normalBeats() {
        boolean[] ok = new boolean[beats.size()];
        for (int i = 0; i < ok.length; i++) {
            ok[i] = beats.type()[i] == 'N';
        }
        return ok;
    }

    private static int epochIndex(TextAnnotation a) {
        // Stage rows sit at the start of their epoch (sample 1 for the first): round to the grid.
        return (int) Math.round(a.timeSec() / EPOCH_SEC);
    }
}
