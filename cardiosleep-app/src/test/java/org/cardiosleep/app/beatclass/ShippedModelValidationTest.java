package org.cardiosleep.app.beatclass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cardiosleep.pheno.beats.ShippedModelValidation;
import org.junit.jupiter.api.Test;

/** The figures the reports quote for the shipped classifier are those of the committed {@code bench beats} run. */
class ShippedModelValidationTest {
    @Test
    void figuresAreThoseOfTheCommittedBenchmark() throws Exception {
        Path json = Path.of("..", "docs", "benchmarks", "beats.json");
        assertTrue(Files.isRegularFile(json), "run from the cardiosleep-app module: " + json.toAbsolutePath());
        Map<?, ?> m = (Map<?, ?>) new ObjectMapper().readValue(json.toFile(), Map.class).get("metrics");
        assertEquals(((Number) m.get("vebSe")).doubleValue(), ShippedModelValidation.VEB_SE, 1e-9);
        assertEquals(((Number) m.get("vebPpv")).doubleValue(), ShippedModelValidation.VEB_PPV, 1e-9);
        assertEquals(((Number) m.get("vebF1")).doubleValue(), ShippedModelValidation.VEB_F1, 1e-9);
        assertEquals(((Number) m.get("svebSe")).doubleValue(), ShippedModelValidation.SVEB_SE, 1e-9);
        assertEquals(((Number) m.get("svebPpv")).doubleValue(), ShippedModelValidation.SVEB_PPV, 1e-9);
        assertEquals(((Number) m.get("svebF1")).doubleValue(), ShippedModelValidation.SVEB_F1, 1e-9);
    }

    @Test
    void reportNoteQuotesTheRoundedFigures() {
        String note = ShippedModelValidation.reportNote();
        assertTrue(note.contains("found 95 % of ventricular"), note);
        assertTrue(note.contains("only 10 % of supraventricular"), note);
    }
}
