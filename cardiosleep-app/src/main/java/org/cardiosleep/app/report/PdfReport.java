package org.cardiosleep.app.report;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.cardiosleep.pheno.analyze.EcgStrip;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.RecordingSummary;

/** The PDF report (A4 landscape, OpenPDF): the same cards, charts, strips and tables as the HTML report. */
public final class PdfReport {
    private PdfReport() {
    }

    public static void write(NightAnalysis a, String version, OutputStream out) throws Exception {
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 24, 20);
        PdfWriter w = PdfWriter.getInstance(doc, out);
        doc.addTitle("cardiosleep night report: " + a.recording().source());
        doc.addCreator("cardiosleep " + version);
        doc.open();
        BaseFont reg = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
        BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false);
        Font h1 = new Font(bold, 18), h2 = new Font(bold, 12.5f), body = new Font(reg, 9),
                small = new Font(reg, 7.5f, Font.NORMAL, new Color(0x61, 0x6e, 0x7c)), cellBold = new Font(bold, 9);
        float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();

        RecordingSummary r = a.recording();
        Paragraph title = new Paragraph();
        title.add(new Chunk("cardiosleep", new Font(bold, 18, Font.NORMAL, new Color(0x2e, 0x86, 0xc1))));
        title.add(new Chunk(" night report", h1));
        doc.add(title);
        doc.add(new Paragraph(r.source() + " (" + r.format() + ") · "
                + (r.startTime().isEmpty() ? "start unknown" : "start " + r.startTime().replace('T', ' ')) + " · "
                + HtmlReport.duration(r.durationSec()) + " · ECG " + r.ecgChannel() + " at "
                + SvgCanvas.n(r.ecgRateHz()) + " Hz" + (r.spo2Channel().isEmpty() ? " · no SpO2" : " · SpO2 "
                + r.spo2Channel()), small));

        List<ReportModel.Card> cards = ReportModel.cards(a);
        PdfPTable ct = new PdfPTable(5);
        ct.setWidthPercentage(100);
        ct.setSpacingBefore(8);
        for (ReportModel.Card c : cards) {
            PdfPCell cell = new PdfPCell();
            cell.setBorderColor(new Color(0xe4, 0xe7, 0xeb));
            cell.setPadding(3);
            cell.addElement(new Paragraph(c.label().toUpperCase(java.util.Locale.ROOT), small));
            boolean na = ReportModel.NA.equals(c.value());
            cell.addElement(new Paragraph(c.value(), na ? small : new Font(bold, 13)));
            ct.addCell(cell);
        }
        doc.add(ct);

        doc.add(spaced("The night at a glance", h2));
        PdfContentByte cb = w.getDirectContent();
        doc.add(chart(cb, reg, bold, width, 88, (c, wd, ht) -> Charts.hypnogram(c, a, wd, ht)));
        doc.add(chart(cb, reg, bold, width, 62, (c, wd, ht) -> Charts.epochTrend(c, a, a.epochs().hrBpm(),
                "Heart rate", "bpm", Charts.HR, wd, ht, false)));
        doc.add(chart(cb, reg, bold, width, 62, (c, wd, ht) -> Charts.epochTrend(c, a, a.epochs().rmssdMs(),
                "RMSSD", "ms", Charts.HRV, wd, ht, false)));
        doc.add(chart(cb, reg, bold, width, 62, (c, wd, ht) -> Charts.spo2Trend(c, a, wd, ht, false)));
        doc.add(chart(cb, reg, bold, width, 96, (c, wd, ht) -> Charts.eventTimeline(c, a, wd, ht)));

        if (!a.strips().isEmpty()) {
            doc.newPage();
            doc.add(spaced("ECG strips", h2));
            for (EcgStrip s : a.strips()) {
                doc.add(chart(cb, reg, bold, width, 150, (c, wd, ht) -> Charts.strip(c, s, wd, ht)));
            }
        }

        doc.newPage();
        doc.add(spaced("Phenotypes", h2));
        for (ReportModel.Table t : ReportModel.tables(a)) {
            PdfPTable pt = new PdfPTable(t.header().length);
            pt.setWidthPercentage(t.header().length > 3 ? 100 : 70);
            pt.setHorizontalAlignment(Element.ALIGN_LEFT);
            pt.setSpacingBefore(10);
            pt.setKeepTogether(true);
            PdfPCell cap = new PdfPCell(new Phrase(clean(t.title()), cellBold));
            cap.setColspan(t.header().length);
            cap.setBackgroundColor(new Color(0xf0, 0xf3, 0xf7));
            cap.setPadding(4);
            pt.addCell(cap);
            for (String h : t.header()) {
                PdfPCell hc = new PdfPCell(new Phrase(clean(h), small));
                hc.setPadding(3);
                pt.addCell(hc);
            }
            if (t.rows().isEmpty()) {
                PdfPCell miss = new PdfPCell(new Phrase(clean(t.note()), small));
                miss.setColspan(t.header().length);
                miss.setPadding(4);
                pt.addCell(miss);
            }
            for (String[] row : t.rows()) {
                for (int i = 0; i < row.length; i++) {
                    PdfPCell cell = new PdfPCell(new Phrase(clean(row[i]), i == 2 && t.header().length == 3 ? small : body));
                    cell.setPadding(3);
                    cell.setBorderColor(new Color(0xe4, 0xe7, 0xeb));
                    if (i > 0 && !t.header()[i].equals("variable") && !t.id().equals("parts-table")) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    pt.addCell(cell);
                }
            }
            doc.add(pt);
            if (!t.note().isEmpty() && !t.rows().isEmpty()) {
                doc.add(new Paragraph(clean(t.note()), small));
            }
        }
        doc.add(spaced("Generated by cardiosleep " + version + ". Every number is in summary.json under the "
                + "variable name shown. Parts marked \"not available\" were not computed; no value is estimated in "
                + "their place. For research use; not a medical device.", small));
        doc.close();
    }

    /** Replaces the few characters the PDF's standard fonts (CP1252) lack. */
    static String clean(String s) {
        return s.replace("≥", ">=").replace("≤", "<=").replace("·", "\u00b7");
    }

    private static Paragraph spaced(String text, Font f) {
        Paragraph p = new Paragraph(text, f);
        p.setSpacingBefore(6);
        p.setSpacingAfter(2);
        return p;
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(Canvas c, double w, double h);
    }

    private static Image chart(PdfContentByte cb, BaseFont reg, BaseFont bold, float w, float h, Drawing d)
            throws Exception {
        PdfTemplate t = cb.createTemplate(w, h);
        d.draw(new PdfCanvas(t, reg, bold), w, h);
        Image img = Image.getInstance(t);
        img.setSpacingAfter(2);
        return img;
    }
}
