package org.cardiosleep.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.SignalInfo;

/**
 * Reads signals from a CSV file into a {@link CsvRecording}.
 *
 * <p>Layout:
 * <pre>
 * # fs=256                      optional comment lines before the header; "fs" (Hz) and
 * # start=2024-03-01T22:15:00   "start" (ISO local date-time) are understood, others ignored
 * time,ECG (mV),Resp            header row; "name (unit)" or "name [unit]" gives the unit
 * 0.000,0.125,12
 * 0.004,0.130,12
 * </pre>
 * The delimiter is ',' unless the header has ';' or a tab and no ','. The sampling rate comes from
 * a first column named like time ("time", "t", "sec", "seconds", "time_s", "time (s)"): it must
 * be in seconds and uniform, each time within 1% of a sample interval of {@code t0 + i / fs} with
 * {@code fs = (n - 1) / (t_last - t0)}, snapped to a whole or milli-hertz rate when that fits too
 * (printed times are rounded). With a {@code # fs=} comment the time column is optional;
 * when both are given they must agree. The time column is not a signal; its first value is not
 * kept (the first sample is at 0 s).
 */
public final class CsvRecordingReader {
    private static final Pattern FS = Pattern.compile("(?i)^#\\s*(fs|sampling[_ ]?rate)\\s*[=:]\\s*([0-9.eE+-]+)\\s*(hz)?\\s*$");
    private static final Pattern START = Pattern.compile("(?i)^#\\s*start\\s*[=:]\\s*(\\S+)\\s*$");
    private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*[(\\[]([^)\\]]*)[)\\]]\\s*$");

    private CsvRecordingReader() {
    }

    /** Reads {@code file}; the whole file is parsed into memory. */
    public static CsvRecording open(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file, in);
        } catch (NoSuchFileException e) {
            throw new RecordingFormatException(file, "no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new RecordingFormatException(file, "not UTF-8 text");
        }
    }

    private static CsvRecording read(Path file, BufferedReader in) throws IOException {
        double fs = Double.NaN;
        LocalDateTime start = null;
        String header = null;
        long lineNo = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.startsWith("#")) {
                header = t;
                break;
            }
            Matcher m = FS.matcher(t);
            if (m.matches()) {
                fs = parse(file, m.group(2), lineNo, "fs");
                if (!(fs > 0) || Double.isInfinite(fs)) {
                    throw new RecordingFormatException(file, "line " + lineNo + ": sampling rate must be positive: " + t);
                }
            }
            Matcher s = START.matcher(t);
            if (s.matches()) {
                try {
                    start = LocalDateTime.parse(s.group(1));
                } catch (DateTimeParseException e) {
                    throw new RecordingFormatException(file, "line " + lineNo + ": start is not an ISO date-time: "
                            + s.group(1));
                }
            }
        }
        if (header == null) {
            throw new RecordingFormatException(file, "no header row");
        }
        char delim = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';'
                : header.indexOf(',') < 0 && header.indexOf('\t') >= 0 ? '\t' : ',';
        String[] names = split(header, delim);
        if (java.util.Arrays.stream(names).allMatch(CsvRecordingReader::isNumber)) {
            // a headerless file would otherwise lose its first sample and name its channel after it
            throw new RecordingFormatException(file, "line " + lineNo + ": expected a header row of column names"
                    + " (e.g. 'ECG (mV)') before the samples, found numbers: " + (header.length() > 40
                    ? header.substring(0, 40) + "..." : header));
        }
        boolean timeColumn = isTime(names[0]);
        int first = timeColumn ? 1 : 0;
        int channels = names.length - first;
        if (channels < 1) {
            throw new RecordingFormatException(file, "no signal columns in the header: " + header);
        }
        if (!timeColumn && Double.isNaN(fs)) {
            throw new RecordingFormatException(file, "no sampling rate: the first column '" + names[0]
                    + "' is not a time column and there is no '# fs=' comment");
        }
        double[][] cols = new double[names.length][1024];
        int[] decimals = new int[names.length];
        int n = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = split(line, delim);
            if (f.length != names.length) {
                throw new RecordingFormatException(file, "line " + lineNo + ": " + f.length + " fields, the header has "
                        + names.length);
            }
            if (n == cols[0].length) {
                if (n > Integer.MAX_VALUE / 2 - 16) {
                    throw new RecordingFormatException(file, "too many rows");
                }
                for (int c = 0; c < cols.length; c++) {
                    cols[c] = Arrays.copyOf(cols[c], n * 2);
                }
            }
            for (int c = 0; c < f.length; c++) {
                cols[c][n] = parse(file, f[c], lineNo, names[c]);
                decimals[c] = Math.max(decimals[c], decimals(f[c]));
            }
            n++;
        }
        if (n == 0) {
            throw new RecordingFormatException(file, "no data rows");
        }
        if (timeColumn) {
            fs = checkTime(file, cols[0], n, fs);
        }
        List<SignalInfo> infos = new ArrayList<>(channels);
        double[][] values = new double[channels][];
        for (int c = first; c < names.length; c++) {
            double[] v = Arrays.copyOf(cols[c], n);
            values[c - first] = v;
            infos.add(info(names[c], v, decimals[c], fs));
        }
        return new CsvRecording(file, start, infos, values);
    }

    /** Checks the time column is uniform and returns its rate (or checks it against the given one). */
    private static double checkTime(Path file, double[] t, int n, double given) throws RecordingFormatException {
        if (n < 2) {
            if (Double.isNaN(given)) {
                throw new RecordingFormatException(file, "one row cannot give a sampling rate; add '# fs='");
            }
            return given;
        }
        double span = t[n - 1] - t[0];
        if (!(span > 0)) {
            throw new RecordingFormatException(file, "time column does not increase (" + t[0] + " .. " + t[n - 1] + ")");
        }
        double fs = (n - 1) / span;
        // span * |given - fs| is the drift in samples over the file between the two rates
        if (!Double.isNaN(given) && Math.abs(fs - given) * span > 0.01) {
            throw new RecordingFormatException(file, "time column gives " + fs + " Hz but '# fs=' says " + given);
        }
        if (!Double.isNaN(given)) {
            return uniform(file, t, n, given, true);
        }
        // Printed times are rounded, so the estimate is slightly off a nominal rate such as 256 Hz:
        // take a whole or milli-hertz rate when the time column fits it as well.
        for (double nominal : new double[] {Math.rint(fs), Math.rint(fs * 1000) / 1000}) {
            if (nominal > 0 && Math.abs(nominal - fs) <= 1e-4 * fs && uniform(file, t, n, nominal, false) > 0) {
                return nominal;
            }
        }
        return uniform(file, t, n, fs, true);
    }

    /** Returns {@code rate} when every time is within 1% of a sample of the grid; else throws or returns 0. */
    private static double uniform(Path file, double[] t, int n, double rate, boolean strict)
            throws RecordingFormatException {
        double tol = 0.01 / rate;
        for (int i = 0; i < n; i++) {
            double expected = t[0] + i / rate;
            if (Math.abs(t[i] - expected) > tol) {
                if (!strict) {
                    return 0;
                }
                throw new RecordingFormatException(file, "time column is not uniform at data row " + (i + 1) + ": "
                        + t[i] + " s, expected " + expected + " s at " + rate + " Hz");
            }
        }
        return rate;
    }

    private static SignalInfo info(String name, double[] v, int decimals, double fs) {
        String label = name, unit = "";
        Matcher m = UNIT.matcher(name);
        if (m.matches()) {
            label = m.group(1);
            unit = m.group(2).trim();
        }
        double maxAbs = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            maxAbs = Math.max(maxAbs, Math.abs(x));
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        int d = Math.min(decimals, 9);
        while (d > 0 && maxAbs * Math.pow(10, d) > Integer.MAX_VALUE - 1) {
            d--; // keep the digital view within int
        }
        double gain = Math.pow(10, d);
        if (maxAbs * gain > Integer.MAX_VALUE - 1) {
            gain = (Integer.MAX_VALUE - 1) / maxAbs; // values beyond int at unit resolution: scale down
        }
        int dmin = (int) Math.floor(min * gain), dmax = (int) Math.ceil(max * gain);
        if (dmax <= dmin) {
            dmax = dmin + 1;
        }
        return new SignalInfo(label, "", unit, fs, v.length, gain, 0, dmin, dmax);
    }

    private static boolean isTime(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_()\\[\\]]", "");
        return n.equals("time") || n.equals("t") || n.equals("sec") || n.equals("seconds") || n.equals("times")
                || n.equals("timesec") || n.equals("elapsedtime") || n.equals("elapsedtimes") || n.equals("ts");
    }

    private static String[] split(String line, char delim) {
        String[] f = line.split(Pattern.quote(String.valueOf(delim)), -1);
        for (int i = 0; i < f.length; i++) {
            String s = f[i].strip();
            if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                s = s.substring(1, s.length() - 1).strip();
            }
            f[i] = s;
        }
        return f;
    }

    private static int decimals(String s) {
        int dot = s.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        return e < 0 ? s.length() - dot - 1 : 6;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double parse(Path file, String s, long line, String column) throws RecordingFormatException {
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v) && !s.isEmpty() && !Character.isLetter(s.charAt(s.length() - 1))) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RecordingFormatException(file, "line " + line + ", column '" + column + "': not a number: '"
                + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "'");
    }
}
