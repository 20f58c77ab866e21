package org.cardiosleep.io.wfdb;

/**
 * The WFDB annotation codes ({@code ecgcodes.h}) and their mnemonics, as {@code rdann} prints them.
 */
public final class AnnotationCodes {
    private AnnotationCodes() {
    }

    public static final int NOTQRS = 0;
    public static final int NORMAL = 1;
    public static final int LBBB = 2;
    public static final int RBBB = 3;
    public static final int ABERR = 4;
    public static final int PVC = 5;
    public static final int FUSION = 6;
    public static final int NPC = 7;
    public static final int APC = 8;
    public static final int SVPB = 9;
    public static final int VESC = 10;
    public static final int NESC = 11;
    public static final int PACE = 12;
    public static final int UNKNOWN = 13;
    public static final int NOISE = 14;
    public static final int ARFCT = 16;
    public static final int STCH = 18;
    public static final int TCH = 19;
    public static final int SYSTOLE = 20;
    public static final int DIASTOLE = 21;
    public static final int NOTE = 22;
    public static final int MEASURE = 23;
    public static final int PWAVE = 24;
    public static final int BBB = 25;
    public static final int PACESP = 26;
    public static final int TWAVE = 27;
    public static final int RHYTHM = 28;
    public static final int UWAVE = 29;
    public static final int LEARN = 30;
    public static final int FLWAV = 31;
    public static final int VFON = 32;
    public static final int VFOFF = 33;
    public static final int AESC = 34;
    public static final int SVESC = 35;
    public static final int LINK = 36;
    public static final int NAPC = 37;
    public static final int PFUS = 38;
    public static final int WFON = 39;
    public static final int WFOFF = 40;
    public static final int RONT = 41;
    /** Largest code an MIT-format annotation file can carry (6 bits, minus the pseudo-codes 59–63). */
    public static final int ACMAX = 49;

    private static final String[] MNEMONICS = new String[ACMAX + 1];
    private static final boolean[] QRS = new boolean[ACMAX + 1];

    static {
        String[] m = {" ", "N", "L", "R", "a", "V", "F", "J", "A", "S", "E", "j", "/", "Q", "~", "", "|", "", "s", "T",
            "*", "D", "\"", "=", "p", "B", "^", "t", "+", "u", "?", "!", "[", "]", "e", "n", "@", "x", "f", "(", ")", "r"};
        for (int i = 0; i <= ACMAX; i++) {
            MNEMONICS[i] = i < m.length && !m[i].isEmpty() ? m[i] : "[" + i + "]";
        }
        // isqrs() of the WFDB library: every beat label
        for (int c : new int[] {NORMAL, LBBB, RBBB, ABERR, PVC, FUSION, NPC, APC, SVPB, VESC, NESC, PACE, UNKNOWN,
            BBB, LEARN, AESC, SVESC, PFUS, RONT}) {
            QRS[c] = true;
        }
    }

    /** The mnemonic of a code ("N", "V", "+", ...), or "[code]" for codes without one. */
    public static String mnemonic(int code) {
        return code >= 0 && code <= ACMAX ? MNEMONICS[code] : "[" + code + "]";
    }

    /** The code of a mnemonic, or -1. */
    public static int code(String mnemonic) {
        for (int i = 0; i <= ACMAX; i++) {
            if (MNEMONICS[i].equals(mnemonic)) {
                return i;
            }
        }
        return -1;
    }

    /** True for codes that label a heartbeat (WFDB's {@code isqrs}). */
    public static boolean isBeat(int code) {
        return code >= 0 && code <= ACMAX && QRS[code];
    }
}
