package org.cardiosleep.app.maternal;

import java.util.Locale;

/** A small self-contained SVG of the event-locked FHR average ± SD. */
final class EventLockedPlot {
    private EventLockedPlot() {
    }

    static String svg(int preSec, double[] mean, double[] sd) {
        int w = 720, h = 360, l = 60, r = 20, t = 30, b = 50;
        double lo = -10, hi = 10;
        for (int k = 0; k < mean.length; k++) {
            if (!Double.isNaN(mean[k])) {
                double s = Double.isNaN(sd[k]) ? 0 : sd[k];
                lo = Math.min(lo, mean[k] - s);
                hi = Math.max(hi, mean[k] + s);
            }
        }
        lo = Math.floor(lo / 5) * 5;
        hi = Math.ceil(hi / 5) * 5;
        double xs = (w - l - r) / (double) (mean.length - 1), ys = (h - t - b) / (hi - lo);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='12'>%n", w, h));
        sb.append("<rect width='100%' height='100%' fill='white'/>\n");
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='18' font-size='14'>FHR change around maternal desaturation onset (mean ± SD)</text>%n", l));
        StringBuilder band = new StringBuilder(), line = new StringBuilder();
        for (int pass = 0; pass < 2; pass++) {
            for (int k = pass == 0 ? 0 : mean.length - 1; pass == 0 ? k < mean.length : k >= 0; k += pass == 0 ? 1 : -1) {
                if (Double.isNaN(mean[k])) {
                    continue;
                }
                double s = Double.isNaN(sd[k]) ? 0 : sd[k];
                double v = pass == 0 ? mean[k] + s : mean[k] - s;
                band.append(String.format(Locale.ROOT, "%s%.1f,%.1f ", band.length() == 0 ? "M" : "L", l + k * xs, t + (hi - v) * ys));
            }
        }
        for (int k = 0; k < mean.length; k++) {
            if (!Double.isNaN(mean[k])) {
                line.append(String.format(Locale.ROOT, "%s%.1f,%.1f ", line.length() == 0 ? "M" : "L", l + k * xs, t + (hi - mean[k]) * ys));
            }
        }
        if (band.length() > 0) {
            sb.append("<path d='").append(band).append("Z' fill='#9ecae1' opacity='0.5'/>\n");
            sb.append("<path d='").append(line).append("' stroke='#08519c' stroke-width='2' fill='none'/>\n");
        }
        double zeroY = t + hi * ys;
        sb.append(String.format(Locale.ROOT, "<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#666' stroke-dasharray='4 3'/>%n", l, w - r, zeroY, zeroY));
        double onsetX = l + preSec * xs;
        sb.append(String.format(Locale.ROOT, "<line x1='%.1f' x2='%.1f' y1='%d' y2='%d' stroke='#c00'/>%n", onsetX, onsetX, t, h - b));
        sb.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' fill='#c00'>onset</text>%n", onsetX + 4, t + 12));
        for (double v = lo; v <= hi + 1e-9; v += 5) {
            double y = t + (hi - v) * ys;
            sb.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' text-anchor='end'>%.0f</text>%n", l - 6, y + 4, v));
        }
        for (int s = -preSec; s <= mean.length - 1 - preSec; s += 60) {
            double x = l + (s + preSec) * xs;
            sb.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle'>%d</text>%n", x, h - b + 18, s));
        }
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>seconds from onset</text>%n", (w + l) / 2, h - 10));
        sb.append(String.format(Locale.ROOT, "<text x='14' y='%d' transform='rotate(-90 14 %d)' text-anchor='middle'>ΔFHR (bpm)</text>%n", (h) / 2, h / 2));
        sb.append("</svg>\n");
        return sb.toString();
    }
}
