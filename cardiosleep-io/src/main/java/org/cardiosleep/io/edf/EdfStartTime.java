package org.cardiosleep.io.edf;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cardiosleep.io.RecordingFormatException;

/**
 * The start date-time of an EDF header.
 *
 * <p>EDF (Kemp 1992) stores {@code dd.mm.yy} and {@code hh.mm.ss}; the two-digit year follows the
 * 1985 clipping rule of the EDF+ specification: 85..99 mean 1985..1999, 00..84 mean 2000..2084.
 * EDF+ (Kemp & Olivan 2003, section 2.1.3.3) adds a four-digit year in the recording field
 * ({@code Startdate dd-MMM-yyyy ...}), which wins when present; for years after 2084 the date field
 * holds {@code yy}.
 */
final class EdfStartTime {
    private static final Pattern STARTDATE = Pattern.compile("^Startdate (\\d{2})-([A-Za-z]{3})-(\\d{4})\\b.*");
    private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    private EdfStartTime() {
    }

    static LocalDateTime parse(Path file, String date, String time, String edfPlusRecording)
            throws RecordingFormatException {
        int[] hms = triple(file, time, "start time");
        Matcher m = STARTDATE.matcher(edfPlusRecording);
        Integer fourDigitYear = null;
        if (m.matches()) {
            int month = MONTHS.indexOf(m.group(2).toUpperCase(Locale.ROOT));
            if (month >= 0 && month % 3 == 0) {
                fourDigitYear = Integer.parseInt(m.group(3));
            }
        }
        int[] dmy;
        if (fourDigitYear != null && date.length() == 8 && date.endsWith(".yy")) {
            int[] dm = triple(file, date.substring(0, 6) + "00", "start date");
            dmy = new int[] {dm[0], dm[1], 0};
        } else {
            dmy = triple(file, date, "start date");
        }
        int year = fourDigitYear != null ? fourDigitYear : (dmy[2] >= 85 ? 1900 + dmy[2] : 2000 + dmy[2]);
        return EdfHeader.dateTime(file, year, dmy[1], dmy[0], hms[0], hms[1], hms[2]);
    }

    /** "aa.bb.cc" with two digits each (a space or ':' separator is tolerated, as some writers use it). */
    private static int[] triple(Path file, String s, String field) throws RecordingFormatException {
        if (s.length() != 8 || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(1))
                || !Character.isDigit(s.charAt(3)) || !Character.isDigit(s.charAt(4))
                || !Character.isDigit(s.charAt(6)) || !Character.isDigit(s.charAt(7))
                || ".: ".indexOf(s.charAt(2)) < 0 || ".: ".indexOf(s.charAt(5)) < 0) {
            throw new RecordingFormatException(file, "the " + field + " is not of the form dd.dd.dd: '" + s + "'");
        }
        return new int[] {Integer.parseInt(s.substring(0, 2)), Integer.parseInt(s.substring(3, 5)),
            Integer.parseInt(s.substring(6, 8))};
    }
}
