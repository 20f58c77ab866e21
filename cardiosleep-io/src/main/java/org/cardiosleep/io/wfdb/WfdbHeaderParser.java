package org.cardiosleep.io.wfdb;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cardiosleep.io.RecordingFormatException;

/** Parser of WFDB header text; see {@link WfdbHeader}. */
final class WfdbHeaderParser {
    private final Path file;
    private int lineNo;

    WfdbHeaderParser(Path file) {
        this.file = file;
    }

    WfdbHeader parse(String text) throws RecordingFormatException {
        List<String> comments = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int n = 0;
        for (String raw : text.split("\r?\n|\r", -1)) {
            n++;
            String line = raw.strip();
            int hash = line.indexOf('#');
            if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
                continue;
            }
            if (hash > 0) {
                comments.add(line.substring(hash + 1).strip());
                line = line.substring(0, hash).strip();
            }
            if (line.isEmpty()) {
                continue;
            }
            lines.add(line);
            lineNumbers.add(n);
        }
        if (lines.isEmpty()) {
            throw error("no record line (empty header)");
        }
        lineNo = lineNumbers.get(0);
        String[] rec = lines.get(0).split("\\s+");
        String name = rec[0];
        int segments = 0;
        int slash = name.indexOf('/');
        if (slash >= 0) {
            segments = parseInt(name.substring(slash + 1), "number of segments");
            name = name.substring(0, slash);
            if (segments < 1) {
                throw error("number of segments must be positive: " + segments);
            }
        }
        checkAscii(name, "record name");
        if (rec.length < 2) {
            throw error("record line lacks the number of signals");
        }
        int nsig = parseInt(rec[1], "number of signals");
        if (nsig < 0 || nsig > WfdbHeader.MAX_SIGNALS) {
            throw error("impossible number of signals: " + nsig);
        }
        double fs = 250;
        double counterFreq = 0;
        double baseCounter = 0;
        if (rec.length > 2) {
            String f = rec[2];
            int paren = f.indexOf('(');
            if (paren >= 0) {
                int close = f.indexOf(')', paren);
                if (close < 0) {
                    throw error("unclosed base counter in '" + f + "'");
                }
                baseCounter = parseDouble(f.substring(paren + 1, close), "base counter");
                f = f.substring(0, paren);
            }
            int s = f.indexOf('/');
            if (s >= 0) {
                counterFreq = parseDouble(f.substring(s + 1), "counter frequency");
                f = f.substring(0, s);
            }
            fs = parseDouble(f, "sampling frequency");
            if (!(fs > 0) || Double.isInfinite(fs)) {
                throw error("sampling frequency must be positive: " + rec[2]);
            }
        }
        long nsamp = -1;
        if (rec.length > 3) {
            nsamp = parseLong(rec[3], "number of samples");
            if (nsamp < 0) {
                throw error("negative number of samples: " + nsamp);
            }
        }
        Optional<LocalTime> baseTime = Optional.empty();
        Optional<LocalDate> baseDate = Optional.empty();
        if (rec.length > 4) {
            baseTime = Optional.of(parseTime(rec[4]));
        }
        if (rec.length > 5) {
            baseDate = Optional.of(parseDate(rec[5]));
        }

