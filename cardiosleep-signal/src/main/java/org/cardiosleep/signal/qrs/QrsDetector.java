package org.cardiosleep.signal.qrs;

import java.util.List;

import org.cardiosleep.signal.filter.Biquad;
import org.cardiosleep.signal.filter.Butterworth;

/**
 * Streaming single-lead QRS detector for sampling rates of 100–1000 Hz, either polarity.
 *
 * <p>Feature stage (O(1) per sample, no allocation): causal Butterworth band-pass (high-pass order 2, low-pass order 4),
 * slope over {@code derivativeSec}, absolute value, moving-window integration over
 * {@code integrationSec} (Hamilton &amp; Tompkins 1986). Peaks of the integrated slope are found
 * as in Hamilton's detector: a maximum followed by a fall to half of it (or 95 ms). A peak survives
 * when no larger one follows within the refractory period.
 *
 * <p>Decision stage (per surviving peak): adaptive threshold between the median QRS and the median
 * noise peak levels of the last eight of each; T-wave test by slope for peaks within 360 ms of a
 * beat (Pan &amp; Tompkins 1985); search back for the largest peak when no beat came within 1.5
 * median RR. Beat times are refined to the dominant QRS extremum of the input signal.
 *
 * <p>Feed samples with {@link #process}, in chunks of any size: the output does not depend on the
 * chunking. Memory is bounded (ring buffers of a few seconds); beats are handed out by
 * {@link #drainBeats()}. Not thread-safe; one instance per stream.
 */
public final class QrsDetector {
    /** Samples filtered at a time, before the feature stage reads them from the rings. */
    private static final int BLOCK = 4096;
    private final double fsHz;
    private final QrsParameters p;
    // band-pass sections, unrolled (3 biquads), transposed direct form II
    private final double[] b0 = new double[3], b1 = new double[3], b2 = new double[3], a1 = new double[3],
            a2 = new double[3];
    private double z10, z20, z11, z21, z12, z22;

    private final int derivLag, win, peakTimeout;
    private final SignalRings rings;

    private long n; // index of the next sample
    private double lastX;
    private boolean started;
    private double mwiSum;
    private double prevM;
    // Hamilton peak finder
    private double pkMax;
    private long pkMaxPos;
    private int timeSinceMax;
    private final BeatDecider decider;

    /** A detector with the default parameters. */
    public QrsDetector(double fsHz) {
        this(fsHz, QrsParameters.defaults());
    }

    public QrsDetector(double fsHz, QrsParameters params) {
        if (!(fsHz >= 50) || !(fsHz <= 20000)) {
            throw new IllegalArgumentException("sampling rate out of range for QRS detection: " + fsHz + " Hz");
        }
        this.fsHz = fsHz;
        this.p = params;
        double hi = Math.min(params.bandHighHz(), 0.45 * fsHz);
        // high-pass of order 2 (the slope stage adds a further zero at DC), low-pass of order 4
        // (steeper roll-off against muscle noise, whose spectrum overlaps the QRS above 20 Hz)
        Biquad hp = Butterworth.highpass(2, params.bandLowHz(), fsHz).sections().get(0);
        List<Biquad> lp = Butterworth.lowpass(4, hi, fsHz).sections();
        Biquad[] s = {hp, lp.get(0), lp.get(1)};
        for (int i = 0; i < 3; i++) {
            b0[i] = s[i].b0();
            b1[i] = s[i].b1();
            b2[i] = s[i].b2();
            a1[i] = s[i].a1();
            a2[i] = s[i].a2();
        }
        derivLag = Math.max(1, (int) Math.round(params.derivativeSec() * fsHz));
        win = Math.max(2, (int) Math.round(params.integrationSec() * fsHz));
        int refractory = (int) Math.round(params.refractorySec() * fsHz);
        peakTimeout = (int) Math.round(0.095 * fsHz);
        // group delay of the band-pass near 10 Hz, where QRS energy peaks
        int groupDelay = (int) Math.round(groupDelaySamples(s, 10.0, fsHz));
        int refineHalf = Math.max(1, (int) Math.round(0.05 * fsHz));
        int baseHalf = Math.max(1, (int) Math.round(0.10 * fsHz));
        // the rings must reach back over the learning period (its candidates are refined at its end)
        // from any sample of a block, while the block's filtered samples are already in them
        int ring = Integer.highestOneBit((int) Math.ceil((params.learnSec() + 1.5) * fsHz) + BLOCK) * 2;
        rings = new SignalRings(ring, win, derivLag, refineHalf, baseHalf, groupDelay);
        decider = new BeatDecider(fsHz, params, rings, win, refractory, peakTimeout);
    }

