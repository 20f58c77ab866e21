package org.cardiosleep.pheno.sleep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;

class SlpdbStagingTest {

    @Test
    void readsStagesAndSubjects() throws Exception {
        Path dir = TestData.require("slpdb-text");
        SlpdbTextRecord r = SlpdbTextRecord.read(dir, "slp14");
        // slp14's stage annotations start at 3:00: the first 6 epochs are unscored.
        for (int e = 0; e < 6; e++) {
            assertEquals(SleepStage.UNSCORED, r.hypnogram().stage(e));
        }
        assertEquals(SleepStage.WAKE, r.hypnogram().stage(6));
        assertEquals(720, r.hypnogram().size());
        assertEquals("slp01", SlpdbTextRecord.subjectOf("slp01b"));
        assertEquals("slp67x", SlpdbTextRecord.subjectOf("slp67x"));
        assertEquals(18, SlpdbTextRecord.list(dir).size());
    }

    @Test
    void joinsTheTwoPartNights() throws Exception {
        Path dir = TestData.require("slpdb-text");
        java.util.List<SlpdbTextRecord> nights = SlpdbTextRecord.readNights(dir);
        assertEquals(16, nights.size());
        SlpdbTextRecord n1 = nights.get(0);
        assertEquals("slp01a+slp01b", n1.name());
        // slp01a starts 23:07:00 (240 epochs), slp01b at 2:14:00 = 3 h 7 min later (epoch 374), 360 epochs.
        assertEquals(374 + 360, n1.hypnogram().size());
        assertEquals(SleepStage.UNSCORED, n1.hypnogram().stage(300));
        SlpdbTextRecord b = SlpdbTextRecord.read(dir, "slp01b");
        assertEquals(b.hypnogram().stage(0), n1.hypnogram().stage(374));
        assertEquals(b.beats().timeSec()[0] + 374 * 30, n1.beats().timeSec()[SlpdbTextRecord.read(dir, "slp01a").beats().size()], 1e-9);
    }

    @Test
    void shippedStagerStagesARecord() throws Exception {
        Path dir = TestData.require("slpdb-text");
        SlpdbTextRecord r = SlpdbTextRecord.read(dir, "slp41");
        SleepStager s = SleepStager.shipped();
        SleepStager.StagingResult res = s.stage(r.beats().timeSec(), r.normalBeats(), 30, r.hypnogram().size());
        assertEquals(r.hypnogram().size(), res.hypnogram().size());
        for (double[] p : res.proba4()) {
            assertEquals(1.0, p[0] + p[1] + p[2] + p[3], 1e-9);
        }
        // The shipped model saw this night in training: agreement well above chance is expected (not a benchmark).
        double agree = 0;
        int n = 0;
        int[] ref = r.hypnogram().classes4();
        int[] pred = res.hypnogram().classes4();
        for (int i = 0; i < ref.length; i++) {
            if (ref[i] >= 0) {
                agree += ref[i] == pred[i] ? 1 : 0;
                n++;
            }
        }
        assertTrue(agree / n > 0.6, "agreement " + agree / n);
    }
}
