package org.cardiosleep.app.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.pheno.analyze.EcgStrip;
import org.cardiosleep.pheno.analyze.EpochTable;
import org.cardiosleep.pheno.analyze.EventTypes;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.NightEvent;

/**
 * The report's charts, drawn on a {@link Canvas}: panels that share one time axis (hypnogram,
 * heart rate, HRV, SpO2, event timeline) and ECG strips on ECG paper (1 mm = 40 ms = 0.1 mV).
 */
final class Charts {
    static final double LEFT = 70, RIGHT = 14, TOP = 22, AXIS = 20;
    static final String INK = "#1f2933", GRID = "#d9dee3", MUTED = "#7b8794", FRAME = "#9aa5b1";
    static final String HR = "#c0392b", HRV = "#2e86c1", SPO2 = "#16a085", REM = "#d35400", SLEEP = "#34495e",
            CPC = "#6c3483", RESP = "#117864", AF = "#8e44ad", LOSS = "#7f8c8d";
    private static final String[] HYPNO_ORDER = {"W", "REM", "Light", "Deep"};
    /**
     * Both canvases are loaded before the first chart is drawn: the compiler then never takes the
     * first one for the only implementation, and does not have to throw away and recompile the chart
     * code when the reports switch from SVG to PDF.
     */
    private static final List<Class<? extends Canvas>> CANVASES = List.of(SvgCanvas.class, PdfCanvas.class);

    private Charts() {
    }

    /** The time axis of a recording: x of a time, tick labels, plot width. */
    static final class TimeAxis {
        final double durationSec, x0, x1;
        final LocalDateTime start;
        final boolean dateKnown;

        TimeAxis(NightAnalysis a, double width) {
            this(a.recording().durationSec(), parse(a.recording().startTime()), true, width);
        }

        /**
         * An axis over {@code durationSec}; {@code start} null labels elapsed h:mm, and without
         * {@code dateKnown} (a clock time only) midnights read "day 2", "day 3", ... instead of dates.
         */
        TimeAxis(double durationSec, LocalDateTime start, boolean dateKnown, double width) {
            this.durationSec = durationSec;
            this.start = start;
            this.dateKnown = dateKnown;
            x0 = LEFT;
            x1 = width - RIGHT;
        }

        static LocalDateTime parse(String iso) {
            try {
                return iso.isEmpty() ? null : LocalDateTime.parse(iso);
            } catch (RuntimeException e) {
                return null;  // unknown start: elapsed hours
            }
        }

        double x(double sec) {
            return x0 + (x1 - x0) * sec / durationSec;
        }

        double tickSec() {
            double[] steps = {600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};
            for (double s : steps) {
                if (durationSec / s <= 12) {
                    return s;
                }
            }
            return 86400 * Math.ceil(durationSec / 86400 / 12);
        }

