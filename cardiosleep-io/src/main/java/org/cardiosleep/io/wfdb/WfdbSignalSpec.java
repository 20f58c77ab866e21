package org.cardiosleep.io.wfdb;

/**
 * One signal line of a WFDB header:
 * {@code file format[xspf][:skew][+offset] [gain[(baseline)][/units] [resolution [zero [initial [checksum [blocksize [description]]]]]]]}.
 *
 * @param fileName        the signal file (e.g. {@code 100.dat}); "-" for standard input
 * @param format          storage format code (8, 16, 24, 32, 61, 80, 160, 212, 310, 311, 508, 516, 524)
 * @param samplesPerFrame samples of this signal per frame (1 unless {@code x} is given)
 * @param skew            skew in frames ({@code :} field)
 * @param byteOffset      bytes to skip at the start of the file ({@code +} field)
 * @param adcGain         ADC units per physical unit (200 when absent or zero, as WFDB does)
 * @param baseline        digital value of physical zero (defaults to {@code adcZero})
 * @param units           physical units ("mV" when absent)
 * @param adcResolution   bits of the ADC (0 when absent)
 * @param adcZero         digital value of the midpoint of the ADC range
 * @param initialValue    first sample value (used by the difference format 8)
 * @param checksum        16-bit checksum of all samples as written in the header, or null when absent
 * @param blockSize       block size in bytes (0 for ordinary files)
 * @param description     signal description (the label), "" when absent
 * @param gainGiven       whether the header states a non-zero gain
 */
public record WfdbSignalSpec(String fileName, int format, int samplesPerFrame, int skew, long byteOffset,
                             double adcGain, int baseline, String units, int adcResolution, int adcZero,
                             int initialValue, Integer checksum, int blockSize, String description,
                             boolean gainGiven) {

    /** Bits per sample of the storage format (for the valid digital range). */
    public int storageBits() {
        return switch (format) {
            case 8, 80, 508 -> 8;
            case 310, 311 -> 10;
            case 212 -> 12;
            case 24, 524 -> 24;
            case 32 -> 32;
            default -> 16;
        };
    }
}
