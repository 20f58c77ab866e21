package org.cardiosleep.cohort;

import java.io.Serializable;

/**
 * What the per-recording job produced for one night: night-level phenotypes as ordered names and
 * a parallel {@code double[]} (NaN = not available), plus optional epoch and event rows.
 *
 * @param names  phenotype names (stable, documented by the job), no duplicates
 * @param values phenotype values, parallel to names
 * @param epochs per-epoch values, or null
 * @param events events, or null
 */
public record NightResult(String[] names, double[] values, EpochTable epochs, EventTable events)
        implements Serializable {
    public NightResult {
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " phenotype names but " + values.length + " values");
        }
    }

    /** The value of a phenotype, or NaN when absent. */
    public double get(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return Double.NaN;
    }

    /**
     * Per-epoch values: {@code values[k][e]} is variable {@code names[k]} in epoch e, which starts at
     * {@code e * epochSec} seconds from the recording start.
     */
    public record EpochTable(double epochSec, String[] names, double[][] values) implements Serializable {
        public EpochTable {
            for (double[] v : values) {
                if (v.length != values[0].length) {
                    throw new IllegalArgumentException("epoch columns differ in length");
                }
            }
            if (names.length != values.length) {
                throw new IllegalArgumentException(names.length + " epoch names but " + values.length + " columns");
            }
        }

        /** Number of epochs. */
        public int size() {
            return values.length == 0 ? 0 : values[0].length;
        }
    }

    /** Events (e.g. ectopic beats, apneas, desaturations): parallel arrays, one entry per event. */
    public record EventTable(String[] types, double[] onsetSec, double[] durationSec, double[] values)
            implements Serializable {
        public EventTable {
            if (onsetSec.length != types.length || durationSec.length != types.length || values.length != types.length) {
                throw new IllegalArgumentException("event columns differ in length");
            }
        }

        public int size() {
            return types.length;
        }
    }
}
