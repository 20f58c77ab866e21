package org.cardiosleep.io.wfdb;

/**
 * Decoders of the WFDB signal storage formats ({@code signal(5)}). Samples of all signals of one
 * file are stored interleaved, frame after frame; a "file sample index" counts them in that order.
 * Formats 212, 310 and 311 pack samples in groups (2, 3 and 3 samples); decoding always starts at
 * the first sample of a group, from a byte array filled in bulk from the mapped file.
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

    /**
     * The stored value that marks a missing sample in a format: its most negative value (as
     * wfdb-python's {@code _digi_nan}); digital reads return it as stored, physical reads as NaN.
     */
    static int invalidValue(int format) {
        return switch (format) {
            case 8, 80, 508 -> -128;
            case 212 -> -2048;
            case 310, 311 -> -512;
            case 24, 524 -> -8388608;
            case 32 -> Integer.MIN_VALUE;
            default -> -32768;
        };
    }

    /** Samples per packing group: decoding starts at a multiple of it. */
    static int groupSamples(int format) {
        return switch (format) {
            case 212 -> 2;
            case 310, 311 -> 3;
            default -> 1;
        };
    }

    /** Bytes of one full packing group. */
    static int groupBytes(int format) {
        return switch (format) {
            case 8, 80 -> 1;
            case 16, 61, 160 -> 2;
            case 24, 212 -> 3;
            case 32, 310, 311 -> 4;
            default -> 0;
        };
    }

    /**
     * Bytes that hold {@code samples} consecutive file samples from index 0: whole groups, plus the
     * bytes a partial last group needs (as the WFDB library writes and reads them).
     */
    static long bytesFor(int format, long samples) {
        return switch (format) {
            case 8, 80 -> samples;
            case 16, 61, 160 -> 2 * samples;
            case 24 -> 3 * samples;
            case 32 -> 4 * samples;
            case 212 -> (samples / 2) * 3 + (samples % 2 == 0 ? 0 : 2);
            // 310: the second sample of a group lives in the second 16-bit word
            case 310 -> (samples / 3) * 4 + (samples % 3 == 0 ? 0 : (samples % 3 == 1 ? 2 : 4));
            // 311: one 32-bit word, 10 bits per sample: 2 bytes for one sample, 3 for two
            case 311 -> (samples / 3) * 4 + (samples % 3 == 0 ? 0 : (samples % 3 == 1 ? 2 : 3));
            default -> 0;
        };
    }

    /** Whole file samples stored in {@code bytes} bytes (the inverse of {@link #bytesFor}). */
    static long samplesIn(int format, long bytes) {
        return switch (format) {
            case 8, 80 -> bytes;
            case 16, 61, 160 -> bytes / 2;
            case 24 -> bytes / 3;
            case 32 -> bytes / 4;
            case 212 -> (bytes / 3) * 2 + (bytes % 3 == 2 ? 1 : 0);
            case 310 -> (bytes / 4) * 3 + (bytes % 4 >= 2 ? 1 : 0);
            case 311 -> (bytes / 4) * 3 + (bytes % 4 == 3 ? 2 : (bytes % 4 == 2 ? 1 : 0));
            default -> 0;
        };
    }

    /**
     * Decodes {@code n} samples from {@code b[0 ..]}, which starts at a group boundary, into
     * {@code out[0 .. n-1]}. Format 8 (first differences) is decoded by the caller.
     */
    static void decode(byte[] b, int format, int n, int[] out) {
        switch (format) {
            case 16 -> {
                for (int i = 0, p = 0; i < n; i++, p += 2) {
                    out[i] = (short) ((b[p] & 0xff) | (b[p + 1] << 8));
                }
            }
            case 61 -> {
                for (int i = 0, p = 0; i < n; i++, p += 2) {
                    out[i] = (short) ((b[p] << 8) | (b[p + 1] & 0xff));
                }
            }
            case 160 -> {
                for (int i = 0, p = 0; i < n; i++, p += 2) {
                    out[i] = ((b[p] & 0xff) | ((b[p + 1] & 0xff) << 8)) - 32768;
                }
            }
            case 80 -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (b[i] & 0xff) - 128;
                }
            }
            case 24 -> {
                for (int i = 0, p = 0; i < n; i++, p += 3) {
                    out[i] = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | (b[p + 2] << 16);
                }
            }
            case 32 -> {
                for (int i = 0, p = 0; i < n; i++, p += 4) {
                    out[i] = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | ((b[p + 2] & 0xff) << 16) | (b[p + 3] << 24);
                }
            }
            case 212 -> decode212(b, n, out);
            case 310 -> decode310(b, n, out);
            case 311 -> decode311(b, n, out);
            default -> throw new IllegalArgumentException("format " + format + " is not decoded here");
        }
    }

    /** Format 212: pairs of 12-bit two's complement samples in 3 bytes. */
    private static void decode212(byte[] b, int n, int[] out) {
        int i = 0, p = 0;
        for (; i + 1 < n; i += 2, p += 3) {
            int b1 = b[p + 1];
            out[i] = ((b1 << 28) >> 20) | (b[p] & 0xff);
            out[i + 1] = (((b1 & 0xf0) << 24) >> 20) | (b[p + 2] & 0xff);
        }
        if (i < n) {
            out[i] = ((b[p + 1] << 28) >> 20) | (b[p] & 0xff);
        }
    }

    /**
     * Format 310: three 10-bit samples in two little-endian 16-bit words: the first in bits 1–10 of
     * word 0, the second in bits 1–10 of word 1, the third in bits 11–15 of word 0 (low five bits)
     * and of word 1 (high five bits).
     */
    private static void decode310(byte[] b, int n, int[] out) {
        for (int i = 0, p = 0; i < n; i += 3, p += 4) {
            int w0 = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
            out[i] = (((w0 >> 1) & 0x3ff) << 22) >> 22;
            if (i + 1 < n) {
                int w1 = (b[p + 2] & 0xff) | ((b[p + 3] & 0xff) << 8);
                out[i + 1] = (((w1 >> 1) & 0x3ff) << 22) >> 22;
                if (i + 2 < n) {
                    int v = ((w0 >> 11) & 0x1f) | (((w1 >> 11) & 0x1f) << 5);
                    out[i + 2] = (v << 22) >> 22;
                }
            }
        }
    }

    /** Format 311: three 10-bit samples in one little-endian 32-bit word, bits 0–9, 10–19, 20–29. */
    private static void decode311(byte[] b, int n, int[] out) {
        for (int i = 0, p = 0; i < n; i += 3, p += 4) {
            int w = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8);
            if (i + 1 < n) {
                w |= (b[p + 2] & 0xff) << 16;
                if (i + 2 < n) {
                    w |= (b[p + 3] & 0xff) << 24;
                }
            }
            out[i] = ((w & 0x3ff) << 22) >> 22;
            if (i + 1 < n) {
                out[i + 1] = (((w >>> 10) & 0x3ff) << 22) >> 22;
                if (i + 2 < n) {
                    out[i + 2] = (((w >>> 20) & 0x3ff) << 22) >> 22;
                }
            }
        }
    }

    /**
     * Whether {@link #decodeStrided} handles one sample per frame of this format in frames of
     * {@code frameSamples} samples (fixed-width formats, and 212 with an even frame).
     */
    static boolean stridable(int format, int frameSamples) {
        return switch (format) {
            case 16, 61, 160, 80, 24, 32 -> true;
            case 212 -> frameSamples % 2 == 0;
            default -> false;
        };
    }

    /**
     * Decodes one signal that has one sample per frame straight from the bytes: sample {@code i} is
     * file sample {@code i * frameSamples + slot} counted from {@code b[0]} (a frame boundary).
     * Writes {@code nf} samples to {@code dst[d ..]}. Saves decoding the other signals of the file.
     */
    static void decodeStrided(byte[] b, int format, int frameSamples, int slot, int nf, int[] dst, int d) {
        switch (format) {
            case 16 -> {
                int step = 2 * frameSamples;
                for (int i = 0, p = 2 * slot; i < nf; i++, p += step) {
                    dst[d + i] = (short) ((b[p] & 0xff) | (b[p + 1] << 8));
                }
            }
            case 61 -> {
                int step = 2 * frameSamples;
                for (int i = 0, p = 2 * slot; i < nf; i++, p += step) {
                    dst[d + i] = (short) ((b[p] << 8) | (b[p + 1] & 0xff));
                }
            }
            case 160 -> {
                int step = 2 * frameSamples;
                for (int i = 0, p = 2 * slot; i < nf; i++, p += step) {
                    dst[d + i] = ((b[p] & 0xff) | ((b[p + 1] & 0xff) << 8)) - 32768;
                }
            }
            case 80 -> {
                for (int i = 0, p = slot; i < nf; i++, p += frameSamples) {
                    dst[d + i] = (b[p] & 0xff) - 128;
                }
            }
            case 24 -> {
                int step = 3 * frameSamples;
                for (int i = 0, p = 3 * slot; i < nf; i++, p += step) {
                    dst[d + i] = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | (b[p + 2] << 16);
                }
            }
            case 32 -> {
                int step = 4 * frameSamples;
                for (int i = 0, p = 4 * slot; i < nf; i++, p += step) {
                    dst[d + i] = (b[p] & 0xff) | ((b[p + 1] & 0xff) << 8) | ((b[p + 2] & 0xff) << 16) | (b[p + 3] << 24);
                }
            }
            case 212 -> {
                int step = frameSamples / 2 * 3;
                int p = slot / 2 * 3;
                if ((slot & 1) == 0) {
                    for (int i = 0; i < nf; i++, p += step) {
                        dst[d + i] = ((b[p + 1] << 28) >> 20) | (b[p] & 0xff);
                    }
                } else {
                    for (int i = 0; i < nf; i++, p += step) {
                        dst[d + i] = (((b[p + 1] & 0xf0) << 24) >> 20) | (b[p + 2] & 0xff);
                    }
                }
            }
            default -> throw new IllegalArgumentException("format " + format + " is not stridable");
        }
    }
}
