package org.cardiosleep.pheno.sleep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import java.util.function.Function;

import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.learn.sequence.DjlSequenceStager;
import org.cardiosleep.learn.sequence.DjlStagerParams;
import org.cardiosleep.learn.sequence.DjlStagerTraining;
import org.cardiosleep.learn.sequence.EpochSequenceClassifier;
import org.cardiosleep.learn.sequence.NightClassifier;
import org.cardiosleep.signal.sleep.RrEpochFeatures;

/**
 * Training of the RR sleep stager and its leave-one-subject-out evaluation. The hyper-parameters
 * are fixed ({@link GbmParams#defaults}) and never chosen on a test fold.
 */
public final class StagerTraining {
    private StagerTraining() {
    }

    /** Trains a 4-class stager on every night with a reference hypnogram. */
    public static SleepStager train(List<StagingNight> nights, GbmParams params) {
        List<double[][]> x = new ArrayList<>();
        List<int[]> y = new ArrayList<>();
        for (StagingNight n : nights) {
            if (n.reference() == null) {
                continue;
            }
            x.add(n.features().values());
            y.add(n.reference().classes4());
        }
        if (x.isEmpty()) {
            throw new IllegalArgumentException("no night with reference stages to train on");
        }
        return new SleepStager(EpochSequenceClassifier.fit("stager4", RrEpochFeatures.names(), SleepStager.CLASSES4,
                x, y, params, true));
    }

    /**
     * Trains the DJL sequence stager (4 classes) on every night with a reference hypnogram; a
     * subset of these nights' subjects is held out inside training for early stopping.
     */
    public static DjlSequenceStager trainDjl(List<StagingNight> nights, DjlStagerParams params) {
        return trainDjl(nights, params, new DjlStagerTraining.Log[1]);
    }

    /** As {@link #trainDjl(List, DjlStagerParams)}, reporting the training log into {@code log[0]}. */
    public static DjlSequenceStager trainDjl(List<StagingNight> nights, DjlStagerParams params, DjlStagerTraining.Log[] log) {
        List<double[][]> x = new ArrayList<>();
        List<int[]> y = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (StagingNight n : nights) {
            if (n.reference() == null) {
                continue;
            }
            x.add(n.features().values());
            y.add(n.reference().classes4());
            String s = n.cohort() + ":" + n.subject();
            if (!subjects.contains(s)) {
                subjects.add(s);
            }
            ids.add(subjects.indexOf(s));
        }
        if (x.isEmpty()) {
            throw new IllegalArgumentException("no night with reference stages to train on");
        }
        return DjlStagerTraining.fit("stager4-djl", RrEpochFeatures.names(), SleepStager.CLASSES4, x, y,
                ids.stream().mapToInt(Integer::intValue).toArray(), params, log);
    }

    /** Leave-one-subject-out with the DJL sequence stager (early stopping inside each training fold). */
    public static List<FoldPrediction> leaveOneSubjectOutDjl(List<StagingNight> nights, DjlStagerParams params) {
        return leaveOneSubjectOut(nights, train -> trainDjl(train, params));
    }

    /** One night's prediction made by a model that never saw its subject. */
    public record FoldPrediction(StagingNight night, double[][] proba4, double[][] proba4Unsmoothed) {
    }

    /** Subjects in first-seen order. */
    public static List<String> subjects(List<StagingNight> nights) {
        Set<String> s = new LinkedHashSet<>();
        for (StagingNight n : nights) {
            s.add(n.subject());
        }
        return new ArrayList<>(s);
    }

    /** Leave-one-subject-out: for each subject, train on all other subjects and predict its nights. */
    public static List<FoldPrediction> leaveOneSubjectOut(List<StagingNight> nights, GbmParams params) {
        return leaveOneSubjectOut(nights, train -> train(train, params).model());
    }

    /** Leave-one-subject-out with any trainer; models that hold native memory are closed after their fold. */
    static List<FoldPrediction> leaveOneSubjectOut(List<StagingNight> nights, Function<List<StagingNight>, NightClassifier> trainer) {
        List<FoldPrediction> out = new ArrayList<>();
        for (String subject : subjects(nights)) {
            List<StagingNight> train = new ArrayList<>();
            List<StagingNight> test = new ArrayList<>();
            for (StagingNight n : nights) {
                (n.subject().equals(subject) ? test : train).add(n);
            }
            NightClassifier model = trainer.apply(train);
            try {
                out.addAll(predict(model, test));
            } finally {
                if (model instanceof AutoCloseable c) {
                    try {
                        c.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Subject-wise k-fold cross-validation: subjects are dealt into {@code folds} folds in a
     * seeded random order; {@code folds} ≥ the number of subjects is leave-one-subject-out.
     */
    public static List<FoldPrediction> crossValidateBySubject(List<StagingNight> nights, int folds, GbmParams params) {
        List<String> subjects = subjects(nights);
        if (folds >= subjects.size()) {
            return leaveOneSubjectOut(nights, params);
        }
        java.util.Collections.shuffle(subjects, new java.util.Random(params.seed()));
        java.util.Map<String, Integer> fold = new java.util.HashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            fold.put(subjects.get(i), i % folds);
        }
        List<FoldPrediction> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<StagingNight> train = new ArrayList<>();
            List<StagingNight> test = new ArrayList<>();
            for (StagingNight n : nights) {
                (fold.get(n.subject()) == f ? test : train).add(n);
            }
            out.addAll(predict(train(train, params).model(), test));
        }
        return out;
    }

    /** Trains on {@code train} and predicts {@code test} (external validation across cohorts). */
    public static List<FoldPrediction> trainTest(List<StagingNight> train, List<StagingNight> test, GbmParams params) {
        return predict(train(train, params).model(), test);
    }

    /** Predicts every night of {@code test} with a trained model. */
    public static List<FoldPrediction> predict(NightClassifier model, List<StagingNight> test) {
        List<FoldPrediction> out = new ArrayList<>();
        for (StagingNight n : test) {
            double[][] x = n.features().values();
            out.add(new FoldPrediction(n, model.predictProba(x), model.predictProbaUnsmoothed(x)));
        }
        return out;
    }
}
