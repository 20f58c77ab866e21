package org.cardiosleep.io.wfdb;

import java.nio.file.Path;

import org.cardiosleep.io.RecordingFormatException;

/**
 * Decoder of the FLAC streams of WFDB formats 508, 516 and 524 (8-, 16- and 24-bit samples): one
 * FLAC channel per signal of the file, in header order, each holding that signal's samples (all
 * samples of a frame in turn). Follows the FLAC format specification (xiph.org, RFC 9639): the
 * STREAMINFO block, frames of CONSTANT, VERBATIM, FIXED and LPC subframes with Rice-coded
 * residuals, wasted bits and stereo decorrelation. CRCs and the MD5 signature are not checked.
 */
final class WfdbFlac {
    private final Path file;
    private final byte[] b;
    private long bit; // bit position in b
    private int channels;
    private int bitsPerSample;
    private long totalSamples;

    private WfdbFlac(Path file, byte[] b) {
        this.file = file;
        this.b = b;
    }

    /** Stream facts read from the STREAMINFO block. */
    record Info(int channels, int bitsPerSample, long samplesPerChannel) {
    }

    /** Reads the STREAMINFO block. */
    static Info info(Path file, byte[] b) throws RecordingFormatException {
        WfdbFlac d = new WfdbFlac(file, b);
        d.readMetadata(false);
        return new Info(d.channels, d.bitsPerSample, d.totalSamples);
    }

    /** Decodes every sample of every channel; {@code maxSamples} bounds the total. */
    static int[][] decode(Path file, byte[] b, long maxSamples) throws RecordingFormatException {
        WfdbFlac d = new WfdbFlac(file, b);
        try {
            return d.decodeAll(maxSamples);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw d.error("FLAC stream ends in the middle of a frame");
        }
    }

    /** Reads the metadata blocks (or only the first, STREAMINFO, when {@code all} is false). */
    private void readMetadata(boolean all) throws RecordingFormatException {
        if (b.length < 8 || b[0] != 'f' || b[1] != 'L' || b[2] != 'a' || b[3] != 'C') {
            throw error("not a FLAC stream (no 'fLaC' marker)");
        }
        bit = 32;
        boolean last = false;
        boolean sawInfo = false;
        while (!last) {
            need(32);
            last = bits(1) == 1;
            int type = (int) bits(7);
            long len = bits(24);
            long end = bit + 8 * len;
            if (type == 0 && !all) {
                last = true;
            } else if (end > 8L * b.length) {
                throw error("FLAC metadata block runs past the end of the file");
            }
            if ((type == 0) != !sawInfo) {
                throw error("FLAC STREAMINFO must be the first metadata block, and only it");
            }
            if (type == 0) {
                if (len != 34) {
                    throw error("FLAC STREAMINFO block of " + len + " bytes (34 expected)");
                }
                need(34 * 8);
                bits(16);
                bits(16);
                bits(24);
                bits(24); // block sizes and frame sizes
                bits(20); // sample rate
                channels = (int) bits(3) + 1;
                bitsPerSample = (int) bits(5) + 1;
                totalSamples = bits(36);
                sawInfo = true;
            }
            bit = end;
        }
        if (!sawInfo) {
            throw error("FLAC stream without STREAMINFO");
        }
    }

    private int[][] decodeAll(long maxSamples) throws RecordingFormatException {
        readMetadata(true);
        if (totalSamples == 0) {
            throw error("FLAC stream does not state its length");
        }
        if (totalSamples * channels > maxSamples) {
            throw error("FLAC stream of " + totalSamples * channels + " samples is too large to decode");
        }
        int n = (int) totalSamples;
        int[][] out = new int[channels][n];
        int done = 0;
        while (done < n) {
            done += frame(out, done, n - done);
        }
        return out;
    }

