package org.cardiosleep.pheno.apnea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.cardiosleep.io.text.ApneaEcgAdditionalInfo;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;

class ApneaEcgRecordTest {

    @Test
    void labelsMatchTheDatabaseTable() throws Exception {
        Path dir = TestData.require("apnea-ecg");
        Map<String, ApneaEcgAdditionalInfo.Row> info = ApneaEcgAdditionalInfo.read(dir.resolve("additional-information.txt"));
        assertEquals(35, info.size());
        for (String name : new String[] {"a01", "b02", "c05"}) {
            ApneaEcgRecord r = ApneaEcgRecord.read(dir, name);
            assertEquals(info.get(name).apneaMin(), r.apneaMinutes(), name);
            int labelled = 0;
            for (int v : r.labels()) {
                labelled += v >= 0 ? 1 : 0;
            }
            // The table counts the started last minute of some records; the .apn labels whole minutes only.
            assertEquals(info.get(name).lengthMin(), labelled, 1, name);
            assertTrue(r.beatTimeSec().length > 20000);
        }
        assertEquals(ApneaClass.A, ApneaClass.ofApneaMinutes(470));
        assertEquals(ApneaClass.B, ApneaClass.ofApneaMinutes(19));
        assertEquals(ApneaClass.C, ApneaClass.ofApneaMinutes(4));
        ApneaEcgRecord x = ApneaEcgRecord.read(dir, "x01");
        assertNull(x.labels());
        assertEquals(70, ApneaEcgRecord.list(dir).size());
    }

    @Test
    void shippedModelFindsApneaInAnApneaNightOnly() throws Exception {
        Path dir = TestData.require("apnea-ecg");
        ApneaDetector d;
        try (java.io.InputStream in = ApneaDetector.class.getResourceAsStream(ApneaDetector.SHIPPED_MODEL)) {
            Path tmp = java.nio.file.Files.createTempFile("apnea", ".gz");
            java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            d = ApneaDetector.load(tmp);
            java.nio.file.Files.delete(tmp);
        }
        // Learning-set extremes the model was trained on: a smoke test of the shipped file, not a benchmark.
        ApneaDetector.Result a = d.detect(ApneaNight.of(ApneaEcgRecord.read(dir, "a04")).features());
        ApneaDetector.Result c = d.detect(ApneaNight.of(ApneaEcgRecord.read(dir, "c03")).features());
        assertEquals(ApneaClass.A, a.recordClass());
        assertEquals(ApneaClass.C, c.recordClass());
    }
}
