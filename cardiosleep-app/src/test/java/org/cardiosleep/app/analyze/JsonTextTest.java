package org.cardiosleep.app.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void jacksonReadsBackWhatWeWrite() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("s", "a \"quoted\" \\ line\nbreak\u0001");
        m.put("i", 42L);
        m.put("d", 0.1 + 0.2);
        m.put("nan", Double.NaN);
        m.put("nil", null);
        m.put("list", List.of(1, 2.5, "x"));
        m.put("arr", new double[] {-1.5, 3});
        m.put("empty", Map.of());
        JsonNode n = new ObjectMapper().readTree(JsonText.write(m));
        assertEquals(m.get("s"), n.get("s").asText());
        assertEquals(42, n.get("i").asLong());
        assertEquals(0.1 + 0.2, n.get("d").asDouble(), 0);
        assertEquals(true, n.get("nan").isNull());
        assertEquals(true, n.get("nil").isNull());
        assertEquals(2.5, n.get("list").get(1).asDouble());
        assertEquals(-1.5, n.get("arr").get(0).asDouble());
        assertEquals(0, n.get("empty").size());
    }
}
