package org.cardiosleep.pheno.holter;

import java.util.List;
import java.util.Map;

import org.cardiosleep.signal.rhythm.RhythmEvent;

/**
 * The Holter phenotype of one recording. Variable names are stable and documented in
 * {@code docs/holter-variables.md}; values are numbers (NaN when not computable), counts, or
 * strings for provenance.
 *
 * @param variables whole-recording variables, in documentation order
 * @param hourly    one row per hour from the start (or per clock hour when the start time is known)
 * @param daily     one row per 24 h from the start, for recordings longer than a day (else empty)
 * @param periods   day / night (clock-based) or their heart-rate proxies, name → variables
 * @param stages    sleep stage → variables, empty without a hypnogram
 * @param events    rhythm events and episodes
 * @param afBeat    per-beat AF decision
 * @param nnBeat    per-beat flag: the interval ending at this beat is an NN interval used for HRV
 * @param classes   the beat classes the analysis counted (see
 *                  {@link HolterAnalysis#analyze(HolterInput, boolean)}), null without classes
 */
public record HolterResult(Map<String, Object> variables, List<Map<String, Object>> hourly, List<Map<String, Object>> daily,
                           Map<String, Map<String, Object>> periods, Map<String, Map<String, Object>> stages,
                           List<RhythmEvent> events, boolean[] afBeat, boolean[] nnBeat, byte[] classes) {
}
