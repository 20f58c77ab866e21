package org.cardiosleep.signal.rhythm;

/**
 * Beat class codes used on {@code byte[]} beat-class arrays: the AAMI EC57 classes N, S, V, F, Q
 * (ASCII letters) plus {@link #UNCLASSIFIED} when no classifier ran. Code that needs "normal"
 * beats treats {@code UNCLASSIFIED} as a normal candidate and relies on RR plausibility filters.
 */
public final class BeatLabels {
    private BeatLabels() {
    }

    /** Normal and bundle-branch-block beats (AAMI class N). */
    public static final byte N = 'N';
    /** Supraventricular ectopic beat (AAMI class S). */
    public static final byte S = 'S';
    /** Ventricular ectopic beat (AAMI class V). */
    public static final byte V = 'V';
    /** Fusion of ventricular and normal beat (AAMI class F). */
    public static final byte F = 'F';
    /** Paced or unclassifiable beat (AAMI class Q). */
    public static final byte Q = 'Q';
    /** No class available (no classifier ran). */
    public static final byte UNCLASSIFIED = 'U';

    /** True for beats that may start or end an NN interval: N, or unclassified. */
    public static boolean isNormalCandidate(byte c) {
        return c == N || c == UNCLASSIFIED;
    }

    /** An array of {@code n} unclassified beats. */
    public static byte[] unclassified(int n) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, UNCLASSIFIED);
        return b;
    }

    /**
     * The AAMI class of an ISHNE annotation label: N and B (bundle branch block) → N, S → S, V → V,
     * anything else (P paced, U unknown, an analyser's own labels) → Q.
     */
    public static byte fromIshneLabel(char c) {
        return switch (c) {
            case 'N', 'B' -> N;
            case 'S' -> S;
            case 'V' -> V;
            default -> Q;
        };
    }

    /** The AAMI class of a WFDB beat mnemonic (N L R e j → N; A a J S → S; V E → V; F → F; others Q). */
    public static byte fromMitMnemonic(String m) {
        return switch (m) {
            case "N", "L", "R", "e", "j", "B" -> N;
            case "A", "a", "J", "S" -> S;
            case "V", "E", "r" -> V;
            case "F" -> F;
            default -> Q;
        };
    }
}
