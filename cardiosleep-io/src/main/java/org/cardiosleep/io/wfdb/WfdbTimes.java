package org.cardiosleep.io.wfdb;

import java.time.LocalTime;

/** WFDB base-time strings: {@code HH:MM:SS[.sss]}, {@code MM:SS}, or seconds. */
final class WfdbTimes {
    private WfdbTimes() {
    }

    static LocalTime parseTime(String s) {
        try {
            String[] p = s.split(":");
            int h = 0, m = 0;
            double sec;
            if (p.length == 3) {
                h = Integer.parseInt(p[0]);
                m = Integer.parseInt(p[1]);
                sec = Double.parseDouble(p[2]);
            } else if (p.length == 2) {
                m = Integer.parseInt(p[0]);
                sec = Double.parseDouble(p[1]);
            } else {
                sec = Double.parseDouble(p[0]);
            }
            if (h < 0 || m < 0 || sec < 0 || !Double.isFinite(sec)) {
                throw new IllegalArgumentException("negative time");
            }
            long nanos = Math.round(((h * 60L + m) * 60 + sec) * 1e9) % (86_400L * 1_000_000_000L);
            return LocalTime.ofNanoOfDay(nanos);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad base time '" + s + "'", e);
        }
    }
}
