package org.cardiosleep.signal.hrv;

/**
 * Frequency-domain HRV (Task Force 1996 bands). Powers in ms²; NaN when no analysable window.
 *
 * @param totalPowerMs2 power 0.0033–0.4 Hz
 * @param vlfMs2        very low frequency power, 0.0033–0.04 Hz
 * @param lfMs2         low frequency power, 0.04–0.15 Hz
 * @param hfMs2         high frequency power, 0.15–0.4 Hz
 * @param lfHfRatio     LF / HF
 * @param lfNu          LF in normalised units, 100·LF / (TP − VLF)
 * @param hfNu          HF in normalised units, 100·HF / (TP − VLF)
 * @param windows       number of 5-min windows averaged
 */
public record FrequencyDomainHrv(double totalPowerMs2, double vlfMs2, double lfMs2, double hfMs2, double lfHfRatio,
                                 double lfNu, double hfNu, int windows) {
}
