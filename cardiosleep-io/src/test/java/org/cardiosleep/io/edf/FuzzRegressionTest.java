package org.cardiosleep.io.edf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the fuzz corpora kept in {@code src/test/resources/org/cardiosleep/io/edf/*Inputs/}
 * (seeds and every input a fuzzing run found crashing) through the fuzz targets, without Jazzer,
 * so the default build checks them in milliseconds.
 */
class FuzzRegressionTest {
    @TempDir
    Path dir;

    @Test
    void talInputs() throws Exception {
        for (Path p : inputs("TalParserFuzzTestInputs/tal")) {
            TalParserFuzzTest.target(Files.readAllBytes(p));
        }
    }

    @Test
    void headerInputs() throws Exception {
        for (Path p : inputs("EdfHeaderFuzzTestInputs/header")) {
            EdfHeaderFuzzTest.target(Files.readAllBytes(p));
        }
    }

    @Test
    void fileInputs() throws Exception {
        for (Path p : inputs("EdfFileFuzzTestInputs/file")) {
            EdfFileFuzzTest.target(dir, Files.readAllBytes(p));
        }
    }

    private static List<Path> inputs(String relative) throws IOException, URISyntaxException {
        Path d = Path.of(FuzzRegressionTest.class.getResource(relative).toURI());
        try (Stream<Path> s = Files.list(d)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            assertTrue(!files.isEmpty(), "no inputs in " + d);
            return files;
        }
    }
}
