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
import org.cardiosleep.signal.sim.SimStage;
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
        return write(dir, nights, durationSec, corrupt, seed, 0.0);
    }

    /**
     * As {@link #write(Path, int, double, int, long)} with a planted association: each night's
     * probability of a premature ventricular beat is {@code 0.003 * exp(pvcEffect * (SE - 85))},
     * SE being the simulated (true) sleep efficiency in % of the recording. The manifest carries
     * the truth as free covariates {@code true_se_pct} and {@code true_pvc_count}.
     */
    public static Path write(Path dir, int nights, double durationSec, int corrupt, long seed, double pvcEffect)
            throws Exception {
        Files.createDirectories(dir.resolve("edf"));
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] sites = {"A", "B", "C"};
        Path manifest = dir.resolve("manifest.csv");
        try (BufferedWriter w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            w.write("recording_id,path,site,cohort,age,sex,bmi,true_se_pct,true_pvc_count\n");
            for (int i = 0; i < nights; i++) {
                String id = String.format(Locale.ROOT, "ecg%05d", i + 1);
                long nightSeed = rnd.nextLong();
                Path f = dir.resolve("edf").resolve(id + ".edf");
                SimConfig cfg = SimConfig.night(nightSeed).withDurationSec(durationSec);
                // the hypnogram depends on the seed and duration only, so a first pass gives the
                // true sleep efficiency from which the night's PVC probability is planted
                byte[] hyp = NightSimulator.simulate(cfg).hypnogram();
                int asleep = 0;
                for (byte st : hyp) {
                    asleep += st != SimStage.WAKE.ordinal() ? 1 : 0;
                }
                double se = 100.0 * asleep / hyp.length;
                cfg = new SimConfig(cfg.durationSec(), cfg.ecgRateHz(), cfg.spo2RateHz(), cfg.seed(), cfg.targetAhi(),
                        cfg.pvcPerBeat() * Math.exp(pvcEffect * (se - 85)), cfg.pacPerBeat(), cfg.afEpisodeSec(),
                        cfg.leadOffSec(), cfg.noiseMv());
                int pvc = 0;
                if (i >= nights - corrupt) {
                    Files.write(f, "0       not an EDF header".getBytes(StandardCharsets.US_ASCII));
                } else {
                    pvc = writeEdf(f, cfg);
                }
                w.write(String.format(Locale.ROOT, "%s,edf/%s.edf,%s,sim-ecg,%.0f,%s,%.1f,%.3f,%d%n", id, id,
                        sites[rnd.nextInt(sites.length)], Math.floor(30 + 50 * rnd.nextDouble()),
                        rnd.nextBoolean() ? "M" : "F", 22 + 12 * rnd.nextDouble(), se, pvc));
            }
        }
        return manifest;
    }

    /** One simulated night as an EDF+ file (ECG + SpO2, truth as annotations); returns its true PVC count. */
    public static int writeEdf(Path file, SimConfig cfg) throws Exception {
        SimulatedNight night = NightSimulator.simulate(cfg);
        SimulatedRecording rec = new SimulatedRecording(night, file);
        List<SignalInfo> sig = rec.signals();
        int[][] digital = new int[sig.size()][];
        for (int c = 0; c < sig.size(); c++) {
            digital[c] = rec.readDigital(c, 0, (int) sig.get(c).sampleCount());
        }
        List<Annotation> ann = rec.annotations();
        EdfWriter.write(file, EdfWriter.Header.of(rec.startTime().orElseThrow()), sig, digital, ann);
        int pvc = 0;
        for (byte c : night.beatClasses()) {
            pvc += c == 'V' ? 1 : 0;
        }
        return pvc;
    }
}
