package org.cardiosleep.app.report;

/**
 * A page's content stream (ISO 32000-1 section 8 and 9): filled rectangles, stroked lines and
 * polylines and single-line text in Helvetica (F1) or Helvetica-Bold (F2), in PDF coordinates
 * (points, origin bottom left, y up). Colours are "#rrggbb"; the current fill and stroke colour,
 * line width and line join are remembered so that repeated state is not written again.
 */
final class PdfContent {
    private final PdfBytes b = new PdfBytes(1 << 15);
    private int fill = 0, stroke = 0;   // PDF's initial colours: black
    private double lineWidth = 1;
    private int lineJoin = 0;
    private int savedFill, savedStroke, savedJoin;
    private double savedWidth;

    PdfBytes bytes() {
        return b;
    }

    boolean isEmpty() {
        return b.size() == 0;
    }

    void reset() {
        b.reset();
        fill = 0;
        stroke = 0;
        lineWidth = 1;
        lineJoin = 0;
    }

    /**
     * Saves the graphics state and clips drawing to a rectangle (as a chart's own box clipped it when
     * it was a form XObject); {@link #endClip()} restores the state. Not nested.
     */
    void beginClip(double x, double y, double w, double h) {
        savedFill = fill;
        savedStroke = stroke;
        savedWidth = lineWidth;
        savedJoin = lineJoin;
        b.ascii("q ").num(x).sp().num(y).sp().num(w).sp().num(h).ascii(" re W n\n");
    }

    void endClip() {
        b.ascii("Q\n");
        fill = savedFill;
        stroke = savedStroke;
        lineWidth = savedWidth;
        lineJoin = savedJoin;
    }

    static int rgb(String hex) {
        return Integer.parseInt(hex, 1, 7, 16);
    }

    private void color(int rgb) {
        b.num3((rgb >> 16 & 255) / 255.0).sp().num3((rgb >> 8 & 255) / 255.0).sp().num3((rgb & 255) / 255.0);
    }

    void fillColor(int rgb) {
        if (rgb != fill) {
            color(rgb);
            b.ascii(" rg\n");
            fill = rgb;
        }
    }

    void strokeColor(int rgb) {
        if (rgb != stroke) {
            color(rgb);
            b.ascii(" RG\n");
            stroke = rgb;
        }
    }

    void lineWidth(double w) {
        if (w != lineWidth) {
            b.num(w).ascii(" w\n");
            lineWidth = w;
        }
    }

    /** 0 miter, 1 round, 2 bevel. */
    void lineJoin(int join) {
        if (join != lineJoin) {
            b.integer(join).ascii(" j\n");
            lineJoin = join;
        }
    }

    void fillRect(double x, double y, double w, double h, int rgb) {
        fillColor(rgb);
        b.num(x).sp().num(y).sp().num(w).sp().num(h).ascii(" re f\n");
    }

    /** The outline of a rectangle, stroked. */
    void strokeRect(double x, double y, double w, double h, int rgb, double width) {
        strokeColor(rgb);
        lineWidth(width);
        b.num(x).sp().num(y).sp().num(w).sp().num(h).ascii(" re S\n");
    }

    void line(double x1, double y1, double x2, double y2, int rgb, double width) {
        strokeColor(rgb);
        lineWidth(width);
        b.num(x1).sp().num(y1).ascii(" m ").num(x2).sp().num(y2).ascii(" l S\n");
    }

    void moveTo(double x, double y) {
        b.num(x).sp().num(y).ascii(" m\n");
    }

    void lineTo(double x, double y) {
        b.num(x).sp().num(y).ascii(" l\n");
    }

    void stroke() {
        b.ascii("S\n");
    }

    /** One line of text with its baseline starting at (x, y). */
    void text(double x, double y, String s, double size, int rgb, boolean bold) {
        fillColor(rgb);
        b.ascii("BT /").ascii(bold ? "F2 " : "F1 ").num(size).ascii(" Tf ").num(x).sp().num(y).ascii(" Td ");
        PdfFile.string(b, s);
        b.ascii(" Tj ET\n");
    }
}
