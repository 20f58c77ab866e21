package org.cardiosleep.pheno.beats;

import org.cardiosleep.io.wfdb.AnnotationCodes;

/**
 * The ANSI/AAMI EC57 heartbeat classes and their byte codes, as returned by {@link BeatClassifier}:
 * {@code 0} N (normal and bundle-branch-block beats: N, L, R, e, j), {@code 1} S (supraventricular
 * ectopic: A, a, J, S), {@code 2} V (ventricular ectopic: V, E), {@code 3} F (fusion of ventricular
 * and normal: F), {@code 4} Q (paced, fusion of paced and normal, unclassifiable: /, f, Q).
 */
public final class AamiClass {
    public static final byte N = 0;
    public static final byte S = 1;
    public static final byte V = 2;
    public static final byte F = 3;
    public static final byte Q = 4;
    /** Number of classes. */
    public static final int COUNT = 5;
    /** Marks a beat that has no AAMI class (beat labels outside the mapping): kept for RR context only. */
    public static final byte NONE = -1;

    private static final String[] NAMES = {"N", "S", "V", "F", "Q"};

    private AamiClass() {
    }

    /** "N", "S", "V", "F" or "Q". */
    public static String name(int code) {
        if (code < 0 || code >= COUNT) {
            throw new IllegalArgumentException("not an AAMI class code: " + code);
        }
        return NAMES[code];
    }

    /** The AAMI class of an MIT/WFDB beat annotation code, or {@link #NONE} when it has none. */
    public static byte fromMitCode(int code) {
        return switch (code) {
            case AnnotationCodes.NORMAL, AnnotationCodes.LBBB, AnnotationCodes.RBBB, AnnotationCodes.AESC,
                 AnnotationCodes.NESC -> N;
            case AnnotationCodes.APC, AnnotationCodes.ABERR, AnnotationCodes.NPC, AnnotationCodes.SVPB -> S;
            case AnnotationCodes.PVC, AnnotationCodes.VESC -> V;
            case AnnotationCodes.FUSION -> F;
            case AnnotationCodes.PACE, AnnotationCodes.PFUS, AnnotationCodes.UNKNOWN -> Q;
            default -> NONE;
        };
    }
}
