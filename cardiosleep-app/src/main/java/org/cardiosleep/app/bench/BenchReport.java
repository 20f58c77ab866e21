package org.cardiosleep.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.cardiosleep.app.AtomicOutput;

/**
 * The JSON object every benchmark writes:
 * {@code {"benchmark", "dataset", "records", "protocol", "metrics": {...}, "perRecord": [...], "seconds"}}.
 * Percentages are 0–100, kappa and F1 0–1 (see BENCHMARKS.md for the metric names).
 */
public final class BenchReport {
    private final String benchmark;
    private String dataset = "";
    private String protocol = "";
    private final Map<String, Object> metrics = new LinkedHashMap<>();
    private final List<Map<String, Object>> perRecord = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private final long startNanos = System.nanoTime();

    public BenchReport(String benchmark) {
        this.benchmark = benchmark;
    }

    public BenchReport dataset(String dataset) {
        this.dataset = dataset;
        return this;
    }

    public BenchReport protocol(String protocol) {
        this.protocol = protocol;
        return this;
    }

    public BenchReport metric(String name, Object value) {
        metrics.put(name, value);
        return this;
    }

    /** Adds one row of the per-record table (insertion order of keys is kept). */
    public BenchReport record(Map<String, Object> row) {
        perRecord.add(new LinkedHashMap<>(row));
        return this;
    }

    /** Any further top-level field (e.g. "confusion", "machine"). */
    public BenchReport extra(String name, Object value) {
        extra.put(name, value);
        return this;
    }

    public Map<String, Object> metrics() {
        return metrics;
    }

    /** The report as an ordered map, with the elapsed wall time in {@code seconds}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benchmark", benchmark);
        m.put("dataset", dataset);
        m.put("records", perRecord.size());
        m.put("protocol", protocol);
        m.put("metrics", metrics);
        m.put("perRecord", perRecord);
        m.putAll(extra);
        m.put("seconds", Math.round((System.nanoTime() - startNanos) / 1e6) / 1e3);
        return m;
    }

    /** Writes the report atomically to {@code file}. */
    public void write(Path file) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        byte[] json = mapper.writeValueAsBytes(toMap());
        AtomicOutput.file(file, tmp -> Files.write(tmp, json));
    }
}
