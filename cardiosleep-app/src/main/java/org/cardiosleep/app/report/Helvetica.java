package org.cardiosleep.app.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Glyph widths of the standard Type 1 fonts Helvetica and Helvetica-Bold in WinAnsiEncoding (ISO
 * 32000-1 Annex D.2), for aligning and wrapping text. The widths are read at first use from Adobe's
 * AFM font metrics shipped on the class path (in the OpenPDF jar), by glyph name; they are not
 * copied into this repository.
 */
final class Helvetica {
    private static final String AFM_DIR = "/com/lowagie/text/pdf/fonts/";

    /** WinAnsiEncoding glyph names for codes 32..255 (ISO 32000-1 Annex D.2); null where undefined. */
    private static final String[] WIN_ANSI_NAMES = names();

    /** cp1252 code points of 0x80..0x9f (the rest of cp1252 is Latin-1); 0 where undefined. */
    private static final char[] CP1252_HIGH = {
        '\u20ac', 0, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160',
        '\u2039', '\u0152', 0, '\u017d', 0, 0, '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013',
        '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', 0, '\u017e', '\u0178'};

    private static volatile float[] regular, bold;

    private Helvetica() {
    }

    /** The WinAnsi (cp1252) code of a character, or '?' when the font cannot show it. */
    static int code(char c) {
        if (c >= 32 && c < 127 || c >= 160 && c <= 255) {
            return c;
        }
        for (int i = 0; i < CP1252_HIGH.length; i++) {
            if (CP1252_HIGH[i] == c && c != 0) {
                return 0x80 + i;
            }
        }
        return '?';
    }

    /** Advance widths in 1/1000 em, indexed by WinAnsi code. */
    static float[] widths(boolean isBold) {
        float[] w = isBold ? bold : regular;
        if (w == null) {
            w = load(isBold ? "Helvetica-Bold.afm" : "Helvetica.afm");
            if (isBold) {
                bold = w;
            } else {
                regular = w;
            }
        }
        return w;
    }

    /** Width in points of {@code s} set in {@code size} pt. */
    static double width(String s, double size, boolean isBold) {
        float[] w = widths(isBold);
        double sum = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            sum += w[code(s.charAt(i))];
        }
        return sum * size / 1000;
    }

    private static float[] load(String file) {
        Map<String, Float> byName = new HashMap<>(512);
        try (InputStream in = Helvetica.class.getResourceAsStream(AFM_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font metrics " + AFM_DIR + file + " not on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            for (String line; (line = r.readLine()) != null && !line.startsWith("EndCharMetrics"); ) {
                if (line.startsWith("C ")) {
                    parseChar(line, byName);
                }
            }   // the kerning pairs after the character metrics (most of the file) are not needed
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font metrics " + file + ": " + e.getMessage(), e);
        }
        Float fallback = byName.getOrDefault("bullet", 350f);
        float[] w = new float[256];
        for (int c = 0; c < 256; c++) {
            String name = c >= 32 ? WIN_ANSI_NAMES[c - 32] : null;
            Float v = name == null ? null : byName.get(name);
            // undefined codes show as a bullet (ISO 32000-1 D.2, note 3); the Euro is absent from old AFMs
            w[c] = v != null ? v : name != null && name.equals("Euro") ? 556f : fallback;
        }
        return w;
    }

    private static boolean isWholeNumber(String v) {
        if (v.isEmpty() || v.length() > 8) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** One metrics line: {@code C code ; WX width ; N name ; ...}. */
    private static void parseChar(String line, Map<String, Float> byName) {
        float wx = Float.NaN;
        String name = null;
        for (String part : line.split(";")) {
            String p = part.trim();
            if (p.startsWith("WX ")) {
                String v = p.substring(3).trim();
                // the core fonts' widths are whole numbers: parsed as such, the float parser (and its
                // compilation) is not needed on the report's path
                wx = isWholeNumber(v) ? Integer.parseInt(v) : Float.parseFloat(v);
            } else if (p.startsWith("N ")) {
                name = p.substring(2).trim();
            }
        }
        if (name != null && !Float.isNaN(wx)) {
            byName.put(name, wx);
        }
    }

    private static String[] names() {
        String ascii = "space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright "
                + "asterisk plus comma hyphen period slash zero one two three four five six seven eight nine colon "
                + "semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z "
                + "bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p q "
                + "r s t u v w x y z braceleft bar braceright asciitilde -";
        String high = "Euro - quotesinglbase florin quotedblbase ellipsis dagger daggerdbl circumflex perthousand "
                + "Scaron guilsinglleft OE - Zcaron - - quoteleft quoteright quotedblleft quotedblright bullet "
                + "endash emdash tilde trademark scaron guilsinglright oe - zcaron Ydieresis "
                + "space exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine "
                + "guillemotleft logicalnot hyphen registered macron degree plusminus twosuperior threesuperior "
                + "acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter "
                + "onehalf threequarters questiondown Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla "
                + "Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve Oacute "
                + "Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn "
                + "germandbls agrave aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex "
                + "edieresis igrave iacute icircumflex idieresis eth ntilde ograve oacute ocircumflex otilde "
                + "odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis";
        String[] a = ascii.split(" "), h = high.split(" ");
        if (a.length != 96 || h.length != 128) {
            throw new IllegalStateException("WinAnsi name table has " + a.length + "+" + h.length + " entries");
        }
        String[] all = new String[224];
        for (int i = 0; i < 224; i++) {
            String s = i < 96 ? a[i] : h[i - 96];
            all[i] = s.equals("-") ? null : s;
        }
        return all;
    }
}