    /** Detects the beats of a whole signal; returns the sample index of each R peak, ascending. */
    public static long[] detect(double[] ecg, double fsHz) {
        QrsDetector d = new QrsDetector(fsHz);
        d.process(ecg, 0, ecg.length);
        d.finish();
        return d.drainBeats();
    }

    /** The sampling rate this detector was built for. */
    public double samplingRateHz() {
        return fsHz;
    }

    /** Number of samples processed so far. */
    public long samplesProcessed() {
        return n;
    }

    /** Processes {@code len} samples of {@code x} from {@code off}. NaN samples (gaps) hold the last value. */
    public void process(double[] x, int off, int len) {
        int end = off + len;
        for (int i = off; i < end; i += BLOCK) {
            processBlock(x, i, Math.min(end, i + BLOCK));
            flushDenormals();
        }
    }

    private void processBlock(double[] x, int from, int to) {
        if (!started) {
            for (int i = from; i < to; i++) {
                if (x[i] == x[i]) {
                    start(x[i]);
                    break;
                }
            }
        }
        filterBlock(x, from, to);
        featureBlock(to - from);
    }

    /**
     * The band-pass of {@code x[from..to)} into the rings (input and output). A loop of its own: with
     * only the filter's coefficients and state live, the compiler keeps the state in registers, where
     * the fused loop spilled it (the recurrence is the loop's critical path).
     */
    private void filterBlock(double[] x, int from, int to) {
        final int mask = rings.mask;
        final double[] xr = rings.x, br = rings.bp;
        final double b00 = b0[0], b10 = b1[0], b20 = b2[0], a10 = a1[0], a20 = a2[0];
        final double b01 = b0[1], b11 = b1[1], b21 = b2[1], a11 = a1[1], a21 = a2[1];
        final double b02 = b0[2], b12 = b1[2], b22 = b2[2], a12 = a1[2], a22 = a2[2];
        double s10 = z10, s20 = z20, s11 = z11, s21 = z21, s12 = z12, s22 = z22;
        double last = lastX;
        int k = (int) n & mask;
        for (int i = from; i < to; i++, k = (k + 1) & mask) {
            double v = x[i];
            if (v != v) {
                v = last; // gap: hold the last value, which yields no slope and so no beat
            }
            last = v;
            double y = b00 * v + s10;
            s10 = b10 * v - a10 * y + s20;
            s20 = b20 * v - a20 * y;
            double u = y;
            y = b01 * u + s11;
            s11 = b11 * u - a11 * y + s21;
            s21 = b21 * u - a21 * y;
            u = y;
            y = b02 * u + s12;
            s12 = b12 * u - a12 * y + s22;
            s22 = b22 * u - a22 * y;
            xr[k] = v;
            br[k] = y;
        }
        z10 = s10; z20 = s20; z11 = s11; z21 = s21; z12 = s12; z22 = s22;
        lastX = last;
    }

