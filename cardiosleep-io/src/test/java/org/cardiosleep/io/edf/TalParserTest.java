package org.cardiosleep.io.edf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TalParserTest {
    private static final Path F = Path.of("t.edf");

    private static List<TalParser.Tal> parse(String s) throws Exception {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return TalParser.parse(F, 0, b, 0, b.length);
    }

    @Test
    void onsetsEqualDoubleParseDouble() throws Exception {
        Random rnd = new Random(7);
        for (int i = 0; i < 20000; i++) {
            String intPart = Long.toString(Math.abs(rnd.nextLong()) % (long) Math.pow(10, 1 + rnd.nextInt(12)));
            String frac = rnd.nextBoolean() ? "" : "." + Long.toString(Math.abs(rnd.nextLong()) % 1_000_000_000L)
                    .substring(0, 1 + rnd.nextInt(3));
            String onset = (rnd.nextBoolean() ? "+" : "-") + intPart + frac;
            String dur = intPart + frac;
            TalParser.Tal t = parse(onset + "\u0015" + dur + "\u0014x\u0014\u0000").get(0);
            assertEquals(Double.parseDouble(onset), t.onsetSec(), onset);
            assertEquals(Double.parseDouble(dur), t.durationSec(), dur);
        }
        assertEquals(123456789012345.6789, parse("+123456789012345.6789\u0014x\u0014\u0000").get(0).onsetSec());
        assertEquals(-0.5, parse("-.5\u0014x\u0014\u0000").get(0).onsetSec());
    }

    @Test
    void severalTextsAndTimeKeeping() throws Exception {
        List<TalParser.Tal> t = parse("+0\u0014\u0014\u0000+3\u00151.5\u0014a\u0014b\u0014\u0000\u0000\u0000");
        assertEquals(2, t.size());
        assertEquals(List.of(""), t.get(0).texts());
        assertEquals(Double.NaN, t.get(0).durationSec());
        assertEquals(List.of("a", "b"), t.get(1).texts());
        assertEquals(1.5, t.get(1).durationSec());
    }

    /**
     * The time-keeping fast path agrees with the full parser: where it gives an onset the parser reads
     * one time-keeping TAL with that onset; elsewhere it declines (NaN) or fails as the parser fails.
     */
    @Test
    void timeKeepingFastPathAgreesWithTheParser() throws Exception {
        String[] slices = {"+0\u0014\u0014\u0000", "+12.5\u0014\u0014\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000",
            "-3\u0014\u0014\u0000\u0000\u0001", "+0\u0014\u0014\u0000+1\u0014ev\u0014\u0000", "+0\u0014\u0014ev\u0014\u0000",
            "+0\u00151\u0014\u0014\u0000", "\u0000\u0000\u0000", "+\u0014\u0014\u0000", "0\u0014\u0014\u0000", "+1.2.3\u0014\u0014\u0000",
            "+0\u0014\u0014", "+0\u0014\u0014\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0007"};
        Random rnd = new Random(11);
        java.util.List<byte[]> cases = new java.util.ArrayList<>();
        for (String t : slices) {
            cases.add(t.getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 5000; i++) { // random padding lengths and a stray byte somewhere
            byte[] b = new byte[8 + rnd.nextInt(60)];
            byte[] head = ("+" + rnd.nextInt(100000) + "\u0014\u0014").getBytes(StandardCharsets.UTF_8);
            System.arraycopy(head, 0, b, 0, Math.min(head.length, b.length));
            if (rnd.nextInt(3) == 0) {
                b[rnd.nextInt(b.length)] = (byte) (1 + rnd.nextInt(120));
            }
            cases.add(b);
        }
        for (byte[] b : cases) {
            byte[] framed = new byte[b.length + 7];
            System.arraycopy(b, 0, framed, 3, b.length); // at an offset, with bytes around it
            framed[0] = framed[framed.length - 1] = 9;
            String full;
            List<TalParser.Tal> tals = null;
            try {
                tals = TalParser.parse(F, 4, framed, 3, b.length);
                full = null;
            } catch (org.cardiosleep.io.RecordingFormatException e) {
                full = e.getMessage();
            }
            double v;
            try {
                v = TalParser.timeKeepingOnly(F, 4, framed, 3, b.length);
            } catch (org.cardiosleep.io.RecordingFormatException e) {
                assertEquals(full, e.getMessage(), "fails as the parser fails");
                continue;
            }
            if (v == v) {
                assertEquals(null, full);
                assertEquals(List.of(new TalParser.Tal(v, Double.NaN, List.of(""))), tals);
            }
        }
    }
}
