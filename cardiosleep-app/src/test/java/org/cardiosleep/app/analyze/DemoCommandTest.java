package org.cardiosleep.app.analyze;

import org.cardiosleep.app.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.pheno.analyze.AnalysisOptions;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.cardiosleep.signal.sim.SimulatedNight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's promise: every available headline number within its documented tolerance of the truth. */
class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoPrintsNumbersWithinToleranceAndTheReportPath() throws Exception {
        Path out = dir.resolve("demo");
        CliRun r = CliRun.of("demo", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Report: " + out.toAbsolutePath().normalize().resolve("report.html")), r.out());
        assertTrue(Files.exists(out.resolve("report.html")));
        assertTrue(Files.exists(out.resolve("simulated-night.edf")));
        assertTrue(!r.out().contains("OUTSIDE"), r.out());
    }

    @Test
    void everyAvailableMeasureIsWithinToleranceForSeveralSeeds() throws Exception {
        for (long seed : new long[] {2, 3}) {
            SimulatedNight night = NightSimulator.simulate(SimConfig.night(seed));
            Path edf = dir.resolve("night-" + seed + ".edf");
            DemoCommand.writeEdf(night, edf);
            NightAnalysis a = AnalyzeCommand.analyze(edf, AnalysisOptions.defaults(), false);
            List<DemoComparison.Row> rows = DemoComparison.compare(night, a);
            long checked = rows.stream().filter(x -> x.status() == DemoComparison.Status.WITHIN
                    || x.status() == DemoComparison.Status.OUTSIDE).count();
            assertTrue(checked >= 8, DemoComparison.format(rows));
            for (DemoComparison.Row row : rows) {
                assertTrue(row.status() != DemoComparison.Status.OUTSIDE, "seed " + seed + "\n" + DemoComparison.format(rows));
            }
        }
    }

    @Test
    void aPolysomnographRateKeepsEveryMeasureWithinTolerance() throws Exception {
        // simulated: 2 h at 125 Hz, the ECG rate of many sleep studies (SHHS)
        Path out = dir.resolve("demo125");
        CliRun r = CliRun.of("demo", "--ecg-rate", "125", "--hours", "2", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("ECG 125 Hz"), r.out());
        assertTrue(!r.out().contains("OUTSIDE"), r.out());
        // below 250 Hz beat times lie between samples (beat,sample,timeSec,...)
        List<String> rows = Files.readAllLines(out.resolve("beats.csv"));
        long between = rows.stream().skip(1).map(l -> l.split(","))
                .filter(c -> Math.abs(Double.parseDouble(c[2]) * 125 - Long.parseLong(c[1])) > 0.01).count();
        assertTrue(between > rows.size() / 4, between + " of " + rows.size() + " beat times between samples");
        assertEquals(2, CliRun.of("demo", "--ecg-rate", "50", "-o", dir.resolve("x").toString()).exit());
    }

    @Test
    void comparisonDetectsAnOutlier() {
        // the check itself must be able to fail: a measured value far from the truth is OUTSIDE
        assertEquals(DemoComparison.Status.OUTSIDE, DemoComparison.status(10, 12, 1));
        assertEquals(DemoComparison.Status.WITHIN, DemoComparison.status(10, 10.9, 1));
        assertEquals(DemoComparison.Status.NOT_AVAILABLE, DemoComparison.status(10, Double.NaN, 1));
    }
}
