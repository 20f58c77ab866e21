package org.cardiosleep.pheno.analyze;

/**
 * What was analysed.
 *
 * @param source       file name (no directories, so reports can be shared)
 * @param format       "EDF+C", "WFDB", ...
 * @param startTime    ISO local date-time of the first sample, or "" when unknown
 * @param durationSec  recording duration, s
 * @param ecgChannel   label of the ECG channel used
 * @param ecgRateHz    its sampling rate
 * @param ecgChoice    how the ECG channel was chosen ({@link EcgChannel.Choice#reason})
 * @param spo2Channel  label of the SpO2 channel used, or "" when none
 */
public record RecordingSummary(String source, String format, String startTime, double durationSec,
                               String ecgChannel, double ecgRateHz, String ecgChoice, String spo2Channel) {
}
