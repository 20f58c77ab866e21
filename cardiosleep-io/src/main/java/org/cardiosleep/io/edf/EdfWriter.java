package org.cardiosleep.io.edf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.AtomicFiles;
import org.cardiosleep.io.SignalInfo;

/**
 * Writes EDF+C (or EDF+D, given the onset of every data record) files from digital samples.
 *
 * <p>Digital samples are written exactly; the physical range in the header is the signal's range
 * ({@link SignalInfo#physicalMin()}, {@link SignalInfo#physicalMax()}) rounded to the 8 characters
 * of the field, so the physical scaling read back may differ in the last digits.
 *
 * <p><b>Padding:</b> EDF stores whole data records. When a signal's length is not a multiple of its
 * samples per record, the last record is filled with the digital value of physical zero (the
 * baseline, clamped into the digital range), and the file's sample count is rounded up to whole
 * records. EDF has no field for the true length.
 *
 * <p>Annotations go into an "EDF Annotations" signal, each in the record that contains its onset,
 * with onsets and durations printed exactly ({@link Double#toString} round-trips). Texts are UTF-8
 * and must not contain the TAL separators 0x00, 0x14 or 0x15. The file is written to a temporary
 * file in the target directory and renamed over the target, so no half-written file is left.
 */
public final class EdfWriter {

