package org.cardiosleep.io.wfdb;

/**
 * One WFDB annotation.
 *
 * @param sample  time in samples (at the annotation file's frequency; frames for most records)
 * @param code    annotation code ({@link AnnotationCodes})
 * @param subtype the {@code subtyp} field
 * @param channel the {@code chan} field
 * @param number  the {@code num} field
 * @param aux     the auxiliary string (rhythm "(AFIB", sleep stage "W", ...), "" when absent
 */
public record WfdbAnnotation(long sample, int code, int subtype, int channel, int number, String aux) {

    public WfdbAnnotation {
        aux = aux == null ? "" : aux;
    }

    public String mnemonic() {
        return AnnotationCodes.mnemonic(code);
    }

    public boolean isBeat() {
        return AnnotationCodes.isBeat(code);
    }

    /** The aux string without the trailing NUL that some writers leave. */
    public String auxText() {
        int nul = aux.indexOf('\0');
        return nul >= 0 ? aux.substring(0, nul) : aux;
    }
}
