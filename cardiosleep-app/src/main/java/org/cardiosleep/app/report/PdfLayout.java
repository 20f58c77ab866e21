package org.cardiosleep.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Flowing layout on the pages of a {@link PdfFile}: a cursor moves down the page as paragraphs,
 * charts and tables are added, and a new page starts when the next block does not fit. Paragraph
 * lines take 1.5 times the font size, as in OpenPDF's default leading.
 */
final class PdfLayout {
    static final double LEADING = 1.5;

    private final PdfFile file;
    private final PdfContent page = new PdfContent();
    private final double left, right, top, bottom;
    private double y;

    /** A layout on {@code file}'s pages with these margins (pt). */
    PdfLayout(PdfFile file, double left, double right, double top, double bottom) {
        this.file = file;
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
        y = file.height() - top;
    }

    /** The page being filled. */
    PdfContent page() {
        return page;
    }

    double left() {
        return left;
    }

    /** The width between the margins. */
    double width() {
        return file.width() - left - right;
    }

    /** The cursor: the top of the free space, in page coordinates (y up). */
    double y() {
        return y;
    }

    /** Height available on an empty page. */
    double pageHeight() {
        return file.height() - top - bottom;
    }

    boolean atPageTop() {
        return y == file.height() - top;
    }

    boolean fits(double h) {
        return y - h >= bottom - 1e-6;
    }

    /** Moves the cursor down by {@code h}, or to the next page when that much is not left. */
    void take(double h) {
        if (!fits(h)) {
            newPage();
        }
        y -= h;
    }

    /** Vertical space, dropped at the top of a page. */
    void space(double h) {
        if (!atPageTop()) {
            y = Math.max(bottom, y - h);
        }
    }

    /** Ends the current page (when something is on it) and starts a new one. */
    void newPage() {
        if (!page.isEmpty()) {
            file.addPage(page.bytes());
            page.reset();
        }
        y = file.height() - top;
    }

    /** The baseline of a line of {@code size}-pt text in a line box of 1.5 x size starting at the cursor. */
    double lineBaseline(double size) {
        take(size * LEADING);
        return y + size * LEADING * 0.25;
    }

    /** A paragraph, wrapped to the page width. */
    void paragraph(String text, double size, boolean bold, int rgb, double spacingBefore, double spacingAfter) {
        space(spacingBefore);
        for (String line : wrap(PdfReport.clean(text), size, bold, width())) {
            double base = lineBaseline(size);
            page.text(left, base, line, size, rgb, bold);
        }
        space(spacingAfter);
    }

    @FunctionalInterface
    interface Drawing {
        void draw(Canvas c, double w, double h);
    }

    /** A chart of the full width and height {@code h}, on the next page when it does not fit here. */
    void chart(double h, double spacingAfter, Drawing d) {
        if (!fits(h)) {
            newPage();
        }
        page.beginClip(left, y - h, width(), h);
        d.draw(new PdfCanvas(page, left, y), width(), h);
        page.endClip();
        y -= h;
        space(spacingAfter);
    }

    /**
     * Lines of at most {@code width} pt: breaks at spaces; a word longer than a line is broken
     * between characters.
     */
    static List<String> wrap(String text, double size, boolean bold, double width) {
        List<String> lines = new ArrayList<>(2);
        if (Helvetica.width(text, size, bold) <= width) {
            lines.add(text);
            return lines;
        }
        StringBuilder line = new StringBuilder();
        double lineW = 0, space = Helvetica.width(" ", size, bold);
        for (String word : text.split(" ", -1)) {
            double w = Helvetica.width(word, size, bold);
            if (line.length() > 0 && lineW + space + w <= width) {
                line.append(' ').append(word);
                lineW += space + w;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (w > width && word.length() > 1) {
                int k = 1;
                while (k < word.length() && Helvetica.width(word.substring(0, k + 1), size, bold) <= width) {
                    k++;
                }
                lines.add(word.substring(0, k));
                word = word.substring(k);
                w = Helvetica.width(word, size, bold);
            }
            line.append(word);
            lineW = w;
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Ends the last page and writes the file. */
    void finish(String title, String creator, OutputStream out) throws IOException {
        if (!page.isEmpty() || file.pageCount() == 0) {
            file.addPage(page.bytes());
            page.reset();
        }
        file.finish(title, creator, out);
    }
}
