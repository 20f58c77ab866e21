package org.cardiosleep.cohort;

/** Progress callbacks of a {@link CohortRunner} run, called from the writing thread. */
public interface RunListener {
    /** Before the first recording: how many will run and how many were already done. */
    default void started(int toRun, int alreadyDone) {
    }

    /** After a recording's outcome was committed to the store. */
    default void committed(RunOutcome outcome) {
    }

    /** After the last recording. */
    default void finished(RunSummary summary) {
    }

    RunListener NONE = new RunListener() {
    };
}
