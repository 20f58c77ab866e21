package org.cardiosleep.cohort;

import java.util.List;

import org.cardiosleep.cohort.sim.SimulatedNightJob;

/** The per-recording jobs a cohort run can use, by name (shared by the CLI and the Spark job). */
public final class NightJobs {
    /** Job names accepted by {@link #forName}. */
    public static final List<String> NAMES = List.of("analyze", "simulated");

    private NightJobs() {
    }

    /**
     * The job called {@code name}: "analyze" runs the night pipeline on the recording file;
     * "simulated" reads simulated-night files and generates SIMULATED
     * phenotypes (no ECG analysed).
     *
     * @param withEpochs also produce epoch and event rows
     */
    public static NightJob forName(String name, boolean withEpochs) {
        switch (name) {
            case "analyze":
                return new AnalyzeNightJob(withEpochs);
            case "simulated":
                return new SimulatedNightJob(withEpochs);
            default:
                throw new IllegalArgumentException("unknown cohort job '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        }
    }
}
