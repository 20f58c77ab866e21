package org.cardiosleep.pheno.sleep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cardiosleep.io.text.TextAnnotation;
import org.cardiosleep.io.text.RdannTextReader;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WFDB form of slpdb (.st + .ecg) gives the same record as its text export. */
class SlpdbWfdbTest {
    @TempDir
    Path tmp;

    /** Encodes MIT-format annotations (annot(5)): SKIP for long intervals, AUX strings padded to even length. */
    static byte[] encode(long[] samples, int[] codes, String[] aux) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        long prev = 0;
        for (int i = 0; i < samples.length; i++) {
            long dt = samples[i] - prev;
            prev = samples[i];
            if (dt > 1023) {
                word(b, 59 << 10);
                word(b, (int) (dt >>> 16));
                word(b, (int) (dt & 0xffff));
                dt = 0;
            }
            word(b, (codes[i] << 10) | (int) dt);
            if (aux != null && aux[i] != null && !aux[i].isEmpty()) {
                byte[] a = aux[i].getBytes(StandardCharsets.US_ASCII);
                word(b, (63 << 10) | a.length);
                b.write(a, 0, a.length);
                if ((a.length & 1) == 1) {
                    b.write(0);
                }
            }
        }
        word(b, 0);
        return b.toByteArray();
    }

    private static void word(ByteArrayOutputStream b, int w) {
        b.write(w & 0xff);
        b.write((w >>> 8) & 0xff);
    }

    @Test
    void wfdbFormMatchesTextExport() throws Exception {
        Path dir = TestData.require("slpdb-text");
        SlpdbTextRecord text = SlpdbTextRecord.read(dir, "slp01a");
        List<TextAnnotation> st = RdannTextReader.read(dir.resolve("slp01a.an"));
        long[] s = new long[st.size()];
        int[] c = new int[st.size()];
        String[] a = new String[st.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = st.get(i).sample();
            c[i] = 22; // NOTE, printed as " by rdann
            a[i] = st.get(i).aux();
        }
        Files.copy(dir.resolve("slp01a.hea"), tmp.resolve("slp01a.hea"));
        Files.write(tmp.resolve("slp01a.st"), encode(s, c, a));
        double[] t = text.beats().timeSec();
        long[] bs = new long[t.length];
        int[] bc = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            bs[i] = Math.round(t[i] * 250);
            bc[i] = text.beats().type()[i] == 'N' ? 1 : 5; // N or V
        }
        Files.write(tmp.resolve("slp01a.ecg"), encode(bs, bc, null));
        assertEquals(List.of("slp01a"), SlpdbTextRecord.list(tmp));
        SlpdbTextRecord wfdb = SlpdbTextRecord.read(tmp, "slp01a");
        assertEquals(text.hypnogram(), wfdb.hypnogram());
        assertEquals(t.length, wfdb.beats().size());
        assertArrayEquals(t, wfdb.beats().timeSec(), 0.5 / 250);
    }
}
