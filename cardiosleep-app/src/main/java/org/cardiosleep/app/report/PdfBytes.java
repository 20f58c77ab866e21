package org.cardiosleep.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer for PDF syntax: ASCII tokens and numbers written straight as bytes (at most
 * two decimals, by integer arithmetic), because String.format in the drawing loops of the charts
 * would cost more than the whole PDF.
 */
final class PdfBytes {
    private byte[] b;
    private int n;

    PdfBytes(int capacity) {
        b = new byte[Math.max(16, capacity)];
    }

    int size() {
        return n;
    }

    byte[] array() {
        return b;
    }

    void reset() {
        n = 0;
    }

    private void ensure(int more) {
        if (n + more > b.length) {
            b = Arrays.copyOf(b, Math.max(b.length * 2, n + more));
        }
    }

    PdfBytes put(int c) {
        ensure(1);
        b[n++] = (byte) c;
        return this;
    }

    PdfBytes put(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, b, n, len);
        n += len;
        return this;
    }

    /** ASCII text (PDF syntax: names, operators, keywords); chars above 0x7f must not occur. */
    PdfBytes ascii(String s) {
        int len = s.length();
        ensure(len);
        for (int i = 0; i < len; i++) {
            b[n++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** A non-negative or negative integer in decimal. */
    PdfBytes integer(long v) {
        if (v < 0) {
            put('-');
            v = -v;
        }
        ensure(20);
        if (v == 0) {
            b[n++] = '0';
            return this;
        }
        int start = n;
        while (v > 0) {
            b[n++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = n - 1; i < j; i++, j--) {
            byte t = b[i];
            b[i] = b[j];
            b[j] = t;
        }
        return this;
    }

    /** A real with at most two decimals (half away from zero), trailing zeros dropped; NaN as 0. */
    PdfBytes num(double x) {
        if (!(Math.abs(x) < 1e12)) {
            x = 0;  // NaN or absurd: PDF readers reject them, and nothing on a page is that far away
        }
        long v = Math.round(Math.abs(x) * 100);
        if (v == 0) {
            return put('0');
        }
        if (x < 0) {
            put('-');
        }
        integer(v / 100);
        int frac = (int) (v % 100);
        if (frac != 0) {
            put('.').put('0' + frac / 10);
            if (frac % 10 != 0) {
                put('0' + frac % 10);
            }
        }
        return this;
    }

    /** A value in [0, 1] (a colour component) with at most three decimals, trailing zeros dropped. */
    PdfBytes num3(double x) {
        int v = (int) Math.round(Math.max(0, Math.min(1, x)) * 1000);
        if (v == 0 || v == 1000) {
            return put(v == 0 ? '0' : '1');
        }
        put('.');
        int d = 100;
        while (v > 0) {
            put('0' + v / d);
            v %= d;
            d /= 10;
        }
        return this;
    }

    /** A number with exactly {@code width} digits, zero-padded (xref offsets, dates). */
    PdfBytes padded(long v, int width) {
        ensure(width);
        for (int i = width - 1; i >= 0; i--) {
            b[n + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        n += width;
        return this;
    }

    PdfBytes sp() {
        return put(' ');
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(b, 0, n);
    }
}
