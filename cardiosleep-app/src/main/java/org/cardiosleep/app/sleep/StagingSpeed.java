package org.cardiosleep.app.sleep;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.pheno.sleep.SleepStager;
import org.cardiosleep.pheno.sleep.SlpdbTextRecord;

/**
 * Times staging from beat times (NN cleaning, epoch features, trees, HMM smoothing) of whole
 * nights on one thread, in thread CPU time after a JIT warm-up, scaled to an 8-h night.
 */
final class StagingSpeed {
    private StagingSpeed() {
    }

    static Map<String, Object> measure(List<SlpdbTextRecord> records, SleepStager stager) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 2; warm++) {
            run(records, stager);
        }
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        double hours = run(records, stager);
        long cpu = mx.getCurrentThreadCpuTime() - c0;
        long wall = System.nanoTime() - w0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nightsHours", Math.round(hours * 100) / 100.0);
        m.put("cpuSecondsPer8hNight", Math.round(cpu / 1e9 / hours * 8 * 1e4) / 1e4);
        m.put("wallSecondsPer8hNight", Math.round(wall / 1e9 / hours * 8 * 1e4) / 1e4);
        m.put("includes", "beat times -> NN cleaning -> epoch features -> boosted trees -> HMM; one thread, JIT warmed");
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("java", System.getProperty("java.version"));
        return m;
    }

    private static double run(List<SlpdbTextRecord> records, SleepStager stager) {
        double hours = 0;
        for (SlpdbTextRecord r : records) {
            int epochs = r.hypnogram().size();
            hours += epochs * SlpdbTextRecord.EPOCH_SEC / 3600;
            stager.stage(r.beats().timeSec(), r.normalBeats(), SlpdbTextRecord.EPOCH_SEC, epochs);
        }
        return hours;
    }
}