    /**
     * Header values of the file to write.
     *
     * @param startTime         start of the first sample; sub-second parts become the EDF+ start offset
     * @param patient           EDF+ patient identification ("X X X X" when unknown)
     * @param recordingId       free text appended to the EDF+ "Startdate dd-MMM-yyyy" recording field
     * @param recordDurationSec data record duration; 0 chooses the smallest whole number of seconds
     *                          (at most 60) that holds a whole number of samples of every signal
     * @param recordOnsetsSec   null for EDF+C; for EDF+D the onset (seconds from the start) of each
     *                          data record, non-decreasing without overlap
     */
    public record Header(LocalDateTime startTime, String patient, String recordingId, double recordDurationSec,
                         double[] recordOnsetsSec) {
        /** Continuous recording, 1-s records chosen automatically, anonymous patient. */
        public static Header of(LocalDateTime startTime) {
            return new Header(startTime, "X X X X", "X X X", 0, null);
        }
    }

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
        "OCT", "NOV", "DEC"};

    private EdfWriter() {
    }

    /**
     * Writes an EDF+ file.
     *
     * @param file        target path (replaced atomically)
     * @param signals     one description per signal; label, unit, rate and digital/physical range are used
     * @param digital     digital samples per signal, within the signal's digital range
     * @param annotations annotations with onsets in seconds from the start
     */
    public static void write(Path file, Header header, List<SignalInfo> signals, int[][] digital,
                             List<Annotation> annotations) throws IOException {
        if (signals.size() != digital.length) {
            throw new IllegalArgumentException(signals.size() + " signal descriptions for " + digital.length
                    + " sample arrays");
        }
        if (signals.size() + 1 > 9999) {
            throw new IllegalArgumentException("too many signals for EDF: " + signals.size());
        }
        double dur = header.recordDurationSec() > 0 ? header.recordDurationSec() : chooseDuration(signals);
        int ns = signals.size();
        int[] spr = new int[ns];
        long records = 0;
        for (int i = 0; i < ns; i++) {
            SignalInfo s = signals.get(i);
            double x = s.samplingRateHz() * dur;
            spr[i] = (int) Math.round(x);
            if (spr[i] < 1 || Math.abs(x - spr[i]) > 1e-6) {
                throw new IllegalArgumentException("signal " + s.label() + ": " + s.samplingRateHz()
                        + " Hz is not a whole number of samples per " + dur + "-s record");
            }
            if (s.digitalMin() < Short.MIN_VALUE || s.digitalMax() > Short.MAX_VALUE) {
                throw new IllegalArgumentException("signal " + s.label() + ": digital range " + s.digitalMin()
                        + ".." + s.digitalMax() + " does not fit EDF's 16 bits");
            }
            for (int v : digital[i]) {
                if (v < s.digitalMin() || v > s.digitalMax()) {
                    throw new IllegalArgumentException("signal " + s.label() + ": sample " + v
                            + " outside the digital range " + s.digitalMin() + ".." + s.digitalMax());
                }
            }
            records = Math.max(records, (digital[i].length + spr[i] - 1L) / spr[i]);
        }
        double[] onsets = header.recordOnsetsSec();
        if (onsets != null && onsets.length != records) {
            throw new IllegalArgumentException(onsets.length + " record onsets for " + records + " data records");
        }
        LocalDateTime start = header.startTime().withNano(0);
        double offset = header.startTime().getNano() / 1e9;
        byte[][] tals = annotationBytes(records, dur, onsets, offset, annotations);
        int annBytes = 0;
        for (byte[] t : tals) {
            annBytes = Math.max(annBytes, t.length);
        }
        int annSpr = Math.max(1, (annBytes + 1) / 2);
        byte[] hdr = headerBytes(header, start, dur, records, signals, spr, annSpr, onsets != null);
        long recordCount = records;
        AtomicFiles.write(file, tmp -> {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream os = new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                os.write(hdr);
                int recordBytes = 2 * (Arrays.stream(spr).sum() + annSpr);
                ByteBuffer rec = ByteBuffer.allocate(recordBytes).order(ByteOrder.LITTLE_ENDIAN);
                for (long r = 0; r < recordCount; r++) {
                    rec.clear();
                    for (int i = 0; i < ns; i++) {
                        int[] d = digital[i];
                        short pad = padValue(signals.get(i));
                        long base = r * spr[i];
                        for (int k = 0; k < spr[i]; k++) {
                            long idx = base + k;
                            rec.putShort(idx < d.length ? (short) d[(int) idx] : pad);
                        }
                    }
                    byte[] t = tals[(int) r];
                    rec.put(t);
                    for (int k = t.length; k < 2 * annSpr; k++) {
                        rec.put((byte) 0);
                    }
                    os.write(rec.array(), 0, recordBytes);
                }
            }
        });
    }

    private static short padValue(SignalInfo s) {
        long b = Math.round(s.baseline());
        return (short) Math.max(s.digitalMin(), Math.min(s.digitalMax(), b));
    }

    private static double chooseDuration(List<SignalInfo> signals) {
        for (int d = 1; d <= 60; d++) {
            boolean ok = true;
            for (SignalInfo s : signals) {
                double x = s.samplingRateHz() * d;
                ok &= Math.abs(x - Math.rint(x)) <= 1e-6;
            }
            if (ok) {
                return d;
            }
        }
        throw new IllegalArgumentException("no record duration of 1..60 s holds a whole number of samples"
                + " of every signal; give one in the header");
    }

    /** One TAL block per record: the time-keeping TAL, then the annotations whose onset falls in it. */
    private static byte[][] annotationBytes(long records, double dur, double[] onsets, double offset,
                                            List<Annotation> annotations) {
        if (records > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many data records: " + records);
        }
        int n = (int) Math.max(records, 1);
        StringBuilder[] sb = new StringBuilder[n];
        for (int r = 0; r < n; r++) {
            double on = (onsets != null && r < onsets.length ? onsets[r] : r * dur) + offset;
            sb[r] = new StringBuilder().append(signed(on)).append("\u0014\u0014\u0000");
        }
        for (Annotation a : annotations) {
            String text = a.text();
            if (text.isEmpty() || text.indexOf('\u0000') >= 0 || text.indexOf('\u0014') >= 0
                    || text.indexOf('\u0015') >= 0) {
                throw new IllegalArgumentException("annotation text cannot be written as a TAL: '" + text + "'");
            }
            if (!Double.isFinite(a.onsetSec()) || !(a.durationSec() >= 0) || Double.isInfinite(a.durationSec())) {
                throw new IllegalArgumentException("annotation with a non-finite onset or a bad duration: " + a);
            }
            int r = recordOf(a.onsetSec(), dur, onsets, n);
            sb[r].append(signed(a.onsetSec() + offset));
            if (a.durationSec() > 0) {
                sb[r].append('\u0015').append(plain(a.durationSec()));
            }
            sb[r].append('\u0014').append(text).append("\u0014\u0000");
        }
        byte[][] out = new byte[(int) records][];
        for (int r = 0; r < records; r++) {
            out[r] = sb[r].toString().getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }

    private static int recordOf(double onset, double dur, double[] onsets, int n) {
        if (onsets == null) {
            return (int) Math.max(0, Math.min(n - 1, Math.floor(onset / dur)));
        }
        int i = Arrays.binarySearch(onsets, onset);
        int r = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(n - 1, r));
    }

    private static String signed(double v) {
        return (v < 0 || (v == 0 && 1 / v < 0) ? "-" : "+") + plain(Math.abs(v));
    }

    /** Decimal without exponent, exact for the double (Double.toString round-trips). */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(Double.toString(v)).toPlainString();
    }

    private static byte[] headerBytes(Header h, LocalDateTime start, double dur, long records,
                                      List<SignalInfo> signals, int[] spr, int annSpr, boolean discontinuous) {
        int ns = signals.size() + 1;
        StringBuilder sb = new StringBuilder(256 * (ns + 1));
        field(sb, "0", 8);
        field(sb, h.patient(), 80);
        String date = String.format(Locale.ROOT, "%02d-%s-%04d", start.getDayOfMonth(),
                MONTHS[start.getMonthValue() - 1], start.getYear());
        field(sb, "Startdate " + date + " " + h.recordingId(), 80);
        int year = start.getYear();
        String yy = year >= 1985 && year <= 2084 ? String.format(Locale.ROOT, "%02d", year % 100) : "yy";
        field(sb, String.format(Locale.ROOT, "%02d.%02d.%s", start.getDayOfMonth(), start.getMonthValue(), yy), 8);
        field(sb, String.format(Locale.ROOT, "%02d.%02d.%02d", start.getHour(), start.getMinute(),
                start.getSecond()), 8);
        field(sb, Integer.toString(256 * (ns + 1)), 8);
        field(sb, discontinuous ? "EDF+D" : "EDF+C", 44);
        field(sb, Long.toString(records), 8);
        field(sb, EdfNumbers.fit(dur, 8, "record duration"), 8);
        field(sb, Integer.toString(ns), 4);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < signals.size(); i++) {
            SignalInfo s = signals.get(i);
            String pmin = EdfNumbers.fit(s.physicalMin(), 8, s.label() + " physical minimum");
            String pmax = EdfNumbers.fit(s.physicalMax(), 8, s.label() + " physical maximum");
            if (Double.parseDouble(pmin) == Double.parseDouble(pmax)) {
                throw new IllegalArgumentException("signal " + s.label() + ": physical range collapses to "
                        + pmin + " in 8 characters");
            }
            rows.add(new String[] {s.label(), s.transducer(), s.physicalUnit(), pmin, pmax,
                Integer.toString(s.digitalMin()), Integer.toString(s.digitalMax()), "", Integer.toString(spr[i])});
        }
        rows.add(new String[] {"EDF Annotations", "", "", "-1", "1", "-32768", "32767", "",
            Integer.toString(annSpr)});
        int[] widths = {16, 80, 8, 8, 8, 8, 8, 80, 8};
        for (int f = 0; f < widths.length; f++) {
            for (String[] row : rows) {
                field(sb, row[f], widths[f]);
            }
        }
        for (int i = 0; i < ns; i++) {
            field(sb, "", 32);
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Printable ASCII, left-aligned, space-padded, truncated to the width (EDF header rules). */
    private static void field(StringBuilder sb, String value, int width) {
        String v = value == null ? "" : value;
        int n = 0;
        for (int i = 0; i < v.length() && n < width; i++, n++) {
            char c = v.charAt(i);
            sb.append(c >= 32 && c < 127 ? c : '_');
        }
        for (; n < width; n++) {
            sb.append(' ');
        }
    }
}
