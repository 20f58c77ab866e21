package org.cardiosleep.io.edf;

/**
 * The header fields of one EDF/BDF signal, as written in the file.
 *
 * @param label             label, trimmed ("ECG", "EDF Annotations", ...)
 * @param transducer        transducer type, trimmed
 * @param physicalUnit      physical dimension, trimmed
 * @param physicalMin       physical minimum
 * @param physicalMax       physical maximum
 * @param digitalMin        digital minimum
 * @param digitalMax        digital maximum
 * @param prefiltering      prefiltering text, trimmed
 * @param samplesPerRecord  samples of this signal in each data record
 * @param annotation        true for an "EDF Annotations" / "BDF Annotations" signal (EDF+ TALs)
 * @param offsetInRecord    byte offset of this signal's samples inside a data record
 */
record EdfSignalHeader(String label, String transducer, String physicalUnit, double physicalMin,
                       double physicalMax, int digitalMin, int digitalMax, String prefiltering,
                       int samplesPerRecord, boolean annotation, int offsetInRecord) {
}
