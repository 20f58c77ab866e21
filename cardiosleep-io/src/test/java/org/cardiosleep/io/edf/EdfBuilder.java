package org.cardiosleep.io.edf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Builds small EDF/BDF byte arrays field by field, independently of {@link EdfWriter}, so tests can
 * produce both valid files and files broken in exactly one place.
 */
final class EdfBuilder {
    static final class Sig {
        String label, pmin = "-100", pmax = "100", dmin = "-32768", dmax = "32767", spr;

        Sig(String label, int spr) {
            this.label = label;
            this.spr = Integer.toString(spr);
        }
    }

    boolean bdf;
    String version = "0";
    String patient = "X X X X";
    String recording = "Startdate X X X X";
    String date = "02.03.04";
    String time = "05.06.07";
    String headerBytes; // null: computed
    String reserved = "EDF+C";
    String records = "2";
    String duration = "1";
    String signalCount; // null: computed
    final List<Sig> signals = new ArrayList<>();
    /** TAL bytes of record r for the annotation signal (null: no annotation signal content). */
    IntFunction<byte[]> tals = r -> ("+" + r + "\u0014\u0014\u0000").getBytes(StandardCharsets.US_ASCII);
    /** Sample value of signal s, sample k of record r. */
    SampleFn samples = (s, r, k) -> (s + 1) * 1000 + r * 100 + k - 50;
    /** Data section to use instead of generated records (null: generate {@link #records} records). */
    byte[] data;

    interface SampleFn {
        int value(int signal, int record, int k);
    }

    EdfBuilder signal(String label, int spr) {
        signals.add(new Sig(label, spr));
        return this;
    }

    EdfBuilder annotations(int spr) {
        signals.add(new Sig(bdf ? "BDF Annotations" : "EDF Annotations", spr));
        return this;
    }

    EdfBuilder bdf() {
        bdf = true;
        reserved = "BDF+C";
        return this;
    }

    byte[] header() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ns = signals.size();
        if (bdf && version.equals("0")) {
            out.write(0xFF);
            put(out, "BIOSEMI", 7);
        } else {
            put(out, version, 8);
        }
        put(out, patient, 80);
        put(out, recording, 80);
        put(out, date, 8);
        put(out, time, 8);
        put(out, headerBytes != null ? headerBytes : Integer.toString(256 * (ns + 1)), 8);
        put(out, reserved, 44);
        put(out, records, 8);
        put(out, duration, 8);
        put(out, signalCount != null ? signalCount : Integer.toString(ns), 4);
        for (Sig s : signals) {
            put(out, s.label, 16);
        }
        for (Sig s : signals) {
            put(out, "", 80);
        }
        for (Sig s : signals) {
            put(out, "uV", 8);
        }
        for (Sig s : signals) {
            put(out, s.pmin, 8);
        }
        for (Sig s : signals) {
            put(out, s.pmax, 8);
        }
        for (Sig s : signals) {
            put(out, s.dmin, 8);
        }
        for (Sig s : signals) {
            put(out, s.dmax, 8);
        }
        for (Sig s : signals) {
            put(out, "", 80);
        }
        for (Sig s : signals) {
            put(out, s.spr, 8);
        }
        for (Sig s : signals) {
            put(out, "", 32);
        }
        return out.toByteArray();
    }

    byte[] build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header());
        if (data != null) {
            out.writeBytes(data);
            return out.toByteArray();
        }
        int bps = bdf ? 3 : 2;
        int n = lenient(records, 2);
        for (int r = 0; r < n; r++) {
            for (int s = 0; s < signals.size(); s++) {
                Sig sig = signals.get(s);
                int spr = Math.max(0, lenient(sig.spr, 1));
                if (sig.label.endsWith("Annotations")) {
                    byte[] t = tals.apply(r);
                    byte[] block = new byte[spr * bps];
                    System.arraycopy(t, 0, block, 0, Math.min(t.length, block.length));
                    out.writeBytes(block);
                } else {
                    for (int k = 0; k < spr; k++) {
                        int v = samples.value(s, r, k);
                        out.write(v & 0xFF);
                        out.write(v >> 8 & 0xFF);
                        if (bdf) {
                            out.write(v >> 16 & 0xFF);
                        }
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** Broken fields still produce some data: fall back to a default count. */
    private static int lenient(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    Path write(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, build());
        return p;
    }

    private static void put(ByteArrayOutputStream out, String s, int width) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < width; i++) {
            out.write(i < b.length ? b[i] : ' ');
        }
    }
}
