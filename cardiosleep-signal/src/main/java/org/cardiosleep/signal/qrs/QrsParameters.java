package org.cardiosleep.signal.qrs;

/**
 * The few global parameters of {@link QrsDetector}, in physiological units (seconds, hertz), so
 * that one setting serves every sampling rate from 100 to 1000 Hz. The defaults are chosen for
 * physiology, after Pan &amp; Tompkins (1985) and Hamilton &amp; Tompkins (1986), not per record.
 *
 * @param bandLowHz         high-pass corner: removes baseline wander, P and most of T energy
 * @param bandHighHz        low-pass corner: QRS energy lies around 5–20 Hz, muscle noise above
 * @param derivativeSec     span of the slope estimate
 * @param integrationSec    moving-window integration of the absolute slope (about one QRS width)
 * @param refractorySec     blanking after a peak: no second ventricular depolarisation within it
 * @param thresholdFraction detection threshold between the noise (0) and QRS (1) peak levels
 * @param searchbackRr      search back for a missed beat after this many median RR intervals
 * @param searchbackFraction searched-back peaks must exceed this fraction of the threshold
 * @param tWaveSec          a candidate this soon after a beat must show QRS-like slope (T-wave test)
 * @param tWaveSlopeRatio   ... at least this fraction of the previous beat's maximal slope
 * @param tWaveLevelRatio   ... or a feature peak this many times the patient's median T-wave peak
 * @param learnSec          length of the initial learning period that seeds the peak levels
 * @param relearnSec        with no beat for this long, the peak levels are re-learned
 */
public record QrsParameters(double bandLowHz, double bandHighHz, double derivativeSec, double integrationSec,
                            double refractorySec, double thresholdFraction, double searchbackRr,
                            double searchbackFraction, double tWaveSec, double tWaveSlopeRatio,
                            double tWaveLevelRatio, double learnSec, double relearnSec) {

    /** The defaults used for every published figure. */
    public static QrsParameters defaults() {
        return new QrsParameters(5, 18, 0.010, 0.080, 0.200, 0.3125, 1.5, 0.5, 0.36, 0.5, 4.0, 4.0, 8.0);
    }
}
