package org.cardiosleep.pheno.maternal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.signal.fhr.FhrAnalysis;
import org.cardiosleep.signal.fhr.FhrEvent;

/**
 * Agreement of an FHR analysis with an expert analysis of the same record: baseline RMSD over the
 * samples where both have a baseline and the FHR is valid, and F1 of accelerations and of
 * decelerations, an event counting as found when it overlaps an expert event of the same kind
 * (one-to-one, in time order).
 *
 * <p>Expert analyses are read from CSV beside the record: {@code NAME.baseline.csv} with
 * {@code time_s,baseline_bpm} rows (any rate, linearly interpolated), and {@code NAME.events.csv} with
 * {@code kind,start_s,end_s} rows, kind {@code acceleration} or {@code deceleration}.
 */
public final class ExpertComparison {

    /** An expert event. */
    public record ExpertEvent(boolean acceleration, double startSec, double endSec) {
    }

    /** The comparison of one record. */
    public record Result(double baselineRmsdBpm, int baselineSamples, int accelTp, int accelFp, int accelFn,
                         int decelTp, int decelFp, int decelFn) {
    }

    private ExpertComparison() {
    }

    public static Result compare(FhrAnalysis a, double[] expertTimesSec, double[] expertBaselineBpm,
                                 List<ExpertEvent> expertEvents) {
        double[] x = a.clean().bpm();
        double[] b = a.baselineBpm();
        double sq = 0;
        int n = 0, k = 0;
        for (int i = 0; i < x.length; i++) {
            double t = i / a.fsHz();
            while (k + 1 < expertTimesSec.length && expertTimesSec[k + 1] <= t) {
                k++;
            }
            if (expertTimesSec.length < 2 || t < expertTimesSec[0] || t > expertTimesSec[expertTimesSec.length - 1]
                    || Double.isNaN(x[i]) || Double.isNaN(b[i])) {
                continue;
            }
            int k1 = Math.min(k + 1, expertTimesSec.length - 1);
            double f = k1 == k ? 0 : (t - expertTimesSec[k]) / (expertTimesSec[k1] - expertTimesSec[k]);
            double e = expertBaselineBpm[k] * (1 - f) + expertBaselineBpm[k1] * f;
            if (Double.isNaN(e)) {
                continue;
            }
            sq += (b[i] - e) * (b[i] - e);
            n++;
        }
        int[] acc = match(a.events(), expertEvents, true);
        int[] dec = match(a.events(), expertEvents, false);
        return new Result(n == 0 ? Double.NaN : Math.sqrt(sq / n), n, acc[0], acc[1], acc[2], dec[0], dec[1], dec[2]);
    }

    /** {tp, fp, fn} of detected vs expert events of one kind, overlap matching, one-to-one. */
    static int[] match(List<FhrEvent> detected, List<ExpertEvent> expert, boolean acceleration) {
        List<FhrEvent> d = detected.stream().filter(e -> (e.kind() == FhrEvent.Kind.ACCELERATION) == acceleration).toList();
        List<ExpertEvent> x = expert.stream().filter(e -> e.acceleration() == acceleration).toList();
        boolean[] used = new boolean[x.size()];
        int tp = 0;
        for (FhrEvent e : d) {
            for (int j = 0; j < x.size(); j++) {
                if (!used[j] && e.startSec() < x.get(j).endSec() && x.get(j).startSec() < e.endSec()) {
                    used[j] = true;
                    tp++;
                    break;
                }
            }
        }
        return new int[] {tp, d.size() - tp, x.size() - tp};
    }

    /** F1 from counts, NaN when there is nothing to score. */
    public static double f1(int tp, int fp, int fn) {
        int den = 2 * tp + fp + fn;
        return den == 0 ? Double.NaN : 2.0 * tp / den;
    }

    /** Reads {@code time_s,baseline_bpm} rows (header optional); returns {times, values}. */
    public static double[][] readBaseline(Path csv) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String[] f : rows(csv)) {
            if (f.length < 2) {
                throw new RecordingFormatException(csv, "expected time_s,baseline_bpm");
            }
            rows.add(new double[] {num(csv, f[0]), num(csv, f[1])});
        }
        double[][] out = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            out[0][i] = rows.get(i)[0];
            out[1][i] = rows.get(i)[1];
            if (i > 0 && out[0][i] <= out[0][i - 1]) {
                throw new RecordingFormatException(csv, "times must increase (row " + (i + 1) + ")");
            }
        }
        return out;
    }

    /** Reads {@code kind,start_s,end_s} rows (header optional). */
    public static List<ExpertEvent> readEvents(Path csv) throws IOException {
        List<ExpertEvent> out = new ArrayList<>();
        for (String[] f : rows(csv)) {
            if (f.length < 3) {
                throw new RecordingFormatException(csv, "expected kind,start_s,end_s");
            }
            String kind = f[0].toLowerCase(Locale.ROOT);
            if (!kind.startsWith("acc") && !kind.startsWith("dec")) {
                throw new RecordingFormatException(csv, "unknown event kind '" + f[0] + "' (acceleration or deceleration)");
            }
            out.add(new ExpertEvent(kind.startsWith("acc"), num(csv, f[1]), num(csv, f[2])));
        }
        return out;
    }

    private static List<String[]> rows(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new RecordingFormatException(csv, "file not found");
        }
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || Character.isLetter(l.charAt(0)) && l.toLowerCase(Locale.ROOT).startsWith("time")
                    || l.toLowerCase(Locale.ROOT).startsWith("kind")) {
                continue;
            }
            out.add(l.split("\\s*,\\s*"));
        }
        return out;
    }

    private static double num(Path csv, String s) throws RecordingFormatException {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new RecordingFormatException(csv, "not a number: '" + s + "'");
        }
    }
}
