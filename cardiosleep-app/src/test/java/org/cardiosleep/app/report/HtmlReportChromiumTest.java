package org.cardiosleep.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cardiosleep.app.Main;
import org.cardiosleep.app.analyze.AnalysisOutputs;
import org.cardiosleep.app.analyze.DemoCommand;
import org.cardiosleep.pheno.analyze.AnalysisOptions;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.NightAnalyzer;
import org.cardiosleep.pheno.analyze.SimulatedRecording;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: headless Chromium (Debian {@code chromium}) renders it to a
 * PNG and dumps the rendered DOM; the page must load without console errors or failed loads and
 * contain the hypnogram and the tables. Skips when Chromium is absent, unless
 * {@code -Dcardiosleep.requireChromium=true}.
 */
class HtmlReportChromiumTest {
    @TempDir
    static Path dir;
    static Path chromium;

    @BeforeAll
    static void findChromium() {
        for (String c : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
            if (Files.isExecutable(Path.of(c))) {
                chromium = Path.of(c);
                return;
            }
        }
        if (Boolean.getBoolean("cardiosleep.requireChromium")) {
            fail("chromium not found and -Dcardiosleep.requireChromium=true is set");
        }
        Assumptions.abort("chromium not found (apt-get install chromium); skipping the rendered-report test");
    }

    private record Render(int exit, String dom, String log, Path png) {
    }

    private static Render render(Path html, String name) throws Exception {
        Path png = dir.resolve(name + ".png");
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        List<String> common = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--window-size=1280,2000");
        List<String> shot = new ArrayList<>(common);
        shot.add("--screenshot=" + png);
        shot.add(html.toUri().toString());
        Render a = run(shot, png);
        List<String> dump = new ArrayList<>(common);
        dump.add("--dump-dom");
        dump.add(html.toUri().toString());
        Render b = run(dump, png);
        return new Render(Math.max(a.exit(), b.exit()), b.dom(), a.log() + b.log(), png);
    }

    private static Render run(List<String> cmd, Path png) throws Exception {
        File out = Files.createTempFile(dir, "out", ".txt").toFile(), err = Files.createTempFile(dir, "err", ".txt").toFile();
        Process p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 90 s");
        }
        return new Render(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8), png);
    }

    /** Console errors, uncaught exceptions and failed loads in Chromium's log. */
    static List<String> pageErrors(String log) {
        List<String> bad = new ArrayList<>();
        for (String line : log.split("\n")) {
            boolean console = line.contains("CONSOLE") && (line.contains("Error") || line.contains("Uncaught")
                    || line.contains("ERROR"));
            boolean uncaught = line.contains("Uncaught");
            boolean failedLoad = line.contains("Failed to load resource") || line.contains("net::ERR_");
            if (console || uncaught || failedLoad) {
                bad.add(line);
            }
        }
        return bad;
    }

    @Test
    void reportRendersWithHypnogramTablesAndNoConsoleErrors() throws Exception {
        NightAnalysis a;
        try (SimulatedRecording rec = new SimulatedRecording(
                NightSimulator.simulate(SimConfig.night(9).withDurationSec(2 * 3600)), Path.of("simulated.edf"))) {
            a = NightAnalyzer.analyze(rec, AnalysisOptions.defaults());
        }
        Path out = dir.resolve("report");
        AnalysisOutputs.write(a, out, "test");
        Render r = render(out.resolve("report.html"), "report");
        assertEquals(0, r.exit(), r.log());
        assertTrue(Files.size(r.png()) > 50_000, "screenshot too small to show the report");
        assertEquals(List.of(), pageErrors(r.log()));
        String dom = r.dom();
        assertTrue(dom.contains("<svg") && dom.contains("id=\"hypnogram\""), "hypnogram SVG in the rendered DOM");
        for (String id : new String[] {"hr-trend", "spo2-trend", "event-timeline", "strip-0"}) {
            assertTrue(dom.contains("id=\"" + id + "\""), id);
        }
        for (String t : new String[] {"sleep-table", "hr-table", "oximetry-table", "cross-table", "parts-table"}) {
            assertTrue(dom.contains("<table id=\"" + t + "\""), t);
        }
        assertTrue(dom.contains("Total sleep time") && dom.contains("Hypoxic burden"));
    }

    /** The Holter report of `cardiosleep holter` on a simulated 2-h recording (simulated data). */
    @Test
    void holterReportRendersWithChartsStripsTablesAndNoConsoleErrors() throws Exception {
        Path edf = dir.resolve("holter.edf");
        DemoCommand.writeEdf(NightSimulator.simulate(SimConfig.night(9).withDurationSec(2 * 3600)), edf);
        Path out = dir.resolve("holter");
        assertEquals(0, Main.execute("holter", edf.toString(), "-o", out.toString()));
        Render r = render(out.resolve("report.html"), "holter");
        assertEquals(0, r.exit(), r.log());
        assertTrue(Files.size(r.png()) > 50_000, "screenshot too small to show the report");
        assertEquals(List.of(), pageErrors(r.log()));
        String dom = r.dom();
        for (String id : new String[] {"hr-trend", "ectopy-per-hour", "event-timeline", "strip-0"}) {
            assertTrue(dom.contains("id=\"" + id + "\""), id);
        }
        for (String t : new String[] {"rate-table", "ectopy-table", "hrv-table", "period-table", "hourly-table"}) {
            assertTrue(dom.contains("<table id=\"" + t + "\""), t);
        }
        assertTrue(dom.contains("Holter report") && dom.contains("SDNN") && dom.contains("Longest pause"));
    }

    @Test
    void consoleErrorsAreDetected() throws Exception {
        // negative control: a page with a script error must be caught by the same check
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><p>x</p><script>notDefinedAnywhere();</script></body></html>");
        Render r = render(bad, "bad");
        assertFalse(pageErrors(r.log()).isEmpty(), "the console-error check missed an uncaught exception:\n" + r.log());
    }
}
