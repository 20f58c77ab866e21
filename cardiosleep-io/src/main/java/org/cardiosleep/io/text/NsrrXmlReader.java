package org.cardiosleep.io.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.RecordingFormatException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the NSRR XML annotation exports ({@code *-nsrr.xml} of SHHS, MESA, CFS, ...): every
 * {@code ScoredEvent} with its {@code EventType}, {@code EventConcept} (e.g. {@code "Stage 2 sleep|2"}),
 * {@code Start} and {@code Duration} in seconds. DTDs and external entities are refused.
 */
public final class NsrrXmlReader {
    private NsrrXmlReader() {
    }

    /** One scored event. */
    public record ScoredEvent(String eventType, String eventConcept, double startSec, double durationSec) {
        /** Whether this is a sleep-stage event ({@code EventType} "Stages|Stages"). */
        public boolean isStage() {
            return eventType.toLowerCase(java.util.Locale.ROOT).startsWith("stages");
        }

        public Annotation toAnnotation() {
            return new Annotation(startSec, durationSec, eventConcept);
        }
    }

    public static List<ScoredEvent> read(Path file) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = builder().parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            throw new RecordingFormatException(file, "not a readable NSRR XML file: " + e.getMessage(), e);
        }
        NodeList events = doc.getElementsByTagName("ScoredEvent");
        List<ScoredEvent> out = new ArrayList<>(events.getLength());
        for (int i = 0; i < events.getLength(); i++) {
            Element e = (Element) events.item(i);
            String type = text(e, "EventType");
            String concept = text(e, "EventConcept");
            String start = text(e, "Start");
            String duration = text(e, "Duration");
            try {
                out.add(new ScoredEvent(type, concept, Double.parseDouble(start),
                        duration.isEmpty() ? 0 : Double.parseDouble(duration)));
            } catch (NumberFormatException ex) {
                throw new RecordingFormatException(file, "ScoredEvent " + (i + 1) + ": bad Start/Duration '" + start + "', '"
                        + duration + "'");
            }
        }
        return out;
    }

    /** Only the sleep-stage events, in time order. */
    public static List<ScoredEvent> stages(Path file) throws IOException {
        List<ScoredEvent> s = new ArrayList<>();
        for (ScoredEvent e : read(file)) {
            if (e.isStage()) {
                s.add(e);
            }
        }
        s.sort((a, b) -> Double.compare(a.startSec(), b.startSec()));
        return s;
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }
}
