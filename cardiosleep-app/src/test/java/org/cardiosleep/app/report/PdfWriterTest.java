package org.cardiosleep.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;

/** The small PDF writer's parts: numbers, strings, font metrics, wrapping and table splitting. */
class PdfWriterTest {
    private static String num(double x) {
        PdfBytes b = new PdfBytes(8);
        b.num(x);
        return new String(b.array(), 0, b.size(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void numbersHaveAtMostTwoDecimals() {
        assertEquals("0", num(0));
        assertEquals("0", num(-0.004));
        assertEquals("3", num(3));
        assertEquals("12.5", num(12.5));
        assertEquals("-2.25", num(-2.25));
        assertEquals("0.05", num(0.049));
        assertEquals("595", num(595.001));
        assertEquals("1234567.89", num(1234567.891));
        assertEquals("0", num(Double.NaN));
    }

    @Test
    void stringsAreEscapedInWinAnsi() {
        PdfBytes b = new PdfBytes(8);
        PdfFile.string(b, "a(b)\\c·é€→");
        assertEquals("(a\\(b\\)\\\\c\\267\\351\\200?)", new String(b.array(), 0, b.size(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void widthsMatchOpenPdfMetrics() throws Exception {
        BaseFont reg = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
        BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false);
        for (String s : new String[] {"Total sleep time", "34.8 %·min/h", "WMij", "µV² é ü – “x”", "(a)\\"}) {
            assertEquals(reg.getWidthPoint(s, 9), Helvetica.width(s, 9, false), 1e-3, s);
            assertEquals(bold.getWidthPoint(s, 13), Helvetica.width(s, 13, true), 1e-3, s);
        }
        assertEquals(278, Helvetica.widths(false)[' '], 0);
        assertEquals(944, Helvetica.widths(true)['W'], 0);
    }

    @Test
    void colourStateFollowsSaveAndRestore() {
        PdfContent c = new PdfContent();
        c.fillColor(0xff0000);
        c.fillColor(0xff0000);
        c.beginClip(0, 0, 10, 10);
        c.fillColor(0x00ff00);
        c.endClip();
        c.fillColor(0x00ff00);   // Q restored red: green must be set again
        String ops = new String(c.bytes().array(), 0, c.bytes().size(), StandardCharsets.ISO_8859_1);
        assertEquals("1 0 0 rg\nq 0 0 10 10 re W n\n0 1 0 rg\nQ\n0 1 0 rg\n", ops);
    }

    @Test
    void wrapKeepsWordsAndWidth() {
        String text = "Desaturations by AASM rules (drop from the maximum of the preceding 120 s, 10-120 s). "
                + "Indices per hour of sleep. Averyveryverylongwordthatdoesnotfitononelineatall end";
        List<String> lines = PdfLayout.wrap(text, 9, false, 120);
        assertTrue(lines.size() > 3);
        for (String l : lines) {
            assertTrue(Helvetica.width(l, 9, false) <= 120 + 1e-9, l);
        }
        assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""));
        assertEquals(List.of("short"), PdfLayout.wrap("short", 9, false, 120));
    }

    @Test
    void longTableSplitsAcrossPagesAndShortOneMovesWhole() throws Exception {
        PdfLayout l = new PdfLayout(new PdfFile(842, 595), 36, 36, 24, 20);
        l.paragraph("Top", 12, true, 0, 0, 0);
        PdfTable big = new PdfTable(3, l.width());
        for (int i = 0; i < 80; i++) {
            big.add(cell("row " + i), cell(Integer.toString(i * i)), cell("v" + i));
        }
        big.draw(l, 10);
        PdfTable small = new PdfTable(2, 300);
        for (int i = 0; i < 30; i++) {
            small.add(cell("small " + i), cell("x"));
        }
        small.draw(l, 10);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        l.finish("t", "c", out);
        PdfReader r = new PdfReader(out.toByteArray());
        assertFalse(r.isRebuilt());
        PdfTextExtractor x = new PdfTextExtractor(r);
        String p1 = x.getTextFromPage(1);
        // 80 rows of about 16 pt are longer than a page: they start on page 1 next to "Top"
        assertTrue(p1.contains("Top") && p1.contains("row 0") && !p1.contains("row 79"), p1);
        int last = r.getNumberOfPages();
        assertTrue(last >= 3, "pages " + last);
        String end = x.getTextFromPage(last);
        // the 30-row table is kept together: on one page whole
        assertTrue(end.contains("small 0") && end.contains("small 29"), end);
        for (int p = 1; p < last; p++) {
            assertFalse(x.getTextFromPage(p).contains("small 0"));
        }
    }

    private static PdfTable.Cell cell(String s) {
        return new PdfTable.Cell(s, 9, false, 0, PdfTable.LEFT, 1, -1, 0xe4e7eb, 3);
    }
}
