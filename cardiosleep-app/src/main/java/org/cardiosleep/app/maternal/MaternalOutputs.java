package org.cardiosleep.app.maternal;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cardiosleep.pheno.maternal.EventLockedAnalysis;
import org.cardiosleep.pheno.maternal.FhrResponse;
import org.cardiosleep.pheno.maternal.HypoxicEvent;
import org.cardiosleep.pheno.maternal.MaternalAnalysis;
import org.cardiosleep.pheno.maternal.ResponseModels;
import org.cardiosleep.signal.fhr.FhrEvent;
import org.cardiosleep.stats.glm.GlmFit;

/** Writes the maternal–fetal outputs: per-event tables, FHR events, summary JSON, event-locked average and its plot. */
final class MaternalOutputs {
    private MaternalOutputs() {
    }

    static void write(Path dir, List<String> subjects, List<MaternalAnalysis> results) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("responses.csv"))) {
            w.write("subject,onset_s,end_s,duration_s,baseline_spo2_pct,nadir_spo2_pct,depth_pct,area_pct_s,response,"
                    + "latency_s,magnitude_bpm,pre_fhr_bpm,during_fhr_bpm,post_fhr_bpm,change_bpm,valid_fraction\n");
            for (int s = 0; s < results.size(); s++) {
                for (FhrResponse r : results.get(s).responses()) {
                    HypoxicEvent e = r.event();
                    w.write(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.1f,%.1f,%.1f,%.1f,%s,%s,%s,%.2f,%.2f,%.2f,%.2f,%.3f%n",
                            subjects.get(s), e.onsetSec(), e.endSec(), e.durationSec(), e.baselinePct(), e.nadirPct(),
                            e.depthPct(), e.areaPctSec(), r.kind().name().toLowerCase(Locale.ROOT), num(r.latencySec()),
                            num(r.magnitudeBpm()), r.preMeanBpm(), r.duringMeanBpm(), r.postMeanBpm(), r.changeBpm(),
                            r.validFraction()));
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("fhr-events.csv"))) {
            w.write("subject,kind,start_s,end_s,duration_s,extremum_s,amplitude_bpm\n");
            for (int s = 0; s < results.size(); s++) {
                for (FhrEvent e : results.get(s).fhr().events()) {
                    w.write(String.format(Locale.ROOT, "%s,%s,%.2f,%.2f,%.2f,%.2f,%.1f%n", subjects.get(s),
                            e.kind().name().toLowerCase(Locale.ROOT), e.startSec(), e.endSec(), e.durationSec(),
                            e.extremumSec(), e.amplitudeBpm()));
                }
            }
        }
        // pooled event-locked average (FHR change relative to the pre-event mean)
        int pre = 60, after = 240;
        double[] sum = new double[pre + after + 1], sq = new double[sum.length], n = new double[sum.length];
        for (MaternalAnalysis a : results) {
            double[][] avg = EventLockedAnalysis.average(a.fhr(), a.events(), pre, after);
            for (int k = 0; k < sum.length; k++) {
                double c = avg[3][k];
                if (c > 0) {
                    sum[k] += avg[1][k] * c;
                    double var = Double.isNaN(avg[2][k]) ? 0 : avg[2][k] * avg[2][k];
                    sq[k] += (c - 1) * var + c * avg[1][k] * avg[1][k];
                    n[k] += c;
                }
            }
        }
        double[] mean = new double[sum.length], sd = new double[sum.length];
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("event-locked.csv"))) {
            w.write("offset_s,mean_change_bpm,sd_bpm,events\n");
            for (int k = 0; k < sum.length; k++) {
                mean[k] = n[k] == 0 ? Double.NaN : sum[k] / n[k];
                sd[k] = n[k] < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sq[k] - n[k] * mean[k] * mean[k]) / (n[k] - 1)));
                w.write(String.format(Locale.ROOT, "%d,%s,%s,%d%n", k - pre, num(mean[k]), num(sd[k]), (long) n[k]));
            }
        }
        Files.writeString(dir.resolve("event-locked.svg"), EventLockedPlot.svg(pre, mean, sd));
        Map<String, Object> summary = new LinkedHashMap<>();
        List<Map<String, Object>> per = new ArrayList<>();
        for (int s = 0; s < results.size(); s++) {
            MaternalAnalysis a = results.get(s);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", subjects.get(s));
            m.put("ctgOffsetSec", a.alignment().offsetSec());
            m.put("overlapSec", a.alignment().overlapSec());
            m.put("fhrBaselineBpm", a.fhr().meanBaselineBpm());
            m.put("fhrVariabilityBpm", a.fhr().variabilityBpm());
            m.put("fhrLossPct", 100 * a.fhr().clean().lossFraction());
            m.put("fhrAccelerations", a.fhr().accelerations());
            m.put("fhrDecelerations", a.fhr().decelerations());
            m.put("maternalDesaturations", a.events().size());
            m.put("responsesDeceleration", a.responses().stream().filter(r -> r.kind() == FhrResponse.Kind.DECELERATION).count());
            m.put("responsesAcceleration", a.responses().stream().filter(r -> r.kind() == FhrResponse.Kind.ACCELERATION).count());
            m.put("responsesNone", a.responses().stream().filter(r -> r.kind() == FhrResponse.Kind.NONE).count());
            m.put("responsesUnusable", a.responses().stream().filter(r -> r.kind() == FhrResponse.Kind.UNUSABLE).count());
            List<ResponseModels.Row> rows = ResponseModels.rows(List.of(a));
            m.put("decelerationModel", model(rows, false, true));
            per.add(m);
        }
        summary.put("subjects", per);
        List<ResponseModels.Row> all = ResponseModels.rows(results);
        summary.put("pooledDecelerationModel", results.size() >= 2 ? model(all, true, true) : null);
        summary.put("pooledChangeModel", results.size() >= 2 ? model(all, true, false) : null);
        Files.write(dir.resolve("summary.json"), MaternalCommand.json().writeValueAsBytes(summary));
    }

    /** A GLM as a JSON-able map, or a note saying why it was not fitted. */
    static Object model(List<ResponseModels.Row> rows, boolean clustered, boolean logistic) {
        long pos = rows.stream().filter(r -> r.response().kind() == FhrResponse.Kind.DECELERATION).count();
        if (rows.size() < 10 || (logistic && (pos < 3 || rows.size() - pos < 3))) {
            return Map.of("note", "not fitted: " + rows.size() + " usable events, " + pos + " with deceleration");
        }
        GlmFit f = logistic ? ResponseModels.deceleration(rows, clustered) : ResponseModels.change(rows, clustered);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("family", f.family().name().toLowerCase(Locale.ROOT));
        m.put("standardErrors", clustered ? "subject-clustered (CR1)" : "model-based");
        m.put("n", f.observations());
        List<Map<String, Object>> terms = new ArrayList<>();
        for (int i = 0; i < f.terms().length; i++) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("term", f.terms()[i]);
            t.put("estimate", f.coefficients()[i]);
            t.put("stdError", f.standardErrors()[i]);
            t.put("ciLower", f.ciLower()[i]);
            t.put("ciUpper", f.ciUpper()[i]);
            t.put("p", f.pValues()[i]);
            terms.add(t);
        }
        m.put("terms", terms);
        m.put("warnings", f.warnings());
        return m;
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }
}
