package org.cardiosleep.cohort;

/**
 * What a cohort run did.
 *
 * @param manifestSize entries in the manifest
 * @param skipped      entries already done before this run (resumed)
 * @param ok           entries that succeeded in this run
 * @param failed       entries that failed in this run (stored with their error)
 * @param wallSeconds  wall time of this run
 * @param threads      worker threads
 */
public record RunSummary(int manifestSize, int skipped, int ok, int failed, double wallSeconds, int threads) {
    /** Recordings processed per minute of wall time in this run. */
    public double nightsPerMinute() {
        return wallSeconds <= 0 ? Double.NaN : (ok + failed) * 60.0 / wallSeconds;
    }
}
