package org.cardiosleep.pheno.maternal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Aligns the CTG clock to the PSG clock: {@code ctgTime = psgTime - offsetSec}, where the offset is
 * the difference of the two devices' start times plus a user correction (device clocks drift and
 * are set by hand). The overlap must be long enough to analyse.
 *
 * @param offsetSec  seconds from the PSG start to the CTG start
 * @param overlapSec length of the common stretch
 */
public record ClockAlignment(double offsetSec, double overlapSec) {

    /** Minimum common stretch, seconds, for an analysis to make sense. */
    public static final double MIN_OVERLAP_SEC = 600;

    /**
     * @param psgStart        PSG start time, when known
     * @param ctgStart        CTG start time, when known
     * @param userOffsetSec   extra correction added to the start-time difference (or the whole
     *                        offset when a start time is missing)
     */
    public static ClockAlignment align(Optional<LocalDateTime> psgStart, Optional<LocalDateTime> ctgStart,
                                       double userOffsetSec, double psgDurationSec, double ctgDurationSec) {
        double offset = userOffsetSec;
        if (psgStart.isPresent() && ctgStart.isPresent()) {
            offset += Duration.between(psgStart.get(), ctgStart.get()).toMillis() / 1000.0;
        }
        double start = Math.max(0, offset);
        double end = Math.min(psgDurationSec, offset + ctgDurationSec);
        return new ClockAlignment(offset, Math.max(0, end - start));
    }

    /** A PSG time on the CTG clock. */
    public double toCtg(double psgSec) {
        return psgSec - offsetSec;
    }

    public boolean sufficient() {
        return overlapSec >= MIN_OVERLAP_SEC;
    }
}
