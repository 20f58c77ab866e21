package org.cardiosleep.app.beatclass;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.cardiosleep.pheno.beats.AamiClass;
import org.cardiosleep.pheno.beats.AamiConfusion;

/** Prints and tabulates AAMI confusion figures the same way for {@code train beats} and {@code bench beats}. */
final class BeatFigures {
    private BeatFigures() {
    }

    /** The BENCHMARKS.md metric keys. */
    static Map<String, Object> metrics(AamiConfusion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vebSe", round(c.sensitivity(AamiClass.V), 2));
        m.put("vebPpv", round(c.ppv(AamiClass.V), 2));
        m.put("vebF1", round(c.f1(AamiClass.V), 4));
        m.put("svebSe", round(c.sensitivity(AamiClass.S), 2));
        m.put("svebPpv", round(c.ppv(AamiClass.S), 2));
        m.put("svebF1", round(c.f1(AamiClass.S), 4));
        m.put("accuracy", round(c.accuracy(), 2));
        for (int k = 0; k < AamiClass.COUNT; k++) {
            String n = AamiClass.name(k).toLowerCase(Locale.ROOT);
            m.put(n + "Se", round(c.sensitivity(k), 2));
            m.put(n + "Ppv", round(c.ppv(k), 2));
            m.put(n + "F1", round(c.f1(k), 4));
        }
        return m;
    }

    /** The matrix as {"labels": [...], "rowsReferenceColumnsPredicted": [[...]]}. */
    static Map<String, Object> confusionJson(AamiConfusion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labels", new String[] {"N", "S", "V", "F", "Q"});
        m.put("rowsReferenceColumnsPredicted", c.matrix());
        return m;
    }

    /** A readable block: per-class Se/+P/F1 and the matrix. */
    static String text(AamiConfusion c) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-6s %8s %8s %8s %8s%n", "class", "beats", "Se%", "+P%", "F1"));
        for (int k = 0; k < AamiClass.COUNT; k++) {
            sb.append(String.format(Locale.ROOT, "%-6s %8d %8.2f %8.2f %8.4f%n", AamiClass.name(k),
                    c.referenceCount(k), c.sensitivity(k), c.ppv(k), c.f1(k)));
        }
        sb.append(String.format(Locale.ROOT, "accuracy %.2f %%%n", c.accuracy()));
        sb.append("confusion (rows reference, columns predicted N S V F Q):\n");
        long[][] m = c.matrix();
        for (int r = 0; r < m.length; r++) {
            sb.append(String.format(Locale.ROOT, "  %s", AamiClass.name(r)));
            for (long v : m[r]) {
                sb.append(String.format(Locale.ROOT, " %7d", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static Object round(double v, int digits) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
