package org.cardiosleep.cohort;

import java.io.Serializable;

/**
 * The per-recording job a cohort run applies to every manifest entry — locally on a thread pool
 * ({@link CohortRunner}) or on a Spark cluster (cardiosleep-spark). Implementations must be
 * thread-safe and serializable (Spark ships them to executors), and should throw
 * {@code RecordingFormatException} for unreadable files.
 */
@FunctionalInterface
public interface NightJob extends Serializable {
    /** Analyses one recording. Any exception marks the recording failed with its message. */
    NightResult run(ManifestEntry entry) throws Exception;

    /** A short name recorded with each result (e.g. "simulated", "analyze"). */
    default String name() {
        return getClass().getSimpleName();
    }
}
