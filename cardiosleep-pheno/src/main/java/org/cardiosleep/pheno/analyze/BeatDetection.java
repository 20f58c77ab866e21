package org.cardiosleep.pheno.analyze;

/**
 * The pipeline's link to the QRS detector of {@code org.cardiosleep.signal.qrs}. Until a detector
 * is part of the build, {@link #available()} is false and the night has no beats (the report says
 * "not available"; nothing is invented).
 */
final class BeatDetection {
    private BeatDetection() {
    }

    static boolean available() {
        return false;
    }

    static String unavailableReason() {
        return "no QRS detector in this build";
    }

    /** R-peak sample indices of {@code ecg} (physical units), ascending. */
    static int[] detect(double[] ecg, double fsHz) {
        throw new IllegalStateException(unavailableReason());
    }
}
