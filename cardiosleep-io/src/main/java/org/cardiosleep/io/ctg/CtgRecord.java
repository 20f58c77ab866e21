package org.cardiosleep.io.ctg;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A cardiotocogram: fetal heart rate and uterine activity on one time base.
 *
 * @param source         the file it was read from
 * @param samplingRateHz samples per second of both series (4 Hz for CTU-UHB and FHRMA)
 * @param fhrBpm         fetal heart rate in beats per minute; {@code NaN} where the signal is lost
 * @param uterine        uterine activity (tocodynamometry units or mmHg); {@code NaN} where absent,
 *                       or an empty array when the recording has no uterine channel
 * @param startTime      wall-clock start when the file carries one
 */
public record CtgRecord(Path source, double samplingRateHz, double[] fhrBpm, double[] uterine,
                        Optional<LocalDateTime> startTime) {

    public double durationSec() {
        return fhrBpm.length / samplingRateHz;
    }

    public boolean hasUterine() {
        return uterine.length > 0;
    }

    /** Fraction of FHR samples lost (NaN). */
    public double lossFraction() {
        if (fhrBpm.length == 0) {
            return 1;
        }
        int lost = 0;
        for (double v : fhrBpm) {
            if (Double.isNaN(v)) {
                lost++;
            }
        }
        return lost / (double) fhrBpm.length;
    }
}
