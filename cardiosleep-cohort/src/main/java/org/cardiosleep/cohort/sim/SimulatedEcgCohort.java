package org.cardiosleep.cohort.sim;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.io.edf.EdfWriter;
import org.cardiosleep.pheno.analyze.SimulatedRecording;
import org.cardiosleep.signal.sim.NightSimulator;
import org.cardiosleep.signal.sim.SimConfig;
import org.cardiosleep.signal.sim.SimulatedNight;

/**
 * Writes a cohort of SIMULATED ECG recordings as EDF+ files (single-lead ECG at 256 Hz plus SpO2,
 * from the signal module's night simulator) and a {@code manifest.csv}, for running the real
 * analysis job ("analyze") over a cohort — e.g. to measure cohort throughput on 8-h nights.
 */
public final class SimulatedEcgCohort {
    private SimulatedEcgCohort() {
    }

    /**
     * @param dir         output directory (created)
     * @param nights      number of recordings
     * @param durationSec length of each recording (8 h = 28,800 s)
     * @param corrupt     how many files (the last ones) to write as garbage
     * @param seed        cohort seed
     * @return the manifest path
     */
    public static Path write(Path dir, int nights, double durationSec, int corrupt, long seed) throws Exception {
        Files.createDirectories(dir.resolve("edf"));
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] sites = {"A", "B", "C"};
        Path manifest = dir.resolve("manifest.csv");
        try (BufferedWriter w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            w.write("recording_id,path,site,cohort,age,sex,bmi\n");
            for (int i = 0; i < nights; i++) {
                String id = String.format(Locale.ROOT, "ecg%05d", i + 1);
                long nightSeed = rnd.nextLong();
                Path f = dir.resolve("edf").resolve(id + ".edf");
                if (i >= nights - corrupt) {
                    Files.write(f, "0       not an EDF header".getBytes(StandardCharsets.US_ASCII));
                } else {
                    writeEdf(f, SimConfig.night(nightSeed).withDurationSec(durationSec));
                }
                w.write(String.format(Locale.ROOT, "%s,edf/%s.edf,%s,sim-ecg,%.0f,%s,%.1f%n", id, id,
                        sites[rnd.nextInt(sites.length)], Math.floor(30 + 50 * rnd.nextDouble()),
                        rnd.nextBoolean() ? "M" : "F", 22 + 12 * rnd.nextDouble()));
            }
        }
        return manifest;
    }

    /** One simulated night as an EDF+ file (ECG + SpO2, truth as annotations). */
    public static void writeEdf(Path file, SimConfig cfg) throws Exception {
        SimulatedNight night = NightSimulator.simulate(cfg);
        SimulatedRecording rec = new SimulatedRecording(night, file);
        List<SignalInfo> sig = rec.signals();
        int[][] digital = new int[sig.size()][];
        for (int c = 0; c < sig.size(); c++) {
            digital[c] = rec.readDigital(c, 0, (int) sig.get(c).sampleCount());
        }
        List<Annotation> ann = rec.annotations();
        EdfWriter.write(file, EdfWriter.Header.of(rec.startTime().orElseThrow()), sig, digital, ann);
    }
}