    /** Decodes one frame into {@code out[c][at ..]}; returns its block size. */
    private int frame(int[][] out, int at, int room) throws RecordingFormatException {
        if ((bit & 7) != 0) {
            throw error("FLAC frame not byte-aligned");
        }
        need(32);
        if (bits(14) != 0x3ffe) {
            throw error("lost FLAC frame sync at byte " + (bit / 8 - 2));
        }
        bits(2); // reserved, blocking strategy
        int bsCode = (int) bits(4);
        int rateCode = (int) bits(4);
        int chanCode = (int) bits(4);
        int sizeCode = (int) bits(3);
        bits(1);
        skipUtf8();
        int blockSize = switch (bsCode) {
            case 1 -> 192;
            case 2, 3, 4, 5 -> 576 << (bsCode - 2);
            case 6 -> (int) bits(8) + 1;
            case 7 -> (int) bits(16) + 1;
            case 8, 9, 10, 11, 12, 13, 14, 15 -> 256 << (bsCode - 8);
            default -> throw error("reserved FLAC block size");
        };
        if (rateCode == 12) {
            bits(8);
        } else if (rateCode == 13 || rateCode == 14) {
            bits(16);
        } else if (rateCode == 15) {
            throw error("invalid FLAC sample rate code");
        }
        bits(8); // CRC-8
        int bps = switch (sizeCode) {
            case 0 -> bitsPerSample;
            case 1 -> 8;
            case 2 -> 12;
            case 4 -> 16;
            case 5 -> 20;
            case 6 -> 24;
            case 7 -> 32;
            default -> throw error("reserved FLAC sample size");
        };
        int nch = chanCode < 8 ? chanCode + 1 : 2;
        if (chanCode > 10) {
            throw error("reserved FLAC channel assignment");
        }
        if (nch != channels) {
            throw error("FLAC frame has " + nch + " channels, the stream " + channels);
        }
        if (blockSize > room) {
            throw error("FLAC frames hold more samples than the stream states");
        }
        for (int c = 0; c < nch; c++) {
            int extra = (chanCode == 8 && c == 1) || (chanCode == 9 && c == 0) || (chanCode == 10 && c == 1) ? 1 : 0;
            subframe(out[c], at, blockSize, bps + extra);
        }
        decorrelate(chanCode, out, at, blockSize);
        bit = (bit + 7) & ~7L; // zero padding
        bits(16); // CRC-16
        return blockSize;
    }

    private static void decorrelate(int chanCode, int[][] out, int at, int n) {
        int[] l = out[0];
        int[] r = chanCode >= 8 ? out[1] : null;
        for (int i = at; i < at + n && r != null; i++) {
            switch (chanCode) {
                case 8 -> r[i] = l[i] - r[i]; // left, side
                case 9 -> l[i] = l[i] + r[i]; // side, right
                default -> { // mid, side
                    long mid = ((long) l[i] << 1) | (r[i] & 1);
                    long side = r[i];
                    l[i] = (int) ((mid + side) >> 1);
                    r[i] = (int) ((mid - side) >> 1);
                }
            }
        }
    }

    private void subframe(int[] s, int at, int n, int bps) throws RecordingFormatException {
        if (bits(1) != 0) {
            throw error("bad FLAC subframe padding");
        }
        int type = (int) bits(6);
        int wasted = 0;
        if (bits(1) == 1) {
            wasted = 1;
            while (bits(1) == 0) {
                wasted++;
                if (wasted > bps) {
                    throw error("bad FLAC wasted-bits count");
                }
            }
            bps -= wasted;
        }
        if (bps < 1 || bps > 33) {
            throw error("bad FLAC sample size");
        }
        if (type == 0) {
            int v = signed(bps);
            for (int i = 0; i < n; i++) {
                s[at + i] = v;
            }
        } else if (type == 1) {
            for (int i = 0; i < n; i++) {
                s[at + i] = signed(bps);
            }
        } else if (type >= 8 && type <= 12) {
            int order = type - 8;
            warmup(s, at, n, order, bps);
            residual(s, at, n, order);
            fixedPredict(s, at, n, order);
        } else if (type >= 32) {
            int order = (type & 31) + 1;
            warmup(s, at, n, order, bps);
            int precision = (int) bits(4) + 1;
            if (precision == 16) {
                throw error("invalid FLAC LPC precision");
            }
            int shift = signed(5);
            if (shift < 0) {
                throw error("negative FLAC LPC shift");
            }
            int[] coef = new int[order];
            for (int j = 0; j < order; j++) {
                coef[j] = signed(precision);
            }
            residual(s, at, n, order);
            for (int i = at + order; i < at + n; i++) {
                long sum = 0;
                for (int j = 0; j < order; j++) {
                    sum += (long) coef[j] * s[i - 1 - j];
                }
                s[i] += (int) (sum >> shift);
            }
        } else {
            throw error("reserved FLAC subframe type " + type);
        }
        if (wasted > 0) {
            for (int i = at; i < at + n; i++) {
                s[i] <<= wasted;
            }
        }
    }

