package org.cardiosleep.app.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table on PDF pages: rows of cells with wrapped text, a background and a thin border. Columns are
 * of equal width, as OpenPDF's PdfPTable made them, unless some cell would then wrap: then widths
 * follow the content (each column its widest cell, capped at an equal share when space is short).
 * The table stays on one page when it fits on one (it starts a new page otherwise) and is split
 * between rows when it is longer than a page.
 */
final class PdfTable {
    static final int LEFT = -1, RIGHT = 1;
    private static final double LINE = 1.1, BORDER = 0.5;

    /** One cell; {@code background} -1 for none. */
    record Cell(String text, double size, boolean bold, int color, int align, int span, int background, int border,
            double padding) {
    }

    private final int columns;
    private final double width;
    private final List<Cell[]> rows = new ArrayList<>();

    PdfTable(int columns, double width) {
        this.columns = columns;
        this.width = width;
    }

    void add(Cell... row) {
        rows.add(row);
    }

    /** Column widths that sum to the table's width. */
    double[] columnWidths() {
        double[] natural = new double[columns];
        for (Cell[] row : rows) {
            int col = 0;
            for (Cell c : row) {
                if (c.span() == 1) {
                    double w = Helvetica.width(c.text(), c.size(), c.bold()) + 2 * c.padding() + 1;
                    natural[col] = Math.max(natural[col], w);
                }
                col += c.span();
            }
        }
        double equal = width / columns, sum = 0;
        boolean fitsEqual = true;
        for (double n : natural) {
            fitsEqual &= n <= equal;
            sum += n;
        }
        double[] w = new double[columns];
        if (fitsEqual) {
            java.util.Arrays.fill(w, equal);
            return w;
        }
        if (sum <= width) {
            for (int i = 0; i < columns; i++) {
                w[i] = natural[i] + (width - sum) / columns;
            }
            return w;
        }
        // short of space: narrow columns keep their width, the wide ones share the rest equally
        boolean[] fixed = new boolean[columns];
        double left = width;
        int open = columns;
        for (boolean changed = true; changed; ) {
            changed = false;
            double share = left / open;
            for (int i = 0; i < columns; i++) {
                if (!fixed[i] && natural[i] <= share) {
                    fixed[i] = true;
                    w[i] = natural[i];
                    left -= natural[i];
                    open--;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < columns; i++) {
            if (!fixed[i]) {
                w[i] = left / open;
            }
        }
        return w;
    }

    /** A row laid out: the lines of each cell, the first baseline below the row's top and the height. */
    private record Laid(Cell[] cells, List<List<String>> lines, double[] x, double[] w, double firstBaseline,
            double height) {
    }

    private List<Laid> layout(double x0) {
        double[] cw = columnWidths();
        List<Laid> out = new ArrayList<>(rows.size());
        for (Cell[] row : rows) {
            double[] x = new double[row.length], w = new double[row.length];
            List<List<String>> lines = new ArrayList<>(row.length);
            double maxSize = 0, pad = 0;
            int col = 0;
            for (int k = 0; k < row.length; k++) {
                Cell c = row[k];
                x[k] = x0;
                for (int j = 0; j < col; j++) {
                    x[k] += cw[j];
                }
                for (int j = col; j < col + c.span(); j++) {
                    w[k] += cw[j];
                }
                col += c.span();
                lines.add(PdfLayout.wrap(PdfReport.clean(c.text()), c.size(), c.bold(), w[k] - 2 * c.padding()));
                maxSize = Math.max(maxSize, c.size());
                pad = Math.max(pad, c.padding());
            }
            // first baselines aligned across the row (cap height of Helvetica 0.718 em, plus a little air)
            double first = pad + 0.88 * maxSize, h = 0;
            for (int k = 0; k < row.length; k++) {
                Cell c = row[k];
                h = Math.max(h, first + (lines.get(k).size() - 1) * LINE * c.size() + 0.22 * c.size() + c.padding());
            }
            out.add(new Laid(row, lines, x, w, first, h));
        }
        return out;
    }

    /** Adds the table at the layout's cursor, after {@code spacingBefore}. */
    void draw(PdfLayout l, double spacingBefore) {
        List<Laid> laid = layout(l.left());
        double total = 0;
        for (Laid r : laid) {
            total += r.height();
        }
        l.space(spacingBefore);
        if (!l.fits(total) && total <= l.pageHeight()) {
            l.newPage();   // keep together
        }
        for (Laid r : laid) {
            l.take(r.height());
            double top = l.y() + r.height();
            PdfContent p = l.page();
            for (int k = 0; k < r.cells().length; k++) {
                Cell c = r.cells()[k];
                if (c.background() >= 0) {
                    p.fillRect(r.x()[k], l.y(), r.w()[k], r.height(), c.background());
                }
            }
            for (int k = 0; k < r.cells().length; k++) {
                Cell c = r.cells()[k];
                p.strokeRect(r.x()[k], l.y(), r.w()[k], r.height(), c.border(), BORDER);
                List<String> lines = r.lines().get(k);
                for (int i = 0; i < lines.size(); i++) {
                    String s = lines.get(i);
                    double base = top - r.firstBaseline() - i * LINE * c.size();
                    double tx = c.align() == RIGHT
                            ? r.x()[k] + r.w()[k] - c.padding() - Helvetica.width(s, c.size(), c.bold())
                            : r.x()[k] + c.padding();
                    p.text(tx, base, s, c.size(), c.color(), c.bold());
                }
            }
        }
    }
}
