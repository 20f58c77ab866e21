package org.cardiosleep.app.report;

/**
 * The few drawing operations the report's charts need, so the same chart code draws inline SVG
 * for the HTML report and vector graphics for the PDF. Coordinates in points, y downwards.
 */
interface Canvas {
    int LEFT = -1, CENTER = 0, RIGHT = 1;

    void rect(double x, double y, double w, double h, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double width);

    /** A polyline through the first {@code n} points; a NaN coordinate breaks the line. */
    void polyline(double[] x, double[] y, int n, String stroke, double width);

    /** Text with its baseline at y; {@code anchor} LEFT, CENTER or RIGHT. */
    void text(double x, double y, String s, double size, String color, int anchor, boolean bold);
}
