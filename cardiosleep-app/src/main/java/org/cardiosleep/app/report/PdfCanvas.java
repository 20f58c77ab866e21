package org.cardiosleep.app.report;

/**
 * A {@link Canvas} that draws a chart into a box of a PDF page: chart coordinates (y down, origin
 * at the box's top left) are moved to the box and flipped, as PDF's y axis points up.
 */
final class PdfCanvas implements Canvas {
    private final PdfContent c;
    private final double left, top;

    /** A canvas whose origin is at ({@code left}, {@code top}) in page coordinates (y up). */
    PdfCanvas(PdfContent c, double left, double top) {
        this.c = c;
        this.left = left;
        this.top = top;
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        c.fillRect(left + x, top - y - h, w, h, PdfContent.rgb(fill));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        c.line(left + x1, top - y1, left + x2, top - y2, PdfContent.rgb(stroke), width);
    }

    @Override
    public void polyline(double[] x, double[] y, int n, String stroke, double width) {
        c.strokeColor(PdfContent.rgb(stroke));
        c.lineWidth(width);
        c.lineJoin(1);
        boolean pen = false, any = false;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                pen = false;
                continue;
            }
            if (pen) {
                c.lineTo(left + x[i], top - y[i]);
            } else {
                c.moveTo(left + x[i], top - y[i]);
            }
            pen = true;
            any = true;
        }
        if (any) {
            c.stroke();
        }
    }

    @Override
    public void text(double x, double y, String s, double size, String color, int anchor, boolean bold) {
        String t = PdfReport.clean(s);
        double w = anchor == LEFT ? 0 : Helvetica.width(t, size, bold);
        double x0 = anchor == LEFT ? x : anchor == CENTER ? x - w / 2 : x - w;
        c.text(left + x0, top - y, t, size, PdfContent.rgb(color), bold);
    }
}