        List<WfdbSignalSpec> signals = new ArrayList<>();
        List<WfdbHeader.SegmentSpec> segs = new ArrayList<>();
        int expected = segments > 0 ? segments : nsig;
        if (lines.size() - 1 < expected) {
            throw error("header lists " + (lines.size() - 1) + " " + (segments > 0 ? "segment" : "signal")
                    + " lines but the record line announces " + expected);
        }
        if (lines.size() - 1 > expected) {
            lineNo = lineNumbers.get(expected + 1);
            throw error("header has " + (lines.size() - 1) + " " + (segments > 0 ? "segment" : "signal")
                    + " lines but the record line announces " + expected);
        }
        for (int i = 1; i <= expected; i++) {
            lineNo = lineNumbers.get(i);
            if (segments > 0) {
                segs.add(parseSegment(lines.get(i)));
            } else {
                signals.add(parseSignal(lines.get(i)));
            }
        }
        return new WfdbHeader(file, name, segments, nsig, fs, counterFreq, baseCounter, nsamp, baseTime, baseDate,
                List.copyOf(signals), List.copyOf(segs), List.copyOf(comments));
    }

    private WfdbHeader.SegmentSpec parseSegment(String line) throws RecordingFormatException {
        String[] f = line.split("\\s+");
        if (f.length < 2) {
            throw error("segment line needs a record name and a length: '" + line + "'");
        }
        long len = parseLong(f[1], "segment length");
        if (len < 0) {
            throw error("negative segment length: " + len);
        }
        checkAscii(f[0], "segment name");
        return new WfdbHeader.SegmentSpec(f[0], len);
    }

    private WfdbSignalSpec parseSignal(String line) throws RecordingFormatException {
        String[] f = line.split("\\s+", 9);
        if (f.length < 2) {
            throw error("signal line needs a file name and a format: '" + line + "'");
        }
        String fileName = f[0];
        checkAscii(fileName, "signal file name");
        String fmt = f[1];
        long offset = 0;
        int skew = 0;
        int spf = 1;
        int plus = fmt.indexOf('+');
        if (plus >= 0) {
            offset = parseLong(fmt.substring(plus + 1), "byte offset");
            fmt = fmt.substring(0, plus);
            if (offset < 0) {
                throw error("negative byte offset");
            }
        }
        int colon = fmt.indexOf(':');
        if (colon >= 0) {
            skew = parseInt(fmt.substring(colon + 1), "skew");
            fmt = fmt.substring(0, colon);
            if (skew < 0) {
                throw error("negative skew");
            }
        }
        int x = fmt.indexOf('x');
        if (x >= 0) {
            spf = parseInt(fmt.substring(x + 1), "samples per frame");
            fmt = fmt.substring(0, x);
            if (spf < 1 || spf > 1_000_000) {
                throw error("impossible samples per frame: " + spf);
            }
        }
        int format = parseInt(fmt, "signal format");
        if (!WfdbFormats.isKnown(format)) {
            throw error("unknown signal format " + format);
        }
        double gain = 0;
        Integer baseline = null;
        String units = "mV";
        boolean gainGiven = false;
        if (f.length > 2) {
            String g = f[2];
            int s = g.indexOf('/');
            if (s >= 0) {
                units = g.substring(s + 1);
                g = g.substring(0, s);
            }
            int p = g.indexOf('(');
            if (p >= 0) {
                int close = g.indexOf(')', p);
                if (close < 0) {
                    throw error("unclosed baseline in '" + f[2] + "'");
                }
                baseline = parseInt(g.substring(p + 1, close), "baseline");
                g = g.substring(0, p);
            }
            gain = parseDouble(g, "ADC gain");
            // a negative gain is legal (an inverted amplifier, e.g. temperature probes); zero means "default"
            if (Double.isNaN(gain) || Double.isInfinite(gain)) {
                throw error("impossible ADC gain: " + abbreviate(f[2]));
            }
            gainGiven = gain != 0;
        }
        if (gain == 0) {
            gain = 200; // WFDB's default gain (WFDB_DEFGAIN) when absent or zero
        }
        int res = f.length > 3 ? parseInt(f[3], "ADC resolution") : 0;
        int zero = f.length > 4 ? parseInt(f[4], "ADC zero") : 0;
        int init = f.length > 5 ? parseInt(f[5], "initial value") : zero;
        Integer checksum = f.length > 6 ? parseInt(f[6], "checksum") : null;
        int block = f.length > 7 ? parseInt(f[7], "block size") : 0;
        String desc = f.length > 8 ? f[8].strip() : "";
        if (res < 0 || res > 32) {
            throw error("impossible ADC resolution: " + res);
        }
        return new WfdbSignalSpec(fileName, format, spf, skew, offset, gain, baseline == null ? zero : baseline,
                units, res, zero, init, checksum, block, desc, gainGiven);
    }

    private LocalTime parseTime(String s) throws RecordingFormatException {
        try {
            return WfdbTimes.parseTime(s);
        } catch (IllegalArgumentException e) {
            throw error("bad base time '" + abbreviate(s) + "'");
        }
    }

    private LocalDate parseDate(String s) throws RecordingFormatException {
        try {
            String[] p = s.split("/");
            if (p.length != 3) {
                throw error("base date must be DD/MM/YYYY: '" + s + "'");
            }
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        } catch (RuntimeException e) {
            throw error("base date must be DD/MM/YYYY: '" + s + "'");
        }
    }

    private void checkAscii(String s, String what) throws RecordingFormatException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw error("non-ASCII byte in " + what);
            }
        }
    }

    private int parseInt(String s, String what) throws RecordingFormatException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw error("bad " + what + ": '" + abbreviate(s) + "'");
        }
    }

    private long parseLong(String s, String what) throws RecordingFormatException {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw error("bad " + what + ": '" + abbreviate(s) + "'");
        }
    }

    private double parseDouble(String s, String what) throws RecordingFormatException {
        try {
            double d = Double.parseDouble(s);
            if (s.endsWith("d") || s.endsWith("D") || s.endsWith("f") || s.endsWith("F")) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw error("bad " + what + ": '" + abbreviate(s) + "'");
        }
    }

    private static String abbreviate(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && i < 40; i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return s.length() > 40 ? b + "..." : b.toString();
    }

    private RecordingFormatException error(String problem) {
        return new RecordingFormatException(file, "header line " + lineNo + ": " + problem);
    }
}
