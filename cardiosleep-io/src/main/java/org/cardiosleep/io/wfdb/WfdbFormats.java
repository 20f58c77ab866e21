package org.cardiosleep.io.wfdb;

import java.nio.ByteBuffer;

/**
 * Decoders of the WFDB signal storage formats ({@code signal(5)}). Samples of all signals of one
 * file are stored interleaved, frame after frame; a "file sample index" counts them in that order.
 * Every decoder here reads {@code n} samples starting at file sample index {@code k0}.
 */
final class WfdbFormats {
    private WfdbFormats() {
    }

    static boolean isKnown(int format) {
        return switch (format) {
            case 0, 8, 16, 24, 32, 61, 80, 160, 212, 310, 311, 508, 516, 524 -> true;
            default -> false;
        };
    }

    static boolean isFlac(int format) {
        return format == 508 || format == 516 || format == 524;
    }

    /** Bytes occupied by {@code samples} consecutive file samples from index 0 (rounded up). */
    static long bytesFor(int format, long samples) {
        return switch (format) {
            case 8, 80 -> samples;
            case 16, 61, 160 -> 2 * samples;
            case 24 -> 3 * samples;
            case 32 -> 4 * samples;
            case 212 -> (samples / 2) * 3 + (samples % 2 == 0 ? 0 : 2);
            case 310, 311 -> (samples / 3) * 4 + (samples % 3 == 0 ? 0 : (samples % 3 == 1 ? 2 : 4));
            default -> 0;
        };
    }

    /** Whole file samples stored in {@code bytes} bytes. */
    static long samplesIn(int format, long bytes) {
        return switch (format) {
            case 8, 80 -> bytes;
            case 16, 61, 160 -> bytes / 2;
            case 24 -> bytes / 3;
            case 32 -> bytes / 4;
            case 212 -> (bytes / 3) * 2 + (bytes % 3 == 2 ? 1 : 0);
            case 310, 311 -> (bytes / 4) * 3 + (bytes % 4 >= 2 ? 1 : 0);
            default -> 0;
        };
    }

    /**
     * Decodes samples {@code k0 .. k0+n-1} of the file whose data starts at byte {@code base} of
     * {@code buf} into {@code out[outOff ..]}. Format 8 (first differences) is decoded by the caller.
     */
    static void decode(ByteBuffer buf, long base, int format, long k0, int n, int[] out, int outOff) {
        switch (format) {
            case 16 -> {
                int p = (int) (base + 2 * k0);
                for (int i = 0; i < n; i++, p += 2) {
                    out[outOff + i] = (short) ((buf.get(p) & 0xff) | (buf.get(p + 1) << 8));
                }
            }
            case 61 -> {
                int p = (int) (base + 2 * k0);
                for (int i = 0; i < n; i++, p += 2) {
                    out[outOff + i] = (short) ((buf.get(p) << 8) | (buf.get(p + 1) & 0xff));
                }
            }
            case 160 -> {
                int p = (int) (base + 2 * k0);
                for (int i = 0; i < n; i++, p += 2) {
                    out[outOff + i] = ((buf.get(p) & 0xff) | ((buf.get(p + 1) & 0xff) << 8)) - 32768;
                }
            }
            case 80 -> {
                int p = (int) (base + k0);
                for (int i = 0; i < n; i++) {
                    out[outOff + i] = (buf.get(p + i) & 0xff) - 128;
                }
            }
            case 24 -> {
                int p = (int) (base + 3 * k0);
                for (int i = 0; i < n; i++, p += 3) {
                    int v = (buf.get(p) & 0xff) | ((buf.get(p + 1) & 0xff) << 8) | (buf.get(p + 2) << 16);
                    out[outOff + i] = v;
                }
            }
            case 32 -> {
                int p = (int) (base + 4 * k0);
                for (int i = 0; i < n; i++, p += 4) {
                    out[outOff + i] = (buf.get(p) & 0xff) | ((buf.get(p + 1) & 0xff) << 8)
                            | ((buf.get(p + 2) & 0xff) << 16) | (buf.get(p + 3) << 24);
                }
            }
            case 212 -> decode212(buf, base, k0, n, out, outOff);
            case 310 -> decode310(buf, base, k0, n, out, outOff);
            case 311 -> decode311(buf, base, k0, n, out, outOff);
            default -> throw new IllegalArgumentException("format " + format + " is not decoded here");
        }
    }

    /** Format 212: pairs of 12-bit two's complement samples in 3 bytes. */
    private static void decode212(ByteBuffer buf, long base, long k0, int n, int[] out, int outOff) {
        int i = 0;
        long k = k0;
        if ((k & 1) == 1 && n > 0) { // second sample of a pair
            int p = (int) (base + (k >> 1) * 3);
            int b1 = buf.get(p + 1) & 0xff, b2 = buf.get(p + 2) & 0xff;
            out[outOff + i++] = ((((b1 & 0xf0) << 4) | b2) << 20) >> 20;
            k++;
        }
        int p = (int) (base + (k >> 1) * 3);
        for (; i + 1 < n; i += 2, p += 3) {
            int b0 = buf.get(p) & 0xff, b1 = buf.get(p + 1) & 0xff, b2 = buf.get(p + 2) & 0xff;
            out[outOff + i] = ((((b1 & 0x0f) << 8) | b0) << 20) >> 20;
            out[outOff + i + 1] = ((((b1 & 0xf0) << 4) | b2) << 20) >> 20;
        }
        if (i < n) {
            int b0 = buf.get(p) & 0xff, b1 = buf.get(p + 1) & 0xff;
            out[outOff + i] = ((((b1 & 0x0f) << 8) | b0) << 20) >> 20;
        }
    }

    /**
     * Format 310: three 10-bit samples in two little-endian 16-bit words: the first in bits 1–10 of
     * word 0, the second in bits 1–10 of word 1, the third in bits 11–15 of word 0 (low five bits)
     * and of word 1 (high five bits).
     */
    private static void decode310(ByteBuffer buf, long base, long k0, int n, int[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            long k = k0 + i;
            int p = (int) (base + (k / 3) * 4);
            int w0 = (buf.get(p) & 0xff) | ((buf.get(p + 1) & 0xff) << 8);
            int r = (int) (k % 3);
            int v;
            if (r == 0) {
                v = (w0 >> 1) & 0x3ff;
            } else {
                int w1 = (buf.get(p + 2) & 0xff) | ((buf.get(p + 3) & 0xff) << 8);
                v = r == 1 ? (w1 >> 1) & 0x3ff : ((w0 >> 11) & 0x1f) | (((w1 >> 11) & 0x1f) << 5);
            }
            out[outOff + i] = (v << 22) >> 22;
        }
    }

    /** Format 311: three 10-bit samples in one little-endian 32-bit word, bits 0–9, 10–19, 20–29. */
    private static void decode311(ByteBuffer buf, long base, long k0, int n, int[] out, int outOff) {
        for (int i = 0; i < n; i++) {
            long k = k0 + i;
            int p = (int) (base + (k / 3) * 4);
            int w = (buf.get(p) & 0xff) | ((buf.get(p + 1) & 0xff) << 8) | ((buf.get(p + 2) & 0xff) << 16)
                    | ((buf.get(p + 3) & 0xff) << 24);
            int v = (w >>> (10 * (int) (k % 3))) & 0x3ff;
            out[outOff + i] = (v << 22) >> 22;
        }
    }
}
