package org.cardiosleep.app.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.cardiosleep.app.Main;

/** The cohort, assoc and agree commands end to end on a small SIMULATED cohort. */
class CohortCommandsTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o));
        cl.setErr(new PrintWriter(e));
        int code = cl.execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void simulateRunAssocAgreeExport() throws Exception {
        Path sim = dir.resolve("sim");
        Path store = dir.resolve("c.duckdb");
        assertEquals(0, run("cohort", "simulate", "--nights", "60", "--corrupt", "1", "--out", sim.toString()));
        assertEquals(0, run("cohort", "run", sim.resolve("manifest.csv").toString(), "--store", store.toString(),
                "--threads", "2", "--no-epochs", "--job", "simulated"));
        assertTrue(out.contains("59 ok, 1 failed"), out);
        assertEquals(0, run("cohort", "status", "--store", store.toString()));
        assertTrue(out.contains("failed sim00060") && out.contains("not a simulated-night file"), out);
        assertEquals(0, run("assoc", "--store", store.toString(), "--outcome", "pvc_count", "--exposure", "se_pct",
                "--covariates", "age,sex,bmi,site", "--family", "poisson", "--plot", dir.resolve("f.png").toString(),
                "--csv", dir.resolve("a.csv").toString()));
        assertTrue(out.contains("exposure se_pct") && out.contains("rate ratio"), out);
        assertTrue(Files.size(dir.resolve("f.png")) > 1000);
        assertTrue(Files.readString(dir.resolve("a.csv")).contains("se_pct,"));
        assertEquals(0, run("assoc", "--store", store.toString(), "--exposures", "se_pct,rem_pct", "--outcomes",
                "pvc_count:poisson,hr_mean_bpm", "--covariates", "age,sex", "--csv", dir.resolve("g.csv").toString()));
        assertEquals(5, Files.readAllLines(dir.resolve("g.csv")).size());
        assertEquals(0, run("agree", "--store", store.toString(), "--plot-dir", dir.resolve("ba").toString()));
        assertTrue(out.contains("tst_min") && out.contains("diary_tst_min"), out);
        assertTrue(Files.exists(dir.resolve("ba").resolve("bland-altman-tst_min.png")));
        assertEquals(0, run("cohort", "export", "--store", store.toString(), "--parquet", dir.resolve("pq").toString()));
        assertTrue(Files.exists(dir.resolve("pq").resolve("phenotypes.parquet")));
        assertEquals(0, run("cohort", "export", "--store", store.toString(), "--csv", dir.resolve("csv").toString()));
        assertTrue(Files.exists(dir.resolve("csv").resolve("run_status.csv")));
        Path other = dir.resolve("o.duckdb");
        assertEquals(0, run("cohort", "load", "--store", other.toString(), "--parquet", dir.resolve("pq").toString()));
        assertTrue(out.contains("loaded 60 recordings"), out);
    }

    @Test
    void badUsageAndBadInputExitCodes() throws Exception {
        assertEquals(2, run("assoc", "--store", dir.resolve("x.duckdb").toString(), "--family", "weibull",
                "--outcome", "a", "--exposure", "b"));
        assertEquals(1, run("assoc", "--store", dir.resolve("missing.duckdb").toString(), "--outcome", "a", "--exposure", "b"));
        assertTrue(err.startsWith("cardiosleep: ") && err.contains("missing.duckdb"), err);
        Path m = dir.resolve("m.csv");
        Files.writeString(m, "recording_id,path\nr1,a.night\nr1,b.night\n");
        assertEquals(1, run("cohort", "run", m.toString(), "--store", dir.resolve("s.duckdb").toString(), "--job", "simulated"));
        assertTrue(err.contains("m.csv") && err.contains("duplicate recording_id r1"), err);
        assertEquals(2, run("cohort", "run", m.toString(), "--job", "nope"));
    }
}
