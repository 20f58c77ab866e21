package org.cardiosleep.app.analyze;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.report.HtmlReport;
import org.cardiosleep.app.report.PdfReport;
import org.cardiosleep.pheno.analyze.NightAnalysis;

/**
 * Writes every output of one night into a directory: {@code summary.json}, {@code epochs.csv},
 * {@code beats.csv}, {@code events.csv}, WFDB annotations ({@code night.hea}, {@code night.qrs},
 * {@code night.evt}), {@code report.html} and {@code report.pdf}.
 */
public final class AnalysisOutputs {
    public static final String[] FILES = {"summary.json", "epochs.csv", "beats.csv", "events.csv", "night.hea",
        "night.qrs", "night.evt", "report.html", "report.pdf"};

    private AnalysisOutputs() {
    }

    /** Writes the outputs into {@code out} atomically: the directory appears complete or not at all. */
    public static void write(NightAnalysis a, Path out, String version) throws Exception {
        AtomicOutput.directory(out, tmp -> writeInto(a, tmp, version));
    }

    /** Writes the outputs into an existing directory. */
    public static void writeInto(NightAnalysis a, Path dir, String version) throws Exception {
        Steps steps = new Steps();
        Files.writeString(dir.resolve("summary.json"), SummaryJson.toJson(a) + "\n", StandardCharsets.UTF_8);
        steps.done("summary.json");
        TableWriters.epochs(a, dir.resolve("epochs.csv"));
        TableWriters.beats(a, dir.resolve("beats.csv"));
        TableWriters.events(a, dir.resolve("events.csv"));
        steps.done("csv");
        WfdbAnnotationWriter.write(a, dir);
        steps.done("wfdb");
        Files.writeString(dir.resolve("report.html"), HtmlReport.render(a, version), StandardCharsets.UTF_8);
        steps.done("report.html");
        try (OutputStream o = Files.newOutputStream(dir.resolve("report.pdf"))) {
            PdfReport.write(a, version, o);
        }
        steps.done("report.pdf");
    }

    /** Per-output CPU time on stderr with -Dcardiosleep.timing=true. */
    private static final class Steps {
        private final boolean on = Boolean.getBoolean("cardiosleep.timing");
        private double last = on ? org.cardiosleep.app.CpuClock.seconds() : 0;

        void done(String step) {
            if (on) {
                double now = org.cardiosleep.app.CpuClock.seconds();
                System.err.printf(java.util.Locale.ROOT, "  %-12s %7.3f s CPU%n", step, now - last);
                last = now;
            }
        }
    }

    /** The application version from the jar manifest, or "0.1.0-dev". */
    public static String version() {
        String v = AnalysisOutputs.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }
}
