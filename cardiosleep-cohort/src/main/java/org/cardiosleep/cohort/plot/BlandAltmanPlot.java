package org.cardiosleep.cohort.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import org.cardiosleep.stats.agreement.BlandAltman;

/**
 * Bland–Altman plot (Bland &amp; Altman 1986): difference (a - b) against mean of the two methods,
 * with lines at the bias and the 95 % limits of agreement; PNG, headless, JFreeChart.
 */
public final class BlandAltmanPlot {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private BlandAltmanPlot() {
    }

    public static void writePng(Path file, String title, String unit, double[] a, double[] b, BlandAltman ba)
            throws IOException {
        XYSeries s = new XYSeries("pairs", false, true);
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                s.add((a[i] + b[i]) / 2, a[i] - b[i]);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection(s);
        NumberAxis x = new NumberAxis("mean of the two (" + unit + ")");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("difference, objective - subjective (" + unit + ")");
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, new Color(0x1f, 0x4e, 0x99, 0xb0));
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.addRangeMarker(marker(ba.bias(), String.format(java.util.Locale.ROOT, "bias %.1f", ba.bias()), Color.BLACK));
        plot.addRangeMarker(marker(ba.upperLimit(), String.format(java.util.Locale.ROOT, "+1.96 SD %.1f", ba.upperLimit()), Color.RED));
        plot.addRangeMarker(marker(ba.lowerLimit(), String.format(java.util.Locale.ROOT, "-1.96 SD %.1f", ba.lowerLimit()), Color.RED));
        plot.addRangeMarker(marker(0, null, Color.GRAY));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(new File(file.toString()), chart, 800, 560);
    }

    private static ValueMarker marker(double v, String label, Color c) {
        ValueMarker m = new ValueMarker(v, c, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                label == null ? null : new float[] {6f, 4f}, 0f));
        if (label != null) {
            m.setLabel(label);
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        }
        return m;
    }
}