        String label(double sec) {
            if (start != null) {
                LocalDateTime t = start.plusSeconds((long) sec);
                if (durationSec > 86400 && t.getHour() == 0 && t.getMinute() == 0) {
                    return dateKnown ? Numbers.twoDigits(t.getDayOfMonth()) + "/" + Numbers.twoDigits(t.getMonthValue())
                            : "day " + (java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), t.toLocalDate()) + 1);
                }
                return Numbers.twoDigits(t.getHour()) + ":" + Numbers.twoDigits(t.getMinute());
            }
            long m = Math.round(sec / 60);
            return m / 60 + ":" + Numbers.twoDigits(m % 60);   // elapsed h:mm
        }

        /** Vertical grid lines and, when {@code labels}, tick labels under the plot. */
        void draw(Canvas c, double top, double bottom, boolean labels) {
            double step = tickSec();
            double first = 0;
            if (start != null) {
                double off = (start.getMinute() * 60 + start.getSecond() + start.getHour() * 3600) % step;
                first = off == 0 ? 0 : step - off;
            }
            for (double t = first; t <= durationSec + 1e-6; t += step) {
                double x = x(t);
                c.line(x, top, x, bottom, GRID, 0.6);
                if (labels) {
                    c.text(x, bottom + 13, label(t), 9.5, MUTED, Canvas.CENTER, false);
                }
            }
        }
    }

    static void frame(Canvas c, TimeAxis ax, double top, double bottom, String title, String unit) {
        c.line(ax.x0, bottom, ax.x1, bottom, FRAME, 0.8);
        c.line(ax.x0, top, ax.x0, bottom, FRAME, 0.8);
        c.text(8, 14, title + (unit.isEmpty() ? "" : " (" + unit + ")"), 10.5, INK, Canvas.LEFT, true);
    }

    /** Hypnogram: wake on top, then REM, light and deep sleep; REM drawn as a bar. */
    static void hypnogram(Canvas c, NightAnalysis a, double w, double h) {
        TimeAxis ax = new TimeAxis(a, w);
        double top = TOP, bottom = h - AXIS;
        ax.draw(c, top, bottom, true);
        frame(c, ax, top, bottom, "Hypnogram", "");
        double rowH = (bottom - top) / HYPNO_ORDER.length;
        for (int r = 0; r < HYPNO_ORDER.length; r++) {
            double y = top + rowH * (r + 0.5);
            c.text(ax.x0 - 6, y + 3.5, HYPNO_ORDER[r], 9.5, MUTED, Canvas.RIGHT, false);
            c.line(ax.x0, y, ax.x1, y, GRID, 0.4);
        }
        EpochTable e = a.epochs();
        if (!e.staged()) {
            c.text((ax.x0 + ax.x1) / 2, (top + bottom) / 2 + 4, "Sleep staging not available: "
                    + reason(a, "sleep"), 11, MUTED, Canvas.CENTER, false);
            return;
        }
        int n = e.size();
        double[] xs = new double[2 * n], ys = new double[2 * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int row = row(e.stage()[i]);
            double y = row < 0 ? Double.NaN : top + rowH * (row + 0.5);
            xs[k] = ax.x(i * e.epochSec());
            ys[k++] = y;
            xs[k] = ax.x(Math.min(a.recording().durationSec(), (i + 1) * e.epochSec()));
            ys[k++] = y;
            if (e.stage()[i] == 3) {
                c.rect(xs[k - 2], y - 3, xs[k - 1] - xs[k - 2], 6, REM);
            }
        }
        c.polyline(xs, ys, k, SLEEP, 1.3);
    }

    private static int row(byte stage) {
        return switch (stage) {
            case 0 -> 0;
            case 3 -> 1;
            case 1 -> 2;
            case 2 -> 3;
            default -> -1;
        };
    }

    static String reason(NightAnalysis a, String part) {
        String p = a.parts().getOrDefault(part, "not available");
        return p.startsWith("not available: ") ? p.substring("not available: ".length()) : p;
    }

    /** A per-epoch trend panel (heart rate, RMSSD, coupling); {@code part} names the pipeline part it comes from. */
    static void epochTrend(Canvas c, NightAnalysis a, float[] values, String part, String title, String unit,
                           String color, double w, double h, boolean axisLabels) {
        trend(c, new TimeAxis(a, w), values, a.epochs().epochSec(), title, unit, color, h, axisLabels,
                title + " not available: " + reason(a, part));
    }

    /**
     * A trend panel of values at a fixed step ({@code values[i]} at the middle of step i; NaN leaves a
     * gap), y range from the 2nd-98th percentiles; {@code missing} is shown when no value is finite.
     */
    static void trend(Canvas c, TimeAxis ax, float[] values, double stepSec, String title, String unit, String color,
                      double h, boolean axisLabels, String missing) {
        double top = TOP, bottom = h - (axisLabels ? AXIS : 6);
        ax.draw(c, top, bottom, axisLabels);
        frame(c, ax, top, bottom, title, unit);
        double[] range = robustRange(values);
        if (range == null) {
            c.text((ax.x0 + ax.x1) / 2, (top + bottom) / 2 + 4, missing, 11, MUTED, Canvas.CENTER, false);
            return;
        }
        yTicks(c, ax, top, bottom, range);
        double[] xs = new double[values.length], ys = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            xs[i] = ax.x((i + 0.5) * stepSec);
            double v = Math.max(range[0], Math.min(range[1], values[i]));
            ys[i] = Float.isNaN(values[i]) ? Double.NaN : bottom - (bottom - top) * (v - range[0]) / (range[1] - range[0]);
        }
        c.polyline(xs, ys, values.length, color, 1.1);
    }

    /** SpO2: per plot column the lowest value, so that desaturations stay visible at any width. */
    static void spo2Trend(Canvas c, NightAnalysis a, double w, double h, boolean axisLabels) {
        TimeAxis ax = new TimeAxis(a, w);
        double top = TOP, bottom = h - (axisLabels ? AXIS : 6);
        ax.draw(c, top, bottom, axisLabels);
        frame(c, ax, top, bottom, "SpO2", "%");
        if (a.oximetry() == null) {
            c.text((ax.x0 + ax.x1) / 2, (top + bottom) / 2 + 4, "SpO2 not available: " + reason(a, "oximetry"), 11,
                    MUTED, Canvas.CENTER, false);
            return;
        }
        float[] s = a.oximetry().spo2();
        double fs = a.oximetry().rateHz();
        int cols = (int) Math.max(1, ax.x1 - ax.x0);
        double[] xs = new double[cols], ys = new double[cols];
        double lo = 100;
        float[] colMin = new float[cols];
        java.util.Arrays.fill(colMin, Float.NaN);
        for (int i = 0; i < s.length; i++) {
            if (!(s[i] >= 50 && s[i] <= 100)) {
                continue;
            }
            int col = (int) Math.min(cols - 1, (i / fs) / ax.durationSec * cols);
            if (Float.isNaN(colMin[col]) || s[i] < colMin[col]) {
                colMin[col] = s[i];
            }
        }
        for (float v : colMin) {
            if (!Float.isNaN(v)) {
                lo = Math.min(lo, v);
            }
        }
        double[] range = {Math.max(50, Math.min(88, Math.floor(lo / 2) * 2)), 100};
        yTicks(c, ax, top, bottom, range);
        double y90 = bottom - (bottom - top) * (90 - range[0]) / (range[1] - range[0]);
        if (range[0] < 90) {
            c.line(ax.x0, y90, ax.x1, y90, "#e6b0aa", 0.8);
        }
        for (int k = 0; k < cols; k++) {
            xs[k] = ax.x0 + k + 0.5;
            ys[k] = Float.isNaN(colMin[k]) ? Double.NaN
                    : bottom - (bottom - top) * (colMin[k] - range[0]) / (range[1] - range[0]);
        }
        c.polyline(xs, ys, cols, SPO2, 1.0);
    }

    /** One row per event type, a mark or bar per event. */
    static void eventTimeline(Canvas c, NightAnalysis a, double w, double h) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(EventTypes.AF, "AF");
        rows.put(EventTypes.PAUSE, "Pause");
        rows.put(EventTypes.VENTRICULAR_RUN, "V run");
        rows.put(EventTypes.APNEA, "Apnea");
        rows.put(EventTypes.DESATURATION_3, "Desat ≥3%");
        rows.put(EventTypes.DESATURATION_4, "Desat ≥4%");
        rows.put(EventTypes.ECG_SIGNAL_LOSS, "ECG loss");
        List<Lane> lanes = new ArrayList<>();
        for (Map.Entry<String, String> row : rows.entrySet()) {
            String color = switch (row.getKey()) {
                case EventTypes.AF -> AF;
                case EventTypes.PAUSE, EventTypes.VENTRICULAR_RUN -> HR;
                case EventTypes.ECG_SIGNAL_LOSS -> LOSS;
                default -> SPO2;
            };
            List<double[]> spans = new ArrayList<>();
            for (NightEvent e : a.events()) {
                // a doubtful pause is a stretch the ECG could not be read, as lost signal is
                if (e.type().equals(row.getKey()) || (row.getKey().equals(EventTypes.ECG_SIGNAL_LOSS)
                        && e.type().equals(EventTypes.PAUSE_DOUBTFUL))) {
                    spans.add(new double[] {e.onsetSec(), e.endSec()});
                }
            }
            lanes.add(new Lane(row.getValue(), color, spans));
        }
        lanes(c, new TimeAxis(a, w), h, lanes);
    }

    /** A row of an event timeline: its label, colour and the {start, end} (s) of each event. */
    record Lane(String label, String color, List<double[]> spans) {
    }

    /** An event timeline: one row per lane, a bar per event (at least 1.2 px wide, so short events show). */
    static void lanes(Canvas c, TimeAxis ax, double h, List<Lane> lanes) {
        double top = TOP, bottom = h - AXIS;
        ax.draw(c, top, bottom, true);
        c.line(ax.x0, bottom, ax.x1, bottom, FRAME, 0.8);
        c.text(8, 14, "Events", 10.5, INK, Canvas.LEFT, true);
        double rowH = (bottom - top) / lanes.size();
        int r = 0;
        for (Lane lane : lanes) {
            double y = top + rowH * r;
            c.text(ax.x0 - 6, y + rowH / 2 + 3.5, lane.label(), 9, MUTED, Canvas.RIGHT, false);
            if (r % 2 == 0) {
                c.rect(ax.x0, y, ax.x1 - ax.x0, rowH, "#f5f7fa");
            }
            for (double[] e : lane.spans()) {
                double x = ax.x(e[0]);
                double wid = Math.max(1.2, ax.x(e[1]) - x);
                c.rect(x, y + 2, wid, rowH - 4, lane.color());
            }
            r++;
        }
    }

    /**
     * ECG strip on ECG paper at 25 mm/s: small squares 1 mm (40 ms), large squares 5 mm. The gain is
     * the standard 10 mm/mV, halved (5, then 2.5 mm/mV) when the complexes would not fit in the
     * strip, as on a paper ECG, rather than clipping them into flat-topped pulses that look like
     * amplifier saturation; the gain is printed in the corner, with the strip's time: the clock time
     * when the recording's {@code start} is known (and the day in recordings longer than a day,
     * {@code durationSec}), else the time since the start.
     */
    static void strip(Canvas c, EcgStrip s, double w, double h, LocalDateTime start, double durationSec) {
        double top = 18, left = 6, right = w - 6, bottom = h - 6;
        double seconds = s.mv().length / s.rateHz();
        double pxPerSec = (right - left) / seconds;
        double pxPerMm = 0.04 * pxPerSec;
        c.text(left, 12, s.title(), 10.5, INK, Canvas.LEFT, true);
        c.rect(left, top, right - left, bottom - top, "#fff7f5");
        double mark0 = Double.isNaN(s.markStartSec()) ? Double.NaN : left + (s.markStartSec() - s.startSec()) * pxPerSec;
        double mark1 = Double.isNaN(s.markEndSec()) ? Double.NaN : left + (s.markEndSec() - s.startSec()) * pxPerSec;
        if (!Double.isNaN(mark0)) {
            double a0 = Math.max(left, mark0), a1 = Math.min(right, mark1);
            if (a1 > a0) {
                c.rect(a0, top, a1 - a0, bottom - top, "#fde2c8");
            }
        }
        for (int k = 0; ; k++) {
            double x = left + k * 0.04 * pxPerSec;
            if (x > right + 1e-6) {
                break;
            }
            c.line(x, top, x, bottom, k % 5 == 0 ? "#f1a9a0" : "#fadbd8", k % 5 == 0 ? 0.7 : 0.35);
        }
        double mid = (top + bottom) / 2;
        float[] v = s.mv().clone();
        float[] sorted = v.clone();
        java.util.Arrays.sort(sorted);
        double centre = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        double gain = stripGain(sorted, centre, (bottom - top) / 2 / pxPerMm);
        double pxPerMv = gain * pxPerMm;
        for (int k = -40; k <= 40; k++) {
            double y = mid + k * pxPerMm;
            if (y < top || y > bottom) {
                continue;
            }
            c.line(left, y, right, y, k % 5 == 0 ? "#f1a9a0" : "#fadbd8", k % 5 == 0 ? 0.7 : 0.35);
        }
        double[] xs = new double[v.length], ys = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            xs[i] = left + i / s.rateHz() * pxPerSec;
            double y = mid - (v[i] - centre) * pxPerMv;
            ys[i] = Math.max(top, Math.min(bottom, y));
        }
        c.polyline(xs, ys, v.length, INK, 0.9);
        for (int k = 0; k < s.beatOffsets().length; k++) {
            double x = left + s.beatOffsets()[k] / s.rateHz() * pxPerSec;
            char sym = (char) s.beatSymbols()[k];
            String label = sym == 'U' ? "•" : String.valueOf(sym);
            c.text(x, top + 10, label, 9, sym == 'V' ? HR : MUTED, Canvas.CENTER, sym != 'U');
        }
        c.text(right - 4, bottom - 5, stripTime(s.startSec(), start, durationSec) + ", 25 mm/s, " + Numbers.padded(gain, gain < 5 ? 1 : 0)
                + " mm/mV", 8.5, MUTED, Canvas.RIGHT, false);
    }

    /**
     * The gain (mm/mV) of a strip whose samples, {@code sorted} ascending, are drawn about
     * {@code centre} in a half-height of {@code halfMm}: 10, or 5 or 2.5 when the largest deflection
     * needs it (beyond that the trace is clipped).
     */
    static double stripGain(float[] sorted, double centre, double halfMm) {
        int last = sorted.length - 1;
        while (last >= 0 && Float.isNaN(sorted[last])) {
            last--;     // NaN (no signal) sorts last
        }
        if (last < 0) {
            return 10;
        }
        double reach = Math.max(sorted[last] - centre, centre - sorted[0]);
        double gain = 10;
        while (gain > 2.5 && reach * gain > halfMm) {
            gain /= 2;
        }
        return gain;
    }

    /** "01:34:32" (clock time), "day 2 01:34:32" in a multi-day recording, or "+3:04:32" from the start when unknown. */
    static String stripTime(double sec, LocalDateTime start, double durationSec) {
        if (start == null) {
            return "+" + clock(sec);
        }
        LocalDateTime t = start.plusSeconds(Math.round(sec));
        long day = java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), t.toLocalDate()) + 1;
        return (durationSec > 86400 ? "day " + day + " " : "")
                + t.toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"));
    }

    static String clock(double sec) {
        long s = Math.round(sec);
        return s / 3600 + ":" + Numbers.twoDigits((s / 60) % 60) + ":" + Numbers.twoDigits(s % 60);
    }

    /** 2nd-98th percentile range with 5 % padding, or null when no finite value. */
    private static double[] robustRange(float[] v) {
        float[] f = new float[v.length];
        int n = 0;
        for (float x : v) {
            if (!Float.isNaN(x)) {
                f[n++] = x;
            }
        }
        if (n == 0) {
            return null;
        }
        java.util.Arrays.sort(f, 0, n);
        double lo = f[(int) (0.02 * (n - 1))], hi = f[(int) Math.ceil(0.98 * (n - 1))];
        // a nearly constant trend (a steady breathing rate) is drawn flat, not as magnified jitter
        double mid = (lo + hi) / 2, minSpan = Math.max(1, 0.2 * Math.abs(mid));
        if (hi - lo < minSpan) {
            lo = mid - minSpan / 2;
            hi = mid + minSpan / 2;
        }
        double pad = 0.08 * (hi - lo);
        return new double[] {Math.max(0, lo - pad), hi + pad};
    }

    private static void yTicks(Canvas c, TimeAxis ax, double top, double bottom, double[] range) {
        double span = range[1] - range[0];
        double raw = span / 3;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        for (double t = Math.ceil(range[0] / step) * step; t <= range[1] + 1e-9; t += step) {
            double y = bottom - (bottom - top) * (t - range[0]) / span;
            c.line(ax.x0, y, ax.x1, y, GRID, 0.4);
            c.text(ax.x0 - 5, y + 3.2, SvgCanvas.n(Math.round(t * 10) / 10.0), 9, MUTED, Canvas.RIGHT, false);
        }
    }
}
