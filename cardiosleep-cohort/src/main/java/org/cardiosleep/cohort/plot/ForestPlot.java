package org.cardiosleep.cohort.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/** A forest plot (estimate and confidence interval per row) written headless to PNG with JFreeChart. */
public final class ForestPlot {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    /**
     * One row: a label, its estimate and interval, on the link scale.
     */
    public record Row(String label, double estimate, double ciLower, double ciUpper) {
    }

    private ForestPlot() {
    }

    /**
     * Writes the plot. When {@code ratioScale} the link-scale values are exponentiated (odds or rate
     * ratios) on a log axis with the null line at 1, otherwise the null line is at 0.
     */
    public static void writePng(Path file, String title, String axisLabel, List<Row> rows, boolean ratioScale)
            throws IOException {
        XYIntervalSeries s = new XYIntervalSeries("estimate");
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = rows.size() - 1 - i; // first row on top
            labels[y] = r.label();
            double e = ratioScale ? Math.exp(r.estimate()) : r.estimate();
            double lo = ratioScale ? Math.exp(r.ciLower()) : r.ciLower();
            double hi = ratioScale ? Math.exp(r.ciUpper()) : r.ciUpper();
            if (Double.isFinite(e) && Double.isFinite(lo) && Double.isFinite(hi)) {
                s.add(e, lo, hi, y, y, y);
            }
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        ValueAxis x;
        if (ratioScale) {
            LogAxis log = new LogAxis(axisLabel);
            log.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
            log.setSmallestValue(1e-6);
            x = log;
        } else {
            NumberAxis lin = new NumberAxis(axisLabel);
            lin.setAutoRangeIncludesZero(true);
            x = lin;
        }
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setGridBandsVisible(false);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setErrorPaint(Color.DARK_GRAY);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        renderer.setSeriesPaint(0, new Color(0x1f, 0x4e, 0x99));
        renderer.setDefaultLinesVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinesVisible(false);
        ValueMarker nullLine = new ValueMarker(ratioScale ? 1.0 : 0.0, Color.RED, new BasicStroke(1f));
        plot.addDomainMarker(nullLine);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        int height = Math.max(240, 90 + 28 * rows.size());
        ChartUtils.saveChartAsPNG(new File(file.toString()), chart, 900, height);
    }
}
