package org.cardiosleep.pheno.sleep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.learn.sequence.EpochSequenceClassifier;
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
        List<FoldPrediction> out = new ArrayList<>();
        for (String subject : subjects(nights)) {
            List<StagingNight> train = new ArrayList<>();
            List<StagingNight> test = new ArrayList<>();
            for (StagingNight n : nights) {
                (n.subject().equals(subject) ? test : train).add(n);
            }
            out.addAll(predict(train(train, params), test));
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
            out.addAll(predict(train(train, params), test));
        }
        return out;
    }

    /** Trains on {@code train} and predicts {@code test} (external validation across cohorts). */
    public static List<FoldPrediction> trainTest(List<StagingNight> train, List<StagingNight> test, GbmParams params) {
        return predict(train(train, params), test);
    }

    private static List<FoldPrediction> predict(SleepStager stager, List<StagingNight> test) {
        List<FoldPrediction> out = new ArrayList<>();
        for (StagingNight n : test) {
            double[][] x = n.features().values();
            out.add(new FoldPrediction(n, stager.model().predictProba(x), stager.model().predictProbaUnsmoothed(x)));
        }
        return out;
    }
}
