package org.cardiosleep.signal.hrv;

/**
 * Time-domain HRV (Task Force 1996). NaN where too few intervals.
 *
 * @param nnCount          number of NN intervals used
 * @param meanNnMs         mean NN interval (ms)
 * @param meanHrBpm        60000 / mean NN (bpm)
 * @param sdnnMs           standard deviation of NN intervals (ms, n-1 denominator)
 * @param rmssdMs          root mean square of successive differences of adjacent NN intervals (ms)
 * @param pnn50Pct         percentage of adjacent-NN differences greater than 50 ms
 * @param triangularIndex  NN count / height of the NN histogram mode, bins of 1/128 s
 * @param tinnMs           baseline width of the least-squares triangle fitted to the NN histogram (ms)
 */
public record TimeDomainHrv(int nnCount, double meanNnMs, double meanHrBpm, double sdnnMs, double rmssdMs,
                            double pnn50Pct, double triangularIndex, double tinnMs) {
}
