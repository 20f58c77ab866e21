package org.cardiosleep.cohort;

import java.io.Serializable;

/**
 * The outcome of running a {@link NightJob} on one entry: a result, or the error that stopped it.
 *
 * @param entry   the manifest entry
 * @param job     job name
 * @param result  the result, null when failed
 * @param error   one-line error message, null when ok
 * @param seconds wall time of the job
 */
public record RunOutcome(ManifestEntry entry, String job, NightResult result, String error, double seconds)
        implements Serializable {
    public static final String OK = "ok";
    public static final String FAILED = "failed";

    /** "ok" or "failed". */
    public String status() {
        return result != null ? OK : FAILED;
    }

    /** Runs the job on the entry, turning any exception (or error such as OutOfMemoryError) into a failed outcome. */
    public static RunOutcome of(NightJob job, ManifestEntry entry) {
        long t0 = System.nanoTime();
        try {
            NightResult r = job.run(entry);
            if (r == null) {
                throw new IllegalStateException("job returned no result");
            }
            return new RunOutcome(entry, job.name(), r, null, (System.nanoTime() - t0) / 1e9);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new RunOutcome(entry, job.name(), null, message(e), (System.nanoTime() - t0) / 1e9);
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        } else if (!(e instanceof java.io.IOException)) {
            m = e.getClass().getSimpleName() + ": " + m;
        }
        return m.lines().findFirst().orElse(m);
    }
}