    private void warmup(int[] s, int at, int n, int order, int bps) throws RecordingFormatException {
        if (order > n) {
            throw error("FLAC predictor order exceeds the block size");
        }
        for (int i = 0; i < order; i++) {
            s[at + i] = signed(bps);
        }
    }

    /** Adds the fixed polynomial predictions to the residuals stored after the warm-up samples. */
    private static void fixedPredict(int[] s, int at, int n, int order) {
        for (int i = at + order; i < at + n; i++) {
            switch (order) {
                case 1 -> s[i] += s[i - 1];
                case 2 -> s[i] += 2 * s[i - 1] - s[i - 2];
                case 3 -> s[i] += 3 * s[i - 1] - 3 * s[i - 2] + s[i - 3];
                case 4 -> s[i] += 4 * s[i - 1] - 6 * s[i - 2] + 4 * s[i - 3] - s[i - 4];
                default -> { }
            }
        }
    }

    /** Rice-coded residuals into {@code s[at + order .. at + n)}. */
    private void residual(int[] s, int at, int n, int order) throws RecordingFormatException {
        int method = (int) bits(2);
        if (method > 1) {
            throw error("reserved FLAC residual coding method");
        }
        int paramBits = method == 0 ? 4 : 5;
        int escape = method == 0 ? 15 : 31;
        int partOrder = (int) bits(4);
        int parts = 1 << partOrder;
        if ((n >> partOrder) < order || (n & (parts - 1)) != 0) {
            throw error("bad FLAC residual partition order");
        }
        int i = at + order;
        for (int p = 0; p < parts; p++) {
            int count = (n >> partOrder) - (p == 0 ? order : 0);
            int k = (int) bits(paramBits);
            if (k == escape) {
                int raw = (int) bits(5);
                for (int j = 0; j < count; j++) {
                    s[i++] = raw == 0 ? 0 : signed(raw);
                }
            } else {
                for (int j = 0; j < count; j++) {
                    long q = 0;
                    while (bits(1) == 0) {
                        if (++q > (1L << 32)) {
                            throw error("runaway FLAC Rice code");
                        }
                    }
                    long v = (q << k) | bits(k);
                    s[i++] = (int) ((v >>> 1) ^ -(v & 1));
                }
            }
        }
    }

    private void skipUtf8() throws RecordingFormatException {
        int first = (int) bits(8);
        int extra = 0;
        while (extra < 7 && (first & (0x80 >> extra)) != 0) {
            extra++;
        }
        for (int i = 1; i < extra; i++) {
            bits(8);
        }
    }

    private int signed(int n) throws RecordingFormatException {
        long v = bits(n);
        return (int) ((v << (64 - n)) >> (64 - n));
    }

    private void need(int n) throws RecordingFormatException {
        if (bit + n > 8L * b.length) {
            throw error("FLAC stream ends early");
        }
    }

    /** Reads {@code n} (0..36) bits, most significant first. */
    private long bits(int n) throws RecordingFormatException {
        if (n == 0) {
            return 0;
        }
        need(n);
        long v = 0;
        for (int left = n; left > 0; ) {
            int byteIdx = (int) (bit >>> 3);
            int off = (int) (bit & 7);
            int take = Math.min(8 - off, left);
            int x = (b[byteIdx] >>> (8 - off - take)) & ((1 << take) - 1);
            v = (v << take) | x;
            bit += take;
            left -= take;
        }
        return v;
    }

    private RecordingFormatException error(String problem) {
        return new RecordingFormatException(file, problem);
    }
}
