package org.cardiosleep.app.holter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cardiosleep.app.CliRun;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code bench pauses} on three MIT-BIH records and a broken one: 232's pauses are found, 116's gap
 * in a baseline swing is doubtful on one lead and refuted with two, and the broken record is skipped
 * and named.
 */
class PauseBenchCommandTest {

    @Test
    void scoresPausesAndSkipsABrokenRecord(@TempDir Path tmp) throws Exception {
        Path mitdb = TestData.require("mitdb");
        for (String r : List.of("116", "232", "100")) {
            for (String ext : List.of(".hea", ".dat", ".atr")) {
                Files.copy(mitdb.resolve(r + ext), tmp.resolve(r + ext));
            }
        }
        Files.copy(mitdb.resolve("100.hea"), tmp.resolve("999.hea"));      // names 100.dat: not its own
        Files.writeString(tmp.resolve("999.hea"), Files.readString(tmp.resolve("999.hea")).replace("100.dat", "999.dat"));
        Files.copy(mitdb.resolve("100.atr"), tmp.resolve("999.atr"));
        Path json = tmp.resolve("pauses.json");
        CliRun run = CliRun.of("bench", "pauses", "--data", tmp.toString(), "--json", json.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("skipping 999"), run.err());
        Map<?, ?> report = new ObjectMapper().readValue(json.toFile(), Map.class);
        Map<?, ?> m = (Map<?, ?>) report.get("metrics");
        assertEquals(3, ((Number) m.get("records")).intValue());
        assertEquals(116, ((Number) m.get("referencePauses")).intValue());
        assertEquals(114, ((Number) m.get("true")).intValue());
        assertEquals(0, ((Number) m.get("false")).intValue());
        assertEquals(1, ((Number) m.get("doubtfulOneLead")).intValue(), "116's gap, on one lead");
        assertEquals(0, ((Number) m.get("doubtful")).intValue(), "116's gap refuted by the second lead");
        assertEquals(0, ((Number) m.get("doubtfulTrueOneLead")).intValue());
        assertTrue(((List<?>) report.get("skipped")).get(0).toString().startsWith("999: "));
    }
}
