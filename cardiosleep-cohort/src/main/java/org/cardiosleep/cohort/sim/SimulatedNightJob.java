package org.cardiosleep.cohort.sim;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cardiosleep.cohort.ManifestEntry;
import org.cardiosleep.cohort.NightJob;
import org.cardiosleep.cohort.NightResult;
import org.cardiosleep.io.RecordingFormatException;

/**
 * A SIMULATED per-night job: reads a small night file written by {@link SimulatedCohort} (magic
 * line, seed, planted effect) and generates night-level phenotypes directly with
 * {@link SimulatedNight} — no ECG is analysed. It exists to exercise the cohort machinery (runner,
 * store, Spark, association studies) on a cohort with a known, planted association. A file whose
 * first line is not the magic line fails with a {@link RecordingFormatException}.
 */
public final class SimulatedNightJob implements NightJob {
    private static final long serialVersionUID = 1L;
    /** First line of every simulated-night file. */
    public static final String MAGIC = "cardiosleep-simulated-night v1";

    private final boolean withEpochs;

    /** @param withEpochs also produce 30-s epoch rows and PVC events */
    public SimulatedNightJob(boolean withEpochs) {
        this.withEpochs = withEpochs;
    }

    @Override
    public String name() {
        return "simulated";
    }

    @Override
    public NightResult run(ManifestEntry entry) throws Exception {
        Path file = Path.of(entry.path());
        if (!Files.isRegularFile(file)) {
            throw new RecordingFormatException(file, "file not found");
        }
        long seed = 0;
        double effect = Double.NaN;
        boolean seedSeen = false;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (!MAGIC.equals(first)) {
                throw new RecordingFormatException(file, "not a simulated-night file (first line is not '" + MAGIC + "')");
            }
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq).trim();
                String val = line.substring(eq + 1).trim();
                try {
                    if (key.equals("seed")) {
                        seed = Long.parseLong(val);
                        seedSeen = true;
                    } else if (key.equals("ectopy_log_rate_per_se_pct")) {
                        effect = Double.parseDouble(val);
                    }
                } catch (NumberFormatException e) {
                    throw new RecordingFormatException(file, key + " is not a number: '" + val + "'");
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new RecordingFormatException(file, "not a simulated-night file (not UTF-8 text)");
        }
        if (!seedSeen || Double.isNaN(effect)) {
            throw new RecordingFormatException(file, "simulated-night file lacks seed or ectopy_log_rate_per_se_pct");
        }
        return SimulatedNight.generate(seed, effect, entry.ageYears(), entry.sex(), entry.bmiKgM2(), withEpochs);
    }
}
