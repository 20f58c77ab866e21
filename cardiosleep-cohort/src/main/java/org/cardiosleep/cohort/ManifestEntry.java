package org.cardiosleep.cohort;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One row of a cohort manifest: a recording and what is known about its subject.
 *
 * @param recordingId unique id of the recording (night)
 * @param paths       the recording's file(s), absolute or relative to the manifest's directory as resolved
 * @param site        acquisition site, or "" when unknown
 * @param cohort      cohort / study name, or ""
 * @param ageYears    age in years, NaN when unknown
 * @param sex         sex as given ("F", "M", ...), or ""
 * @param bmiKgM2     body-mass index in kg/m^2, NaN when unknown
 * @param covariates  free covariates (column name to text value), in manifest column order
 * @param diary       diary / questionnaire answers (manifest columns prefixed {@code diary_}, prefix kept)
 */
public record ManifestEntry(String recordingId, List<String> paths, String site, String cohort, double ageYears,
                            String sex, double bmiKgM2, Map<String, String> covariates,
                            Map<String, String> diary) implements Serializable {
    public ManifestEntry {
        if (recordingId == null || recordingId.isBlank()) {
            throw new IllegalArgumentException("manifest entry without recording id");
        }
        paths = List.copyOf(paths);
        covariates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(covariates));
        diary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(diary));
    }

    /** The first (main) file of the recording. */
    public String path() {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException(recordingId + ": manifest entry has no path");
        }
        return paths.get(0);
    }
}
