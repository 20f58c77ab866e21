package org.cardiosleep.pheno.maternal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cardiosleep.io.ctg.CtgReader;
import org.cardiosleep.io.ctg.CtgRecord;
import org.cardiosleep.signal.fhr.FhrAnalysis;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;

/** FHR morphology runs on every recording of FHRMA and CTU-UHB without failure, with plausible output. */
class CtgDatabasesTest {

    static List<Path> files(Path dir, String ext) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
        }
    }

    static void runAll(List<Path> files, int expectedAtLeast) throws Exception {
        assertTrue(files.size() >= expectedAtLeast, "found " + files.size());
        List<String> implausible = new ArrayList<>();
        for (Path f : files) {
            CtgRecord r = CtgReader.read(f);
            FhrAnalysis a = FhrAnalysis.analyze(r.fhrBpm(), r.uterine(), r.samplingRateHz());
            double b = a.meanBaselineBpm();
            if (r.lossFraction() < 0.5 && !(b > 90 && b < 190)) {
                implausible.add(f.getFileName() + " baseline " + b);
            }
            assertEquals(r.fhrBpm().length, a.baselineBpm().length);
        }
        // a baseline outside 90–190 bpm on a mostly-valid trace would be a defect of the estimator
        assertTrue(implausible.size() <= files.size() / 50, implausible.toString());
    }

    @Test
    void fhrmaTrainAndTest() throws Exception {
        runAll(files(TestData.require("fhrma"), ".fhr"), 156);
    }

    @Test
    void ctuUhb() throws Exception {
        runAll(files(TestData.require("ctu-uhb-ctgdb"), ".hea"), 552);
    }
}
