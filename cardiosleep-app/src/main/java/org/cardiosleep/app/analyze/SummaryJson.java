package org.cardiosleep.app.analyze;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.RecordingSummary;
import org.cardiosleep.pheno.analyze.VariableCatalog;

/**
 * {@code summary.json}: the recording, which parts of the pipeline ran, and every catalog variable
 * ({@link VariableCatalog}, documented in docs/VARIABLES.md) with null where not available.
 */
public final class SummaryJson {
    /** Version of the summary layout; bumped when a name changes meaning. */
    public static final int SCHEMA_VERSION = 1;

    private SummaryJson() {
    }

    public static Map<String, Object> toMap(NightAnalysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schemaVersion", SCHEMA_VERSION);
        RecordingSummary r = a.recording();
        Map<String, Object> rec = new LinkedHashMap<>();
        rec.put("source", r.source());
        rec.put("format", r.format());
        rec.put("startTime", r.startTime());
        rec.put("durationSec", round(r.durationSec()));
        rec.put("ecgChannel", r.ecgChannel());
        rec.put("ecgRateHz", r.ecgRateHz());
        rec.put("ecgChannelChoice", r.ecgChoice());
        rec.put("spo2Channel", r.spo2Channel());
        m.put("recording", rec);
        m.put("parts", a.parts());
        if (a.oximetry() != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("odiDenominator", a.oximetry().sleepDenominator() ? "total sleep time" : "valid SpO2 time");
            o.put("hypoxicBurdenAnchor", a.oximetry().burdenAnchor());
            o.put("hypoxicBurdenWindowSec", new double[] {a.oximetry().hypoxicBurden().windowStartSec(),
                a.oximetry().hypoxicBurden().windowEndSec()});
            m.put("oximetryMethod", o);
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        for (VariableCatalog.Variable v : VariableCatalog.all()) {
            double x = a.value(v.name());
            vars.put(v.name(), Double.isFinite(x) ? round(x) : null);
        }
        m.put("variables", vars);
        return m;
    }

    /** Rounds to 6 significant digits so the JSON stays readable and diff-able. */
    static Object round(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return (long) x;
        }
        // what %.6g prints: the shortest decimal form of x rounded half-up to 6 significant digits
        return new java.math.BigDecimal(Double.toString(x))
                .round(new java.math.MathContext(6, java.math.RoundingMode.HALF_UP)).doubleValue();
    }

    public static String toJson(NightAnalysis a) {
        return JsonText.write(toMap(a));
    }
}
