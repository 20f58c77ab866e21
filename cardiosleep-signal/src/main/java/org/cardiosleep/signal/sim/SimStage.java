package org.cardiosleep.signal.sim;

/** Sleep stage of a simulated 30-s epoch (AASM 2012 stages; N3 includes the former stages 3 and 4). */
public enum SimStage {
    WAKE, N1, N2, N3, REM;

    /** True for every stage but wake. */
    public boolean asleep() {
        return this != WAKE;
    }
}