    /**
     * Slope, moving-window integration and Hamilton's peak finder over the next {@code count}
     * band-passed samples in the rings, handing peaks and deadlines to the decider. The decider only
     * looks back (at samples up to the peak it is given), so the rings may already hold the rest of
     * the block.
     */
    private void featureBlock(int count) {
        final int mask = rings.mask;
        final double[] br = rings.bp, sr = rings.slope;
        final BeatDecider dec = decider;
        final int lag = derivLag, w = win;
        final double invW = 1.0 / w;
        long t = n;
        double sum = mwiSum, prev = prevM;
        // the peak finder's state and the next decision deadline live in registers in the loop
        double pkM = pkMax;
        long pkPos = pkMaxPos;
        int since = timeSinceMax;
        final int timeout = peakTimeout;
        long next = dec.nextEvent;
        int k = (int) t & mask;
        for (int c = 0; c < count; c++, t++, k = (k + 1) & mask) {
            double slope = Math.abs(br[k] - br[(k - lag) & mask]);
            sum += slope - sr[(k - w) & mask];
            sr[k] = slope;
            double m = sum * invW;
            // Hamilton's peak finder: a maximum, declared when the feature halves or after 95 ms
            if (since > 0) {
                since++;
            }
            if (m > prev && m > pkM) {
                pkM = m;
                pkPos = t;
                since = 1;
            } else if (since > 0 && (m < 0.5 * pkM || since > timeout)) {
                dec.onPeak(pkM, pkPos, t);
                next = dec.nextEvent;
                pkM = 0;
                since = 0;
            }
            prev = m;
            if (t >= next) {
                dec.tick(t);
                next = dec.nextEvent;
            }
        }
        n = t;
        mwiSum = sum;
        prevM = prev;
        pkMax = pkM;
        pkMaxPos = pkPos;
        timeSinceMax = since;
    }

    /**
     * Starts the filters in their steady state for the first valid sample, as if the signal had
     * always had that value: a recording that starts away from zero then makes no step transient.
     */
    private void start(double v) {
        started = true;
        lastX = v;
        double in = v;
        double[] z1 = new double[3], z2 = new double[3];
        for (int s = 0; s < 3; s++) {
            double y = in * (b0[s] + b1[s] + b2[s]) / (1 + a1[s] + a2[s]);
            z2[s] = b2[s] * in - a2[s] * y;
            z1[s] = b1[s] * in - a1[s] * y + z2[s];
            in = y;
        }
        z10 = z1[0];
        z20 = z2[0];
        z11 = z1[1];
        z21 = z2[1];
        z12 = z1[2];
        z22 = z2[2];
        rings.fill(v, in);
    }

    /** Ends the stream: decides the peak still waiting, so the last beats are reported. */
    public void finish() {
        if (timeSinceMax > 0) {
            decider.onPeak(pkMax, pkMaxPos, n);
            pkMax = 0;
            timeSinceMax = 0;
        }
        decider.finish(n);
    }

    /**
     * Every beat before this sample index has been reported (or will never be): later input can
     * only add beats at or after it. Lets a streaming caller finish windows whose beats are final.
     */
    public long finalizedBefore() {
        long f = n - peakTimeout - rings.reach();
        if (timeSinceMax > 0) {
            f = Math.min(f, pkMaxPos - rings.reach());
        }
        return Math.max(0, decider.horizon(f));
    }

    /** Returns the beats found since the last call (sample indices, ascending) and forgets them. */
    public long[] drainBeats() {
        return decider.drainBeats();
    }

    private void flushDenormals() {
        // a flat input decays the filter state towards zero through subnormal numbers, which are
        // slow on most CPUs; below 1e-200 the state is zero for any ECG purpose
        if (Math.abs(z10) < 1e-200) z10 = 0;
        if (Math.abs(z20) < 1e-200) z20 = 0;
        if (Math.abs(z11) < 1e-200) z11 = 0;
        if (Math.abs(z21) < 1e-200) z21 = 0;
        if (Math.abs(z12) < 1e-200) z12 = 0;
        if (Math.abs(z22) < 1e-200) z22 = 0;
        if (Math.abs(mwiSum) < 1e-200) mwiSum = 0;
    }

    private static double groupDelaySamples(Biquad[] s, double f, double fs) {
        double h = 1e-3;
        return -(phase(s, f + h, fs) - phase(s, f - h, fs)) / (2 * Math.PI * 2 * h / fs);
    }

    private static double phase(Biquad[] s, double f, double fs) {
        double w = 2 * Math.PI * f / fs, ph = 0;
        for (Biquad b : s) {
            double nr = b.b0() + b.b1() * Math.cos(w) + b.b2() * Math.cos(2 * w);
            double ni = -(b.b1() * Math.sin(w) + b.b2() * Math.sin(2 * w));
            double dr = 1 + b.a1() * Math.cos(w) + b.a2() * Math.cos(2 * w);
            double di = -(b.a1() * Math.sin(w) + b.a2() * Math.sin(2 * w));
            ph += Math.atan2(ni, nr) - Math.atan2(di, dr);
        }
        return ph;
    }
}
