package org.cardiosleep.app.cohort;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.cohort.sim.SimulatedCohort;
import org.cardiosleep.cohort.sim.SimulatedEcgCohort;

/** {@code cardiosleep cohort simulate --nights N --out DIR}: a SIMULATED cohort with a planted association. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Write a SIMULATED cohort (night files + manifest.csv) for the 'simulated' job.",
                "Planted association: log PVC rate changes by --effect per +1 % sleep efficiency; diary TST over-estimates by 20 min."})
public final class CohortSimulateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--nights", defaultValue = "200", description = "number of nights (default: ${DEFAULT-VALUE})")
    int nights;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(names = "--effect", defaultValue = "-0.04", description = "planted log PVC rate per +1 %% sleep efficiency (with --ecg: log PVC probability per beat per +1 %% true sleep efficiency) (default: ${DEFAULT-VALUE})")
    double effect;

    @Option(names = "--corrupt", defaultValue = "0", description = "how many night files to write corrupt (default: ${DEFAULT-VALUE})")
    int corrupt;

    @Option(names = "--ecg", description = "write SIMULATED ECG+SpO2 nights as EDF+ (for the 'analyze' job) instead of simulated-phenotype files")
    boolean ecg;

    @Option(names = "--hours", defaultValue = "8", description = "with --ecg: hours per night (default: ${DEFAULT-VALUE})")
    double hours;

    @Option(names = "--seed", defaultValue = "2026", description = "cohort seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (nights < 1 || corrupt < 0 || corrupt > nights) {
            throw new UsageException("need --nights >= 1 and 0 <= --corrupt <= --nights");
        }
        if (ecg) {
            if (!(hours * 3600 >= 600)) {
                throw new UsageException("--hours must be at least 600 s (0.167 h)");
            }
            AtomicOutput.directory(out, tmp -> SimulatedEcgCohort.write(tmp, nights, hours * 3600, corrupt, seed, effect));
            spec.commandLine().getOut().println("simulated ECG cohort: " + nights + " EDF+ nights of " + hours + " h ("
                    + corrupt + " corrupt), planted effect " + effect + " log PVC probability per % true sleep efficiency -> "
                    + out.resolve("manifest.csv"));
            return 0;
        }
        AtomicOutput.directory(out, tmp -> SimulatedCohort.write(tmp, nights, effect, corrupt, seed));
        Path manifest = out.resolve("manifest.csv");
        spec.commandLine().getOut().println("simulated cohort: " + nights + " nights (" + corrupt + " corrupt), planted effect "
                + effect + " log PVC rate per % sleep efficiency -> " + manifest);
        return 0;
    }
}
