package org.cardiosleep.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.cardiosleep.cohort.sim.SimulatedCohort;
import org.cardiosleep.cohort.sim.SimulatedNightJob;
import org.cardiosleep.cohort.store.CohortStore;

/**
 * Kills (SIGKILL) a cohort run in another JVM mid-way, then checks that every committed recording
 * is complete, nothing is half-written, and a re-run finishes the rest without duplicates.
 */
class KillResumeTest {
    @TempDir
    Path dir;

    /** The child process: runs the manifest with a slowed-down simulated job, printing each commit. */
    public static void main(String[] args) throws Exception {
        NightJob slow = new NightJob() {
            private final SimulatedNightJob sim = new SimulatedNightJob(true);

            @Override
            public NightResult run(ManifestEntry e) throws Exception {
                Thread.sleep(40);
                return sim.run(e);
            }
        };
        try (CohortStore store = CohortStore.open(Path.of(args[1]))) {
            new CohortRunner(slow, 2, false).run(Manifest.read(Path.of(args[0])), store, new RunListener() {
                @Override
                public void committed(RunOutcome o) {
                    System.out.println("committed " + o.entry().recordingId());
                    System.out.flush();
                }
            });
        }
        System.out.println("finished");
    }

    @Test
    void killedRunLosesNothingCommittedAndResumes() throws Exception {
        int nights = 60;
        Path manifest = SimulatedCohort.write(dir.resolve("cohort"), nights, -0.04, 1, 5);
        Path storeFile = dir.resolve("kill.duckdb");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", cp, KillResumeTest.class.getName(),
                manifest.toString(), storeFile.toString()).redirectErrorStream(true).start();
        int seen = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    seen++;
                }
                if (seen >= 15) {
                    break;
                }
                assertTrue(!line.equals("finished"), "child finished before it could be killed");
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close of the database
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(seen >= 15, "child committed only " + seen + " recordings: " + File.separator);
        int phenotypesPerNight = org.cardiosleep.cohort.sim.SimulatedNight.PHENOTYPES.length;
        try (CohortStore store = CohortStore.open(storeFile)) {
            long done = store.count("run_status");
            assertTrue(done >= 15 && done < nights, "committed after kill: " + done);
            try (Statement s = store.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM run_status r WHERE r.status = 'ok' AND "
                         + "(SELECT count(*) FROM phenotypes p WHERE p.recording_id = r.recording_id) <> "
                         + phenotypesPerNight + " OR (SELECT count(*) FROM epochs e WHERE e.recording_id = r.recording_id) = 0")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "recordings with incomplete rows");
            }
            try (Statement s = store.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(DISTINCT recording_id) FROM phenotypes "
                         + "WHERE recording_id NOT IN (SELECT recording_id FROM run_status)")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "phenotype rows without a run_status row (half-written)");
            }
            List<ManifestEntry> entries = Manifest.read(manifest);
            RunSummary s = new CohortRunner(new SimulatedNightJob(true), 2, false).run(entries, store, RunListener.NONE);
            assertEquals(done, s.skipped());
            assertEquals(nights, store.count("run_status"));
            assertEquals((long) (nights - 1) * phenotypesPerNight, store.count("phenotypes"));
            assertEquals(1L, store.statusCounts().get("failed"));
        }
    }
}
