package org.cardiosleep.app.report;

import java.awt.Color;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/** A {@link Canvas} that draws into an OpenPDF template (PDF's y axis points up, so y is flipped). */
final class PdfCanvas implements Canvas {
    private final PdfTemplate t;
    private final float h;
    private final BaseFont regular, bold;

    PdfCanvas(PdfTemplate t, BaseFont regular, BaseFont bold) {
        this.t = t;
        this.h = t.getHeight();
        this.regular = regular;
        this.bold = bold;
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    @Override
    public void rect(double x, double y, double w, double hh, String fill) {
        t.setColorFill(color(fill));
        t.rectangle((float) x, (float) (h - y - hh), (float) w, (float) hh);
        t.fill();
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        t.setColorStroke(color(stroke));
        t.setLineWidth((float) width);
        t.moveTo((float) x1, (float) (h - y1));
        t.lineTo((float) x2, (float) (h - y2));
        t.stroke();
    }

    @Override
    public void polyline(double[] x, double[] y, int n, String stroke, double width) {
        t.setColorStroke(color(stroke));
        t.setLineWidth((float) width);
        t.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        boolean pen = false, any = false;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                pen = false;
                continue;
            }
            if (pen) {
                t.lineTo((float) x[i], (float) (h - y[i]));
            } else {
                t.moveTo((float) x[i], (float) (h - y[i]));
            }
            pen = true;
            any = true;
        }
        if (any) {
            t.stroke();
        }
    }

    @Override
    public void text(double x, double y, String s, double size, String color, int anchor, boolean isBold) {
        t.beginText();
        t.setFontAndSize(isBold ? bold : regular, (float) size);
        t.setColorFill(color(color));
        int align = anchor == LEFT ? PdfContentByte.ALIGN_LEFT : anchor == CENTER ? PdfContentByte.ALIGN_CENTER
                : PdfContentByte.ALIGN_RIGHT;
        t.showTextAligned(align, PdfReport.clean(s), (float) x, (float) (h - y), 0);
        t.endText();
    }
}
