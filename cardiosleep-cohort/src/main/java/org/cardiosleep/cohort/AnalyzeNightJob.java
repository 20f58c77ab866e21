package org.cardiosleep.cohort;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.pheno.analyze.AnalysisOptions;
import org.cardiosleep.pheno.analyze.EpochTable;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.NightAnalyzer;
import org.cardiosleep.pheno.analyze.NightEvent;

/**
 * The real per-night job: opens the manifest entry's recording (EDF/EDF+/BDF, WFDB, CSV) and runs
 * the night pipeline ({@link NightAnalyzer}); night-level phenotypes are the pipeline's variable
 * catalog (NaN where a part is not available), epochs its 30-s epoch table, events its events.
 */
public final class AnalyzeNightJob implements NightJob {
    private static final long serialVersionUID = 1L;
    /** Epoch-table columns stored, in this order. */
    static final String[] EPOCH_COLUMNS = {"stage", "hr_bpm", "rmssd_ms", "sdnn_ms", "beats", "ventricular",
            "supraventricular", "quality", "spo2_mean_pct", "cpc_hfc_share_pct",
            "resp_rate_per_min"};

    private final boolean withEpochs;

    /** @param withEpochs also return epoch and event rows */
    public AnalyzeNightJob(boolean withEpochs) {
        this.withEpochs = withEpochs;
    }

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public NightResult run(ManifestEntry entry) throws Exception {
        NightAnalysis a;
        try (Recording rec = Recordings.open(Path.of(entry.path()))) {
            a = NightAnalyzer.analyze(rec, AnalysisOptions.defaults());
        }
        return toResult(a, withEpochs);
    }

    /** Converts the pipeline's output into the cohort's flat representation. */
    static NightResult toResult(NightAnalysis a, boolean withEpochs) {
        Map<String, Double> vars = a.variables();
        String[] names = new String[vars.size()];
        double[] values = new double[vars.size()];
        int i = 0;
        for (Map.Entry<String, Double> v : vars.entrySet()) {
            names[i] = v.getKey();
            values[i] = v.getValue() == null ? Double.NaN : v.getValue();
            i++;
        }
        if (!withEpochs) {
            return new NightResult(names, values, null, null);
        }
        EpochTable e = a.epochs();
        int n = e.size();
        double[][] cols = new double[EPOCH_COLUMNS.length][n];
        for (int k = 0; k < n; k++) {
            cols[0][k] = e.stage()[k] < 0 ? Double.NaN : e.stage()[k];
            cols[1][k] = e.hrBpm()[k];
            cols[2][k] = e.rmssdMs()[k];
            cols[3][k] = e.sdnnMs()[k];
            cols[4][k] = e.beats()[k];
            cols[5][k] = e.ventricular()[k] < 0 ? Double.NaN : e.ventricular()[k];
            cols[6][k] = e.supraventricular()[k] < 0 ? Double.NaN : e.supraventricular()[k];
            cols[7][k] = e.quality()[k];
            cols[8][k] = e.spo2MeanPct()[k];
            cols[9][k] = e.cpcHfcSharePct()[k];
            cols[10][k] = e.respRatePerMin()[k];
        }
        List<NightEvent> ev = a.events();
        String[] types = new String[ev.size()];
        double[] onset = new double[ev.size()];
        double[] dur = new double[ev.size()];
        double[] val = new double[ev.size()];
        for (int k = 0; k < ev.size(); k++) {
            NightEvent x = ev.get(k);
            types[k] = x.type();
            onset[k] = x.onsetSec();
            dur[k] = x.durationSec();
            val[k] = x.value();
        }
        return new NightResult(names, values, new NightResult.EpochTable(e.epochSec(), EPOCH_COLUMNS.clone(), cols),
                new NightResult.EventTable(types, onset, dur, val));
    }
}
