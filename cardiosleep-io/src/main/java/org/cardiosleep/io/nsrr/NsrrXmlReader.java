package org.cardiosleep.io.nsrr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads NSRR annotation files (National Sleep Research Resource, sleepdata.org):
 *
 * <ul>
 *   <li>the NSRR XML: {@code <PSGAnnotation><EpochLength>30</EpochLength><ScoredEvents><ScoredEvent>
 *       <EventType>Stages|Stages</EventType><EventConcept>Stage 2 sleep|2</EventConcept><Start>
 *       <Duration><SignalLocation><SpO2Nadir><SpO2Baseline>...}; sleep stages are events of type
 *       "Stages" whose concept code is the stage;</li>
 *   <li>the Compumedics Profusion XML that some cohorts ship ({@code <CMPStudyConfig>}, events with
 *       {@code <Name>}, {@code <Input>}, {@code <LowestSpO2>}, and one {@code <SleepStage>} per
 *       epoch), converted to the same events.</li>
 * </ul>
 *
 * <p>The JDK parser is used with DOCTYPE declarations refused, so external entities and entity
 * expansion cannot be used against the reader (OWASP XXE prevention).
 */
public final class NsrrXmlReader {
    private NsrrXmlReader() {
    }

    /** Reads every scored event and the epoch length of {@code file}. */
    public static NsrrScoring read(Path file) throws IOException {
        Document doc = parse(file);
        Element root = doc.getDocumentElement();
        double epoch = 30;
        String epochText = childText(root, "EpochLength");
        if (epochText != null) {
            epoch = number(file, epochText, "EpochLength");
            if (!(epoch > 0)) {
                throw new RecordingFormatException(file, "EpochLength must be positive: " + epochText);
            }
        }
        List<NsrrEvent> events = new ArrayList<>();
        switch (root.getTagName()) {
            case "PSGAnnotation":
                for (Element e : elements(root, "ScoredEvent")) {
                    events.add(nsrrEvent(file, e, events.size()));
                }
                break;
            case "CMPStudyConfig":
                for (Element e : elements(root, "ScoredEvent")) {
                    events.add(profusionEvent(file, e, events.size()));
                }
                List<Element> stages = elements(root, "SleepStage");
                for (int i = 0; i < stages.size(); i++) {
                    String code = stages.get(i).getTextContent().trim();
                    events.add(new NsrrEvent("Stages|Stages", "stage|" + code, i * epoch, epoch, "", Double.NaN,
                            Double.NaN));
                }
                break;
            default:
                throw new RecordingFormatException(file, "not an NSRR annotation file: root element <"
                        + root.getTagName() + ">, expected <PSGAnnotation> or <CMPStudyConfig>");
        }
        return new NsrrScoring(file, epoch, List.copyOf(events));
    }

    /** The scored events of {@code file} as annotations (see {@link NsrrEvent#toAnnotation()}). */
    public static List<Annotation> readAnnotations(Path file) throws IOException {
        return read(file).annotations();
    }

    private static NsrrEvent nsrrEvent(Path file, Element e, int index) throws RecordingFormatException {
        String where = "ScoredEvent " + (index + 1);
        String concept = childText(e, "EventConcept");
        if (concept == null) {
            throw new RecordingFormatException(file, where + " has no <EventConcept>");
        }
        String type = childText(e, "EventType");
        return new NsrrEvent(type == null ? "" : type.trim(), concept.trim(), required(file, e, "Start", where),
                optional(file, e, "Duration", where, 0), text(e, "SignalLocation"),
                optional(file, e, "SpO2Nadir", where, Double.NaN), optional(file, e, "SpO2Baseline", where, Double.NaN));
    }

    private static NsrrEvent profusionEvent(Path file, Element e, int index) throws RecordingFormatException {
        String where = "ScoredEvent " + (index + 1);
        String name = childText(e, "Name");
        if (name == null) {
            throw new RecordingFormatException(file, where + " has no <Name>");
        }
        double nadir = optional(file, e, "LowestSpO2", where, Double.NaN);
        double drop = optional(file, e, "Desaturation", where, Double.NaN);
        // Profusion stores the drop, not the baseline: baseline = nadir + drop (NaN when either is absent)
        return new NsrrEvent("", name.trim(), required(file, e, "Start", where), optional(file, e, "Duration", where, 0),
                text(e, "Input"), nadir, nadir + drop);
    }

    private static Document parse(Path file) throws IOException {
        DocumentBuilder builder;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            builder = f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
        builder.setErrorHandler(null); // errors are thrown, not printed
        try (InputStream in = Files.newInputStream(file)) {
            return builder.parse(in);
        } catch (NoSuchFileException e) {
            throw new RecordingFormatException(file, "no such file");
        } catch (SAXParseException e) {
            throw new RecordingFormatException(file, "invalid XML at line " + e.getLineNumber() + ": "
                    + oneLine(e.getMessage()));
        } catch (SAXException e) {
            throw new RecordingFormatException(file, "invalid XML: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList list = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** Text of the first direct child element {@code tag}, or null. */
    private static String childText(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && ((Element) n).getTagName().equals(tag)) {
                return n.getTextContent();
            }
        }
        return null;
    }

    private static String text(Element e, String tag) {
        String s = childText(e, tag);
        return s == null ? "" : s.trim();
    }

    private static double required(Path file, Element e, String tag, String where) throws RecordingFormatException {
        String s = childText(e, tag);
        if (s == null || s.isBlank()) {
            throw new RecordingFormatException(file, where + " has no <" + tag + ">");
        }
        return number(file, s, where + " <" + tag + ">");
    }

    private static double optional(Path file, Element e, String tag, String where, double absent)
            throws RecordingFormatException {
        String s = childText(e, tag);
        return s == null || s.isBlank() ? absent : number(file, s, where + " <" + tag + ">");
    }

    private static double number(Path file, String s, String what) throws RecordingFormatException {
        try {
            double v = Double.parseDouble(s.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RecordingFormatException(file, what + " is not a number: '" + oneLine(s) + "'");
    }
}
