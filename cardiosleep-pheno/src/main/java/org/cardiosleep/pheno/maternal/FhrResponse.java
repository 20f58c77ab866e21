package org.cardiosleep.pheno.maternal;

/**
 * The fetal heart rate response to one maternal hypoxic event.
 *
 * @param event          the maternal event (CTG clock: already aligned)
 * @param kind           the response
 * @param latencySec     from event onset to the start of the responding FHR event (NaN for none)
 * @param magnitudeBpm   signed amplitude of the responding FHR event (NaN for none)
 * @param preMeanBpm     mean FHR in the pre window
 * @param duringMeanBpm  mean FHR from onset to end + response lag
 * @param postMeanBpm    mean FHR in the post window
 * @param validFraction  fraction of valid FHR in the analysis windows
 */
public record FhrResponse(HypoxicEvent event, Kind kind, double latencySec, double magnitudeBpm, double preMeanBpm,
                          double duringMeanBpm, double postMeanBpm, double validFraction) {

    public enum Kind { DECELERATION, ACCELERATION, NONE, UNUSABLE }

    public double changeBpm() {
        return duringMeanBpm - preMeanBpm;
    }
}
