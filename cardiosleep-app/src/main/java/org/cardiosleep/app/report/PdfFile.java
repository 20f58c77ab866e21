package org.cardiosleep.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * A minimal PDF 1.4 file (ISO 32000-1 section 7.5): numbered indirect objects, a catalog, one pages
 * tree, pages of one size with Flate-compressed content streams, the standard fonts Helvetica (F1) and
 * Helvetica-Bold (F2) in WinAnsiEncoding (not embedded), an Info dictionary, the cross-reference
 * table with byte offsets and the trailer. Objects are written in the order they are finished; the
 * pages tree (object 2) is written last, when the number of pages is known.
 */
final class PdfFile {
    private static final int CATALOG = 1, PAGES = 2, FONT_REGULAR = 3, FONT_BOLD = 4, INFO = 5, FIRST_FREE = 6;

    private final PdfBytes out = new PdfBytes(1 << 16);
    private long[] offsets = new long[64];
    private int nextObject = FIRST_FREE;
    private int[] pageObjects = new int[8];
    private int pages;
    private final double width, height;
    // the fastest level: 12 ms less CPU than the default level for an 8-h night's report, ~20 % larger file
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private byte[] zbuf = new byte[1 << 15];

    /** A file whose pages are {@code width} x {@code height} pt (A4 landscape: 842 x 595). */
    PdfFile(double width, double height) {
        this.width = width;
        this.height = height;
        out.ascii("%PDF-1.4\n%").put(0xe2).put(0xe3).put(0xcf).put(0xd3).put('\n');
        begin(FONT_REGULAR).ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        end();
        begin(FONT_BOLD).ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        end();
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    int pageCount() {
        return pages;
    }

    private PdfBytes begin(int object) {
        if (object >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, object + 1));
        }
        offsets[object] = out.size();
        return out.integer(object).ascii(" 0 obj\n");
    }

    private void end() {
        out.ascii("\nendobj\n");
    }

    /** Appends a page drawn by the content stream {@code content} (operators, uncompressed). */
    void addPage(PdfBytes content) {
        int stream = nextObject++, page = nextObject++;
        deflater.reset();
        deflater.setInput(content.array(), 0, content.size());
        deflater.finish();
        int zlen = 0;
        while (!deflater.finished()) {
            if (zlen == zbuf.length) {
                zbuf = Arrays.copyOf(zbuf, zbuf.length * 2);
            }
            zlen += deflater.deflate(zbuf, zlen, zbuf.length - zlen);
        }
        begin(stream).ascii("<< /Length ").integer(zlen).ascii(" /Filter /FlateDecode >>\nstream\n");
        out.put(zbuf, 0, zlen).ascii("\nendstream");
        end();
        begin(page).ascii("<< /Type /Page /Parent ").integer(PAGES).ascii(" 0 R /MediaBox [0 0 ").num(width).sp()
                .num(height).ascii("] /Resources << /Font << /F1 ").integer(FONT_REGULAR).ascii(" 0 R /F2 ")
                .integer(FONT_BOLD).ascii(" 0 R >> /ProcSet [/PDF /Text] >> /Contents ").integer(stream)
                .ascii(" 0 R >>");
        end();
        if (pages == pageObjects.length) {
            pageObjects = Arrays.copyOf(pageObjects, pages * 2);
        }
        pageObjects[pages++] = page;
    }

    /** Writes the pages tree, catalog, Info, cross-reference table and trailer, then the whole file. */
    void finish(String title, String creator, OutputStream os) throws IOException {
        deflater.end();
        begin(PAGES).ascii("<< /Type /Pages /Count ").integer(pages).ascii(" /Kids [");
        for (int i = 0; i < pages; i++) {
            out.ascii(i == 0 ? "" : " ").integer(pageObjects[i]).ascii(" 0 R");
        }
        out.ascii("] >>");
        end();
        begin(CATALOG).ascii("<< /Type /Catalog /Pages ").integer(PAGES).ascii(" 0 R >>");
        end();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        begin(INFO).ascii("<< /Title ");
        textString(out, title);
        out.ascii(" /Creator ");
        textString(out, creator);
        out.ascii(" /Producer ");
        textString(out, creator);
        // PDF date (ISO 32000-1 7.9.4): D:YYYYMMDDHHmmSS followed by Z for UTC
        out.ascii(" /CreationDate (D:").padded(now.getYear(), 4).padded(now.getMonthValue(), 2)
                .padded(now.getDayOfMonth(), 2).padded(now.getHour(), 2).padded(now.getMinute(), 2)
                .padded(now.getSecond(), 2).ascii("Z) >>");
        end();
        long xref = out.size();
        out.ascii("xref\n0 ").integer(nextObject).ascii("\n0000000000 65535 f\r\n");
        for (int i = 1; i < nextObject; i++) {
            out.padded(offsets[i], 10).ascii(" 00000 n\r\n");
        }
        out.ascii("trailer\n<< /Size ").integer(nextObject).ascii(" /Root ").integer(CATALOG).ascii(" 0 R /Info ")
                .integer(INFO).ascii(" 0 R >>\nstartxref\n").integer(xref).ascii("\n%%EOF\n");
        out.writeTo(os);
        os.flush();
    }

    /**
     * A literal string (ISO 32000-1 7.3.4.2) in WinAnsiEncoding: '\', '(' and ')' escaped, bytes
     * outside printable ASCII as octal escapes, characters the encoding lacks as '?'.
     */
    static void string(PdfBytes b, String s) {
        b.put('(');
        for (int i = 0, len = s.length(); i < len; i++) {
            int c = Helvetica.code(s.charAt(i));
            if (c == '\\' || c == '(' || c == ')') {
                b.put('\\').put(c);
            } else if (c < 32 || c > 126) {
                b.put('\\').put('0' + (c >> 6)).put('0' + ((c >> 3) & 7)).put('0' + (c & 7));
            } else {
                b.put(c);
            }
        }
        b.put(')');
    }

    /** A text string for the Info dictionary: ASCII literal, else UTF-16BE with BOM (ISO 32000-1 7.9.2.2). */
    static void textString(PdfBytes b, String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) >= 32 && s.charAt(i) < 127;
        }
        if (ascii) {
            string(b, s);
            return;
        }
        b.ascii("<FEFF");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            for (int shift = 12; shift >= 0; shift -= 4) {
                b.put("0123456789ABCDEF".charAt((c >> shift) & 15));
            }
        }
        b.put('>');
    }
}
