package org.cardiosleep.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.cardiosleep.cohort.store.CohortStore;

/**
 * The embedded cohort runner: applies a {@link NightJob} to every manifest entry on a fixed thread
 * pool and commits each outcome to the {@link CohortStore} from the calling thread, one
 * transaction per recording. Memory stays bounded because at most {@code 2 * threads} recordings
 * are in flight (submitted but not yet committed). A failing recording becomes a run_status row
 * with its error and the run goes on. Entries already in run_status are skipped, so a re-run after
 * a crash or kill resumes where the committed work ends.
 */
public final class CohortRunner {
    private final NightJob job;
    private final int threads;
    private final boolean retryFailed;

    /**
     * @param job         the per-recording job
     * @param threads     worker threads (&gt;= 1)
     * @param retryFailed whether entries that failed before are run again
     */
    public CohortRunner(NightJob job, int threads, boolean retryFailed) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.job = job;
        this.threads = threads;
        this.retryFailed = retryFailed;
    }

    /** Runs the manifest into the store. */
    public RunSummary run(List<ManifestEntry> manifest, CohortStore store, RunListener listener) throws Exception {
        long t0 = System.nanoTime();
        Set<String> done = store.finishedIds(!retryFailed);
        List<ManifestEntry> todo = new ArrayList<>();
        for (ManifestEntry e : manifest) {
            if (!done.contains(e.recordingId())) {
                todo.add(e);
            }
        }
        int skipped = manifest.size() - todo.size();
        listener.started(todo.size(), skipped);
        int ok = 0;
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cohort-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            ExecutorCompletionService<RunOutcome> ecs = new ExecutorCompletionService<>(pool);
            int maxInFlight = 2 * threads;
            int next = 0;
            int inFlight = 0;
            while (next < todo.size() || inFlight > 0) {
                while (inFlight < maxInFlight && next < todo.size()) {
                    ManifestEntry e = todo.get(next++);
                    ecs.submit(() -> RunOutcome.of(job, e));
                    inFlight++;
                }
                RunOutcome o;
                try {
                    o = ecs.take().get();
                } catch (ExecutionException ex) {
                    throw new IllegalStateException("cohort worker failed unexpectedly", ex.getCause());
                }
                inFlight--;
                store.commit(o);
                if (o.result() != null) {
                    ok++;
                } else {
                    failed++;
                }
                listener.committed(o);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
        RunSummary s = new RunSummary(manifest.size(), skipped, ok, failed, (System.nanoTime() - t0) / 1e9, threads);
        listener.finished(s);
        return s;
    }
}
