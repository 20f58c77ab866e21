package org.cardiosleep.signal.hrv;

/**
 * Nonlinear HRV indices. NaN where too few intervals.
 *
 * @param sd1Ms         Poincaré SD1: SD perpendicular to the identity line, sqrt(Var(ΔNN)/2) (ms)
 * @param sd2Ms         Poincaré SD2: SD along the identity line, sqrt(2·SDNN² − SD1²) (ms)
 * @param dfaAlpha1     DFA short-term exponent, boxes of 4–16 beats (Peng 1995)
 * @param dfaAlpha2     DFA long-term exponent, boxes of 16–64 beats
 * @param sampleEntropy SampEn(m = 2, r = 0.2·SD), mean over 5-min segments (Richman &amp; Moorman 2000)
 */
public record NonlinearHrv(double sd1Ms, double sd2Ms, double dfaAlpha1, double dfaAlpha2, double sampleEntropy) {
}
