package org.cardiosleep.app.report;

/** A {@link Canvas} that writes an inline SVG element. */
final class SvgCanvas implements Canvas {
    private final StringBuilder b = new StringBuilder(4096);
    private final double width, height;

    SvgCanvas(String id, String cssClass, double width, double height, String title) {
        this.width = width;
        this.height = height;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" class=\"").append(cssClass)
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" role=\"img\" aria-label=\"").append(HtmlText.escape(title)).append("\">")
                .append("<title>").append(HtmlText.escape(title)).append("</title>");
    }

    static String n(double v) {
        return Numbers.fixed(v, 1);
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\"/>");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width) {
        b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append("\"/>");
    }

    @Override
    public void polyline(double[] x, double[] y, int count, String stroke, double width) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < count; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                pen = false;
                continue;
            }
            d.append(pen ? 'L' : 'M').append(n(x[i])).append(' ').append(n(y[i]));
            pen = true;
        }
        if (d.length() > 0) {
            b.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(stroke)
                    .append("\" stroke-width=\"").append(n(width)).append("\" stroke-linejoin=\"round\"/>");
        }
    }

    @Override
    public void text(double x, double y, String s, double size, String color, int anchor, boolean bold) {
        String a = anchor == LEFT ? "start" : anchor == CENTER ? "middle" : "end";
        b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" fill=\"").append(color).append("\" text-anchor=\"").append(a).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(HtmlText.escape(s)).append("</text>");
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    String finish() {
        return b.append("</svg>").toString();
    }
}
