package org.cardiosleep.pheno.maternal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.cardiosleep.signal.fhr.FhrAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expert comparison on a simulated trace whose truth plays the expert. */
class ExpertComparisonTest {
    static final double FS = 4;

    static void bump(double[] x, double start, double len, double amp) {
        for (int i = (int) (start * FS); i < (start + len) * FS; i++) {
            x[i] += amp * Math.sin(Math.PI * (i / FS - start) / len);
        }
    }

    @Test
    void simulatedTruthAsExpert(@TempDir Path tmp) throws Exception {
        Random r = new Random(7);
        double[] x = new double[(int) (40 * 60 * FS)];
        for (int i = 0; i < x.length; i++) {
            x[i] = 135 + 3 * Math.sin(i / FS / 9) + r.nextGaussian();
        }
        bump(x, 300, 40, 25);
        bump(x, 900, 60, -35);
        bump(x, 1500, 45, 22);
        Files.writeString(tmp.resolve("rec.baseline.csv"), "time_s,baseline_bpm\n0,135\n2400,135\n");
        // the expert saw the two accelerations and the deceleration, and a deceleration we cannot see
        Files.writeString(tmp.resolve("rec.events.csv"),
                "kind,start_s,end_s\nacceleration,302,338\ndeceleration,905,955\nacceleration,1503,1540\ndeceleration,2000,2030\n");
        FhrAnalysis a = FhrAnalysis.analyze(x, null, FS);
        double[][] base = ExpertComparison.readBaseline(tmp.resolve("rec.baseline.csv"));
        List<ExpertComparison.ExpertEvent> ev = ExpertComparison.readEvents(tmp.resolve("rec.events.csv"));
        ExpertComparison.Result res = ExpertComparison.compare(a, base[0], base[1], ev);
        assertTrue(res.baselineRmsdBpm() < 3, "RMSD " + res.baselineRmsdBpm());
        assertEquals(2, res.accelTp());
        assertEquals(0, res.accelFp());
        assertEquals(1, res.decelTp());
        assertEquals(1, res.decelFn());
        assertEquals(2.0 / 3, ExpertComparison.f1(res.decelTp(), res.decelFp(), res.decelFn()), 1e-12);
    }
}
