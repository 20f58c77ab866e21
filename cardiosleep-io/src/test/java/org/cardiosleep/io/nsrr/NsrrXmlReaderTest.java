package org.cardiosleep.io.nsrr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.RecordingFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Simulated NSRR files written in the layout of sleepdata.org's XML annotations. */
class NsrrXmlReaderTest {
    @TempDir
    Path dir;

    static String event(String type, String concept, String start, String dur, String extra) {
        return "<ScoredEvent><EventType>" + type + "</EventType><EventConcept>" + concept + "</EventConcept><Start>"
                + start + "</Start><Duration>" + dur + "</Duration>" + extra + "</ScoredEvent>\n";
    }

    static final String NSRR = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<PSGAnnotation><SoftwareVersion>Compumedics</SoftwareVersion><EpochLength>30</EpochLength>\n"
            + "<ScoredEvents>\n"
            + "<ScoredEvent><EventType/><EventConcept>Recording Start Time</EventConcept><Start>0</Start>"
            + "<Duration>32520.0</Duration><ClockTime>00.00.00 21.51.39</ClockTime></ScoredEvent>\n"
            + event("Stages|Stages", "Wake|0", "0.0", "60.0", "")
            + event("Stages|Stages", "Stage 1 sleep|1", "60.0", "30.0", "")
            + event("Stages|Stages", "Stage 2 sleep|2", "90.0", "90.0", "")
            + event("Respiratory|Respiratory", "Obstructive apnea|Obstructive Apnea", "123.4", "15.2",
                    "<SignalLocation>Airflow</SignalLocation>")
            + event("Respiratory|Respiratory", "SpO2 desaturation|SpO2 desaturation", "140.1", "22.0",
                    "<SignalLocation>SaO2</SignalLocation><SpO2Nadir>86</SpO2Nadir><SpO2Baseline>94</SpO2Baseline>")
            + event("Stages|Stages", "Stage 3 sleep|3", "180.0", "30.0", "")
            + event("Stages|Stages", "Stage 4 sleep|4", "210.0", "30.0", "")
            + event("Stages|Stages", "Unscored|9", "240.0", "30.0", "")
            + event("Stages|Stages", "REM sleep|5", "300.0", "60.0", "")
            + "</ScoredEvents></PSGAnnotation>\n";

    @Test
    void readsEventsAndStageSequence() throws Exception {
        Path p = Files.writeString(dir.resolve("shhs1-200001-nsrr.xml"), NSRR);
        NsrrScoring s = NsrrXmlReader.read(p);
        assertEquals(30.0, s.epochLengthSec());
        assertEquals(10, s.events().size());
        NsrrEvent apnea = s.events().get(4);
        assertEquals("Obstructive apnea", apnea.name());
        assertEquals("Obstructive Apnea", apnea.code());
        assertEquals("Airflow", apnea.signalLocation());
        assertEquals(new Annotation(123.4, 15.2, "Obstructive apnea"), apnea.toAnnotation());
        NsrrEvent desat = s.events().get(5);
        assertEquals(86.0, desat.spo2NadirPct());
        assertEquals(94.0, desat.spo2BaselinePct());
        assertTrue(Double.isNaN(apnea.spo2NadirPct()));
        assertEquals(3, s.scoredEvents().size());
        // W W N1 N2 N2 N2 N3 N3(stage 4) unscored (gap) REM REM
        assertArrayEquals(new byte[] {0, 0, 1, 2, 2, 2, 3, 3, 9, 9, 5, 5}, s.sleepStages());
        List<Annotation> anns = NsrrXmlReader.readAnnotations(p);
        assertEquals(new Annotation(90, 90, "Stage 2 sleep"), anns.get(3));
    }

    @Test
    void readsProfusionXml() throws Exception {
        String xml = "<?xml version=\"1.0\"?><CMPStudyConfig><EpochLength>30</EpochLength><ScoredEvents>"
                + "<ScoredEvent><Name>Hypopnea</Name><Start>100.5</Start><Duration>12</Duration><Input>NEW AIR</Input>"
                + "<LowestSpO2>88</LowestSpO2><Desaturation>5</Desaturation></ScoredEvent></ScoredEvents>"
                + "<SleepStages><SleepStage>0</SleepStage><SleepStage>2</SleepStage><SleepStage>4</SleepStage>"
                + "<SleepStage>5</SleepStage><SleepStage>6</SleepStage></SleepStages></CMPStudyConfig>";
        NsrrScoring s = NsrrXmlReader.read(Files.writeString(dir.resolve("p.xml"), xml));
        assertArrayEquals(new byte[] {0, 2, 3, 5, 9}, s.sleepStages());
        NsrrEvent h = s.scoredEvents().get(0);
        assertEquals("Hypopnea", h.name());
        assertEquals("NEW AIR", h.signalLocation());
        assertEquals(93.0, h.spo2BaselinePct());
    }

    @Test
    void refusesExternalEntities() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE PSGAnnotation [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<PSGAnnotation><ScoredEvents>" + event("a", "&x;", "0", "1", "") + "</ScoredEvents></PSGAnnotation>";
        Path p = Files.writeString(dir.resolve("xxe.xml"), xml);
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> NsrrXmlReader.read(p));
        assertTrue(e.getMessage().startsWith(p + ": invalid XML"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void badFilesGiveOneLineNamingTheFile() throws Exception {
        String[][] cases = {
            {"<PSGAnnotation><ScoredEvents><ScoredEvent>", "invalid XML at line 1"},
            {"<Other/>", "root element <Other>"},
            {"<PSGAnnotation><ScoredEvents>" + event("t", "c", "abc", "1", "") + "</ScoredEvents></PSGAnnotation>",
                "ScoredEvent 1 <Start> is not a number: 'abc'"},
            {"<PSGAnnotation><ScoredEvents><ScoredEvent><EventConcept>x</EventConcept></ScoredEvent></ScoredEvents>"
                + "</PSGAnnotation>", "ScoredEvent 1 has no <Start>"},
            {"<PSGAnnotation><EpochLength>0</EpochLength></PSGAnnotation>", "EpochLength must be positive"},
        };
        for (String[] c : cases) {
            Path p = Files.writeString(dir.resolve("bad.xml"), c[0]);
            RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> NsrrXmlReader.read(p));
            assertTrue(e.getMessage().startsWith(p + ": ") && e.getMessage().contains(c[1]), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }

    @Test
    void stageCodes() {
        assertEquals(SleepStages.N3, SleepStages.fromCode("4"));
        assertEquals(SleepStages.REM, SleepStages.fromCode("R"));
        assertEquals(SleepStages.UNSCORED, SleepStages.fromCode("MT"));
        assertEquals(SleepStages.WAKE, SleepStages.fromCode("W"));
    }
}
