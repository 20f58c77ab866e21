package org.cardiosleep.io.text;

/**
 * One row of a WFDB annotation file as printed by {@code rdann}: elapsed time, sample number,
 * annotation mnemonic, subtype, channel, num, and the auxiliary string.
 *
 * @param timeSec elapsed seconds from the start of the record (the first column)
 * @param sample  sample number (in the annotation file's time base)
 * @param type    the annotation mnemonic (e.g. {@code N}, {@code "} for a comment/stage row)
 * @param aux     the aux string, empty when absent
 */
public record TextAnnotation(double timeSec, long sample, String type, int subtype, int channel, int num, String aux) {
}
