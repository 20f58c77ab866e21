package org.cardiosleep.app.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cardiosleep.app.Main;
import org.cardiosleep.io.ishne.IshneWriter;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code info} prints each format's own header fields: WFDB comments, ISHNE subject, lead quality and CRC. */
class InfoCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute(args), err.toString());
        return out.toString();
    }

    @Test
    void ishneDetails(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("h.ecg");
        IshneWriter.write(f, new IshneWriter.Header(LocalDateTime.of(2025, 3, 4, 9, 30), "S-17", 200,
                new int[] {15, 1}, new int[] {2500, 2500}), new short[][] {new short[2000], new short[2000]});
        String text = run("info", f.toString());
        assertTrue(text.contains("(ISHNE)"), text);
        assertTrue(text.contains("subject     S-17"), text);
        assertTrue(text.contains("lead quality V5: unknown; ECG 2: unknown"), text);
        assertTrue(text.contains("header CRC  matches"), text);
        JsonNode j = new ObjectMapper().readTree(run("info", "--json", f.toString())).get(0);
        assertEquals("2025-03-04T09:30", j.get("start").asText());
        assertEquals("S-17", j.get("details").get("subject").asText());
    }

    @Test
    void wfdbHeaderComments() throws Exception {
        Path mitdb = TestData.require("mitdb");
        String text = run("info", mitdb.resolve("100.hea").toString());
        assertTrue(text.contains("comments    69 M 1085 1629 x1 | Aldomet, Inderal"), text);
    }
}
