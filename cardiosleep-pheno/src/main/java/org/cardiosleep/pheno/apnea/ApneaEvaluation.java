package org.cardiosleep.pheno.apnea;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.stats.classification.ConfusionMatrix;

/**
 * Apnea-ECG evaluation: per-minute accuracy, sensitivity and specificity (apnea = positive) over
 * every labelled minute, and per recording the predicted apnea minutes, the Apnea-ECG class and
 * the correlation of the apnea-minute index with the reference AHI. Predictions come either from
 * a model trained on the learning set and applied to other labelled records, or from record-wise
 * k-fold cross-validation on the learning set (folds drawn once from a seed, by record).
 */
public final class ApneaEvaluation {
    private ApneaEvaluation() {
    }

    /** One recording's predicted apnea probabilities per minute from a model that never saw it. */
    public record Prediction(ApneaNight night, double[] apneaProbability, double[] apneaProbabilityUnsmoothed, int fold) {
    }

    /**
     * Record-wise k-fold cross-validation; the records of one recording ({@link #recordingOf}) always
     * share a fold, so a model is never scored on a night it was trained on.
     */
    public static List<Prediction> crossValidate(List<ApneaNight> nights, int folds, GbmParams params) {
        List<String> recordings = new ArrayList<>();
        for (ApneaNight n : nights) {
            if (!recordings.contains(recordingOf(n.record()))) {
                recordings.add(recordingOf(n.record()));
            }
        }
        Collections.shuffle(recordings, new Random(params.seed()));
        int[] fold = new int[nights.size()];
        for (int i = 0; i < nights.size(); i++) {
            fold[i] = recordings.indexOf(recordingOf(nights.get(i).record())) % folds;
        }
        List<Prediction> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<ApneaNight> train = new ArrayList<>();
            List<ApneaNight> test = new ArrayList<>();
            for (int i = 0; i < nights.size(); i++) {
                (fold[i] == f ? test : train).add(nights.get(i));
            }
            ApneaDetector d = ApneaDetector.train(train, params);
            for (ApneaNight n : test) {
                out.add(new Prediction(n, d.apneaProbability(n.features()), d.apneaProbabilityUnsmoothed(n.features()), f));
            }
        }
        out.sort((a, b) -> a.night().record().compareTo(b.night().record()));
        return out;
    }

    /**
     * The recording a record comes from: Apnea-ECG's c05 and c06 are one recording, c06 starting 80 s
     * later (their RR series correlate at 0.995 at that lag, against below 0.05 for unrelated records),
     * so they must not be split across training and test folds.
     */
    static String recordingOf(String record) {
        return record.equals("c06") ? "c05" : record;
    }

    /** Train on {@code train}, predict {@code test}. */
    public static List<Prediction> trainTest(List<ApneaNight> train, List<ApneaNight> test, GbmParams params) {
        ApneaDetector d = ApneaDetector.train(train, params);
        List<Prediction> out = new ArrayList<>();
        for (ApneaNight n : test) {
            out.add(new Prediction(n, d.apneaProbability(n.features()), d.apneaProbabilityUnsmoothed(n.features()), -1));
        }
        return out;
    }

    /** Scores of a set of predictions. */
    public record Scores(Map<String, Object> metrics, List<Map<String, Object>> perRecord) {
    }

    /**
     * Scores predictions; {@code referenceAhi} maps record names to the reference AHI (events/h),
     * may be empty (then the correlation is with the reference apnea minutes per hour).
     */
    public static Scores score(List<Prediction> predictions, Map<String, Double> referenceAhi) {
        ConfusionMatrix cm = new ConfusionMatrix(2);
        ConfusionMatrix cmRaw = new ConfusionMatrix(2);
        List<Map<String, Object>> rows = new ArrayList<>();
        int recOk = 0;
        int acOk = 0;
        int acN = 0;
        double[] predIndex = new double[predictions.size()];
        double[] refAhi = new double[predictions.size()];
        double[] refIndex = new double[predictions.size()];
        int i = 0;
        for (Prediction p : predictions) {
            int[] y = p.night().labels();
            double[] q = p.apneaProbability();
            ConfusionMatrix rec = new ConfusionMatrix(2);
            int predMin = 0;
            int refMin = 0;
            int labelled = 0;
            for (int m = 0; m < q.length; m++) {
                int a = q[m] >= 0.5 ? 1 : 0;
                predMin += a;
                if (y != null && m < y.length && y[m] >= 0) {
                    rec.add(y[m], a);
                    cmRaw.add(y[m], p.apneaProbabilityUnsmoothed()[m] >= 0.5 ? 1 : 0);
                    refMin += y[m];
                    labelled++;
                }
            }
            cm.addAll(rec);
            ApneaClass predClass = ApneaClass.ofApneaMinutes(predMin);
            ApneaClass refClass = ApneaClass.ofApneaMinutes(refMin);
            recOk += predClass == refClass ? 1 : 0;
            if (refClass != ApneaClass.B) {
                acN++;
                acOk += (predMin >= 100) == (refClass == ApneaClass.A) ? 1 : 0;
            }
            double hours = q.length / 60.0;
            predIndex[i] = predMin / hours;
            refIndex[i] = refMin / Math.max(1e-9, labelled / 60.0);
            Double ahi = referenceAhi.get(p.night().record());
            refAhi[i] = ahi != null ? ahi : Double.NaN;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("record", p.night().record());
            row.put("minutes", labelled);
            row.put("accuracy", pct(rec.accuracy()));
            row.put("refApneaMin", refMin);
            row.put("predApneaMin", predMin);
            row.put("refClass", refClass.name());
            row.put("predClass", predClass.name());
            row.put("predApneaMinPerHour", round(predIndex[i], 2));
            if (ahi != null) {
                row.put("refAhi", ahi);
            }
            if (p.fold() >= 0) {
                row.put("fold", p.fold());
            }
            rows.add(row);
            i++;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accuracy", pct(cm.accuracy()));
        m.put("se", pct(cm.recall(1)));
        m.put("sp", pct(cm.specificity(1)));
        m.put("recordAccuracy", pct((double) recOk / predictions.size()));
        boolean haveAhi = true;
        for (double v : refAhi) {
            haveAhi &= Double.isFinite(v);
        }
        m.put("ahiCorrelation", round(pearson(predIndex, haveAhi ? refAhi : refIndex), 4));
        m.put("ahiCorrelationAgainst", haveAhi ? "reference AHI (additional-information.txt)"
                : "reference apnea minutes per hour");
        m.put("apneaMinutesCorrelation", round(pearson(predIndex, refIndex), 4));
        m.put("recordAccuracyAvsC", acN == 0 ? Double.NaN : pct((double) acOk / acN));
        m.put("kappa", round(cm.kappa(), 4));
        m.put("accuracyNoSmoothing", pct(cmRaw.accuracy()));
        m.put("seNoSmoothing", pct(cmRaw.recall(1)));
        m.put("spNoSmoothing", pct(cmRaw.specificity(1)));
        m.put("minutes", cm.total());
        m.put("tp", cm.count(1, 1));
        m.put("fn", cm.count(1, 0));
        m.put("fp", cm.count(0, 1));
        m.put("tn", cm.count(0, 0));
        return new Scores(m, rows);
    }

    /**
     * Scores of cross-validation repeated with several seeds (each seed draws its own folds and
     * trees): every numeric metric is the mean over the seeds, and {@code accuracyPerSeed},
     * {@code sePerSeed}, {@code spPerSeed} list the per-seed values in order. Per record, the accuracy,
     * predicted apnea minutes and index are means over the seeds and {@code predClassPerSeed} spells
     * the predicted class of each seed (e.g. {@code "AABAA"}).
     */
    public static Scores meanOverSeeds(List<Scores> perSeed) {
        if (perSeed.isEmpty()) {
            throw new IllegalArgumentException("no seed scored");
        }
        int k = perSeed.size();
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : perSeed.get(0).metrics().entrySet()) {
            if (e.getValue() instanceof Number) {
                double sum = 0;
                for (Scores s : perSeed) {
                    sum += ((Number) s.metrics().get(e.getKey())).doubleValue();
                }
                m.put(e.getKey(), round(sum / k, e.getKey().toLowerCase().contains("correlation") || "kappa".equals(e.getKey()) ? 4 : 2));
            } else {
                m.put(e.getKey(), e.getValue());
            }
        }
        for (String key : new String[] {"accuracy", "se", "sp"}) {
            List<Object> v = new ArrayList<>();
            for (Scores s : perSeed) {
                v.add(s.metrics().get(key));
            }
            m.put(key + "PerSeed", v);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> first = perSeed.get(0).perRecord();
        for (int r = 0; r < first.size(); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            Map<String, Object> f = first.get(r);
            double acc = 0;
            double pred = 0;
            double perHour = 0;
            StringBuilder classes = new StringBuilder();
            for (Scores s : perSeed) {
                Map<String, Object> x = s.perRecord().get(r);
                if (!x.get("record").equals(f.get("record"))) {
                    throw new IllegalArgumentException("seeds scored different records");
                }
                acc += ((Number) x.get("accuracy")).doubleValue();
                pred += ((Number) x.get("predApneaMin")).doubleValue();
                perHour += ((Number) x.get("predApneaMinPerHour")).doubleValue();
                classes.append(x.get("predClass"));
            }
            row.put("record", f.get("record"));
            row.put("minutes", f.get("minutes"));
            row.put("accuracy", round(acc / k, 2));
            row.put("refApneaMin", f.get("refApneaMin"));
            row.put("predApneaMin", round(pred / k, 1));
            row.put("refClass", f.get("refClass"));
            row.put("predClassPerSeed", classes.toString());
            row.put("predApneaMinPerHour", round(perHour / k, 2));
            if (f.containsKey("refAhi")) {
                row.put("refAhi", f.get("refAhi"));
            }
            rows.add(row);
        }
        return new Scores(m, rows);
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        if (n < 3) {
            return Double.NaN;
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }

    private static double pct(double v) {
        return round(100 * v, 2);
    }

    static double round(double v, int digits) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double s = Math.pow(10, digits);
        return Math.round(v * s) / s;
    }
}
