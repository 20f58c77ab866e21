package org.cardiosleep.cohort;

import java.util.List;

import org.cardiosleep.cohort.sim.SimulatedNightJob;

/** The per-recording jobs a cohort run can use, by name (shared by the CLI and the Spark job). */
public final class NightJobs {
    /** Job names accepted by {@link #forName}. */
    public static final List<String> NAMES = List.of("simulated");

    private NightJobs() {
    }

    /**
     * The job called {@code name}: "simulated" reads simulated-night files and generates SIMULATED
     * phenotypes (no ECG analysed).
     *
     * @param withEpochs also produce epoch and event rows
     */
    public static NightJob forName(String name, boolean withEpochs) {
        switch (name) {
            case "simulated":
                return new SimulatedNightJob(withEpochs);
            default:
                throw new IllegalArgumentException("unknown cohort job '" + name + "' (known: " + String.join(", ", NAMES)
                        + "; the ECG analysis job 'analyze' arrives with org.cardiosleep.pheno.analyze)");
        }
    }
}
