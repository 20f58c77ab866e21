package org.cardiosleep.cohort.sim;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.cardiosleep.cohort.NightResult;

/**
 * Writes a SIMULATED cohort: one small night file per recording (see {@link SimulatedNightJob}) and
 * a {@code manifest.csv} with site, age, sex, BMI, a free covariate and diary answers (diary total
 * sleep time, sleep-onset latency, WASO and sleep efficiency, generated from the simulated night
 * with a known over-estimation bias and noise). Optionally some files are corrupt.
 */
public final class SimulatedCohort {
    /** Diary total sleep time over-estimates the simulated objective value by this many minutes. */
    public static final double DIARY_TST_BIAS_MIN = 20;

    private SimulatedCohort() {
    }

    /**
     * @param dir          output directory (created)
     * @param nights       number of recordings
     * @param ectopyEffect planted log PVC rate per +1 % sleep efficiency
     * @param corrupt      how many files (the last ones) to write as garbage
     * @param seed         cohort seed
     * @return the manifest path
     */
    public static Path write(Path dir, int nights, double ectopyEffect, int corrupt, long seed) throws Exception {
        Files.createDirectories(dir.resolve("nights"));
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] sites = {"A", "B", "C"};
        Path manifest = dir.resolve("manifest.csv");
        try (BufferedWriter w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            w.write("recording_id,path,site,cohort,age,sex,bmi,smoker,diary_tst_min,diary_sol_min,diary_waso_min,diary_se_pct\n");
            for (int i = 0; i < nights; i++) {
                String id = String.format(Locale.ROOT, "sim%05d", i + 1);
                long nightSeed = rnd.nextLong();
                double age = Math.round(30 + 50 * rnd.nextDouble());
                String sex = rnd.nextBoolean() ? "M" : "F";
                double bmi = Math.round((28 + 4 * SimulatedNight.gauss(rnd)) * 10) / 10.0;
                String site = sites[rnd.nextInt(sites.length)];
                String smoker = rnd.nextDouble() < 0.2 ? "yes" : "no";
                Path f = dir.resolve("nights").resolve(id + ".night");
                if (i >= nights - corrupt) {
                    Files.write(f, new byte[] {0, 1, 2, (byte) 0xff, 'E', 'D', 'F'});
                } else {
                    Files.writeString(f, SimulatedNightJob.MAGIC + "\nseed=" + nightSeed
                            + "\nectopy_log_rate_per_se_pct=" + ectopyEffect + "\n", StandardCharsets.UTF_8);
                }
                NightResult night = SimulatedNight.generate(nightSeed, ectopyEffect, age, sex, bmi, false);
                double tib = night.get("tib_min");
                double dTst = Math.max(0, night.get("tst_min") + DIARY_TST_BIAS_MIN + 25 * SimulatedNight.gauss(rnd));
                double dSol = Math.max(0, night.get("sol_min") * 1.3 + 5 * SimulatedNight.gauss(rnd));
                double dWaso = Math.max(0, night.get("waso_min") * 0.7 + 10 * SimulatedNight.gauss(rnd));
                double dSe = Math.min(100, 100 * dTst / tib);
                w.write(String.format(Locale.ROOT, "%s,nights/%s.night,%s,sim,%.0f,%s,%.1f,%s,%.0f,%.0f,%.0f,%.1f%n",
                        id, id, site, age, sex, bmi, smoker, dTst, dSol, dWaso, dSe));
            }
        }
        return manifest;
    }
}
