package org.cardiosleep.pheno.apnea;

/**
 * Recording classes of the Apnea-ECG Database (Penzel et al. 2000), from the count of apnea
 * minutes: A (apnea) at least 100 minutes, B (borderline) 5–99 minutes, C (control) fewer than 5.
 * (The database adds hourly apnea-index conditions for A and B, which minute labels alone do not
 * carry; the minute thresholds are the part a per-minute detector can apply.)
 */
public enum ApneaClass {
    A, B, C;

    public static ApneaClass ofApneaMinutes(int minutes) {
        return minutes >= 100 ? A : minutes >= 5 ? B : C;
    }
}
