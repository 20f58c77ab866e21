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

    /** Reads {@code dir/name.an} and {@code dir/name.rr}. */
    public static SlpdbTextRecord read(Path dir, String name) throws IOException {
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

    /** The subject of a record name: a trailing a/b of the two-part records is dropped. */
    public static String subjectOf(String name) {
        return name.matches("slp0[12][ab]") ? name.substring(0, name.length() - 1) : name;
    }

    /** Record names in {@code dir} that have both an {@code .an} and an {@code .rr} file, sorted. */
    public static List<String> list(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".an")).sorted().forEach(f -> {
                String n = f.substring(0, f.length() - 3);
                if (Files.exists(dir.resolve(n + ".rr"))) {
                    names.add(n);
                }
            });
        }
        return names;
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
