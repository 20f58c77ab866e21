package org.cardiosleep.signal.qrs;

import java.util.Arrays;
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
 * chunking. Memory is bounded (ring buffers of two seconds); beats are handed out by
 * {@link #drainBeats()}. Not thread-safe; one instance per stream.
 */
public final class QrsDetector {
    private static final int NLEVELS = 8;

    private final double fsHz;
    private final QrsParameters p;
    // band-pass sections, unrolled (4 biquads), transposed direct form II
    private final double[] b0 = new double[3], b1 = new double[3], b2 = new double[3], a1 = new double[3],
            a2 = new double[3];
    private double z10, z20, z11, z21, z12, z22;

    private final int derivLag, win, refractory, peakTimeout, tWaveWin, groupDelay;
    private final int learnLen, relearnLen, refineHalf, baseHalf;

    // rings of the last RING samples of input and band-passed signal, and of the absolute slope
    private final int ringMask;
    private final double[] xRing, bpRing, slopeRing;

    private long n; // index of the next sample
    private double lastX;
    private boolean started;
    private double mwiSum;
    private double prevM;
    // Hamilton peak finder
    private double pkMax;
    private long pkMaxPos;
    private int timeSinceMax;
    // pre-blank stage (candidate waiting for a larger peak)
    private boolean pending;
    private double pendHeight;
    private long pendPos, pendDeadline;
    private long nextEvent;
    private boolean rrValid;

    // decision state
    private final double[] qrsLevels = new double[NLEVELS], noiseLevels = new double[NLEVELS];
    private final long[] rrs = new long[NLEVELS];
    private int qrsIdx, noiseIdx, rrIdx;
    private double threshold, qrsLevel, noiseLevel;
    private long rrMedian;
    private boolean learning = true;
    private final double[] learnMax;
    private long[] learnPos = new long[16];
    private double[] learnHeight = new double[16];
    private int learnCount;
    private long lastQrsPeak = Long.MIN_VALUE / 4;
    private double lastQrsSlope;
    private final double[] tLevels = new double[NLEVELS];
    private int tIdx;
    private double tLevel = Double.MAX_VALUE / 1e3; // median of recent T-wave-window noise peaks
    // the last accepted beat is held until no later candidate can replace it
    private boolean hasTentative, tentRrAdded;
    private double tentHeight, tentSlope;
    private long tentPos, tentBeat, tentPrevPeak;
    private final int holdLen;
    // best search-back candidate since the last beat
    private double sbHeight;
    private long sbPos, sbBeat;
    private double relearnMax;

    private long[] beats = new long[64];
    private int beatCount;

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
        refractory = (int) Math.round(params.refractorySec() * fsHz);
        peakTimeout = (int) Math.round(0.095 * fsHz);
        tWaveWin = (int) Math.round(params.tWaveSec() * fsHz);
        // group delay of the band-pass near 10 Hz, where QRS energy peaks
        groupDelay = (int) Math.round(groupDelaySamples(s, 10.0, fsHz));
        learnLen = (int) Math.round(params.learnSec() * fsHz);
        relearnLen = (int) Math.round(params.relearnSec() * fsHz);
        holdLen = tWaveWin + refractory + peakTimeout + 1;
        refineHalf = Math.max(1, (int) Math.round(0.05 * fsHz));
        baseHalf = Math.max(1, (int) Math.round(0.10 * fsHz));
        // the rings must reach back over the learning period: its candidates are refined at its end
        int ring = Integer.highestOneBit((int) Math.ceil((params.learnSec() + 1.5) * fsHz)) * 2;
        ringMask = ring - 1;
        xRing = new double[ring];
        bpRing = new double[ring];
        slopeRing = new double[ring];
        learnMax = new double[(int) Math.ceil(params.learnSec())];
        Arrays.fill(rrs, Math.round(fsHz));
        rrMedian = Math.round(fsHz);
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
        for (int i = off; i < end; i += 4096) {
            processBlock(x, i, Math.min(end, i + 4096));
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
        final int mask = ringMask;
        final double[] xr = xRing, br = bpRing, sr = slopeRing;
        final double b00 = b0[0], b10 = b1[0], b20 = b2[0], a10 = a1[0], a20 = a2[0];
        final double b01 = b0[1], b11 = b1[1], b21 = b2[1], a11 = a1[1], a21 = a2[1];
        final double b02 = b0[2], b12 = b1[2], b22 = b2[2], a12 = a1[2], a22 = a2[2];
        double s10 = z10, s20 = z20, s11 = z11, s21 = z21, s12 = z12, s22 = z22;
        final int lag = derivLag, w = win;
        final double invW = 1.0 / w;
        long t = n;
        double sum = mwiSum, prev = prevM, last = lastX;
        for (int i = from; i < to; i++, t++) {
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
            int k = (int) t & mask;
            xr[k] = v;
            br[k] = y;
            double slope = Math.abs(y - br[(int) (t - lag) & mask]);
            sum += slope - sr[(int) (t - w) & mask];
            sr[k] = slope;
            double m = sum * invW;
            // Hamilton's peak finder: a maximum, declared when the feature halves or after 95 ms
            if (timeSinceMax > 0) {
                timeSinceMax++;
            }
            if (m > prev && m > pkMax) {
                pkMax = m;
                pkMaxPos = t;
                timeSinceMax = 1;
            } else if (timeSinceMax > 0 && (m < 0.5 * pkMax || timeSinceMax > peakTimeout)) {
                n = t;
                onPeak(pkMax, pkMaxPos);
                pkMax = 0;
                timeSinceMax = 0;
            }
            prev = m;
            if (t >= nextEvent) {
                n = t;
                tick(t);
            }
        }
        n = t;
        z10 = s10; z20 = s20; z11 = s11; z21 = s21; z12 = s12; z22 = s22;
        mwiSum = sum;
        prevM = prev;
        lastX = last;
    }

    /**
     * Starts the filters in their steady state for the first valid sample, as if the signal had
     * always had that value: a recording that starts away from zero then makes no step transient.
     */
    private void start(double v) {
        started = true;
        lastX = v;
        Arrays.fill(xRing, v);
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
        Arrays.fill(bpRing, in);
    }

    /** Ends the stream: decides the peak still waiting, so the last beats are reported. */
    public void finish() {
        if (timeSinceMax > 0) {
            onPeak(pkMax, pkMaxPos);
            pkMax = 0;
            timeSinceMax = 0;
        }
        if (pending) {
            pending = false;
            confirm(pendHeight, pendPos);
        }
        if (learning) {
            endLearning();
        }
        if (hasTentative) {
            emit(tentBeat);
            hasTentative = false;
        }
        updateNextEvent();
    }

    /**
     * Every beat before this sample index has been reported (or will never be): later input can
     * only add beats at or after it. Lets a streaming caller finish windows whose beats are final.
     */
    public long finalizedBefore() {
        if (learning) {
            return 0;
        }
        // a beat is refined at most this far before the feature peak it comes from
        long reach = win + derivLag + 2L * refineHalf + groupDelay + 1;
        long f = n - peakTimeout - reach;
        if (timeSinceMax > 0) {
            f = Math.min(f, pkMaxPos - reach);
        }
        if (pending) {
            f = Math.min(f, pendPos - reach);
        }
        if (sbHeight > 0) {
            f = Math.min(f, sbBeat); // the search-back candidate may still become a beat
        }
        if (hasTentative) {
            f = Math.min(f, tentBeat);
        }
        return Math.max(0, f);
    }

    /** Returns the beats found since the last call (sample indices, ascending) and forgets them. */
    public long[] drainBeats() {
        long[] out = Arrays.copyOf(beats, beatCount);
        beatCount = 0;
        return out;
    }

    // ---------------------------------------------------------------- decisions

    private long sbDeadline() {
        return lastQrsPeak + (long) (p.searchbackRr() * rrMedian) + win;
    }

    /** The next sample at which {@link #tick} has something to decide. */
    private void updateNextEvent() {
        long next = pending ? pendDeadline : Long.MAX_VALUE;
        if (learning) {
            next = Math.min(next, learnLen);
        } else if (sbHeight > 0 && sbHeight > p.searchbackFraction() * threshold) {
            next = Math.min(next, Math.max(sbDeadline(), n + 1));
        } else {
            next = Math.min(next, Math.max(lastQrsPeak + relearnLen, n + 1));
        }
        if (hasTentative) {
            next = Math.min(next, tentPos + holdLen);
        }
        nextEvent = next;
    }

    private void onPeak(double height, long pos) {
        if (!pending) {
            pending = true;
            pendHeight = height;
            pendPos = pos;
            pendDeadline = pos + refractory;
        } else if (height > pendHeight) {
            pendHeight = height;
            pendPos = pos;
            pendDeadline = pos + refractory;
        }
        updateNextEvent();
    }

    /** Called when a sample passes a deadline: pre-blank expiry, search back, end of learning. */
    private void tick(long t) {
        if (pending && t >= pendDeadline) {
            pending = false;
            confirm(pendHeight, pendPos);
        }
        if (hasTentative && t >= tentPos + holdLen) {
            emit(tentBeat);
            hasTentative = false;
        }
        if (learning) {
            if (t >= learnLen) {
                endLearning();
            }
        } else if (sbHeight > 0 && sbHeight > p.searchbackFraction() * threshold) {
            if (t >= sbDeadline()) {
                acceptBeat(sbHeight, sbPos, sbBeat);
            }
        } else if (t - lastQrsPeak >= relearnLen) {
            relearn();
        }
        updateNextEvent();
    }

    private void confirm(double height, long pos) {
        if (learning) {
            int sec = (int) (pos / fsHz);
            if (sec < learnMax.length) {
                learnMax[sec] = Math.max(learnMax[sec], height);
            }
            if (learnCount == learnPos.length) {
                learnPos = Arrays.copyOf(learnPos, learnCount * 2);
                learnHeight = Arrays.copyOf(learnHeight, learnCount * 2);
            }
            learnPos[learnCount] = pos;
            learnHeight[learnCount++] = height;
            return;
        }
        classify(height, pos);
    }

    private void classify(double height, long pos) {
        relearnMax = Math.max(relearnMax, height);
        boolean qrs = height > threshold;
        double slope = maxSlope(pos);
        if (qrs && pos - lastQrsPeak < tWaveWin && slope < p.tWaveSlopeRatio() * lastQrsSlope
                && height < p.tWaveLevelRatio() * tLevel) {
            // T wave: too slow for a QRS this soon after a beat (Pan & Tompkins 1985), and not much
            // larger than this patient's usual T waves (a premature ventricular beat is)
            qrs = false;
        }
        if (qrs) {
            acceptBeat(height, pos, refine(pos));
        } else {
            addNoise(height);
            if (pos - lastQrsPeak < tWaveWin) {
                tLevels[tIdx] = height;
                tIdx = (tIdx + 1) % NLEVELS;
                tLevel = median(tLevels);
            }
            if (pos - lastQrsPeak > tWaveWin && height > sbHeight) {
                sbHeight = height;
                sbPos = pos;
                sbBeat = refine(pos);
            }
        }
    }

    private void acceptBeat(double height, long pos, long beat) {
        double slope = maxSlope(pos);
        if (hasTentative) {
            // two beats closer than 40 % of the usual RR (at least the refractory period, at most the
            // T-wave window) cannot both be QRS complexes: the steeper one wins (P or T wave, artefact)
            long compete = Math.min(tWaveWin, Math.max(refractory, (long) (0.4 * rrMedian)));
            boolean overlap = beat - tentBeat < compete;
            // P wave or artefact taken for a beat just before a steeper true QRS (reverse T-wave test)
            boolean steeper = pos - tentPos < tWaveWin && tentSlope < p.tWaveSlopeRatio() * slope;
            if (overlap || steeper) {
                if (steeper || slope > tentSlope) {
                    replaceTentative(height, pos, beat, slope);
                }
                sbHeight = 0;
                relearnMax = 0;
                return;
            }
            emit(tentBeat);
        }
        tentPrevPeak = lastQrsPeak;
        tentRrAdded = rrValid;
        if (rrValid) {
            rrs[rrIdx] = pos - lastQrsPeak;
            rrIdx = (rrIdx + 1) % NLEVELS;
            rrMedian = median(rrs);
        }
        qrsLevels[qrsIdx] = height;
        qrsIdx = (qrsIdx + 1) % NLEVELS;
        qrsLevel = median(qrsLevels);
        updateThreshold();
        setTentative(height, pos, beat, slope);
    }

    /** The last beat is replaced by a better one: its level and RR entries are overwritten. */
    private void replaceTentative(double height, long pos, long beat, double slope) {
        if (tentRrAdded) {
            rrs[(rrIdx + NLEVELS - 1) % NLEVELS] = pos - tentPrevPeak;
            rrMedian = median(rrs);
        }
        qrsLevels[(qrsIdx + NLEVELS - 1) % NLEVELS] = height;
        qrsLevel = median(qrsLevels);
        updateThreshold();
        setTentative(height, pos, beat, slope);
    }

    private void setTentative(double height, long pos, long beat, double slope) {
        hasTentative = true;
        tentHeight = height;
        tentPos = pos;
        tentBeat = beat;
        tentSlope = slope;
        lastQrsPeak = pos;
        rrValid = true;
        lastQrsSlope = slope;
        sbHeight = 0;
        relearnMax = 0;
    }

    private void addNoise(double height) {
        noiseLevels[noiseIdx] = height;
        noiseIdx = (noiseIdx + 1) % NLEVELS;
        noiseLevel = median(noiseLevels);
        updateThreshold();
    }

    private void updateThreshold() {
        threshold = noiseLevel + p.thresholdFraction() * (qrsLevel - noiseLevel);
    }

    private void endLearning() {
        learning = false;
        double[] m = learnMax.clone();
        Arrays.sort(m);
        double level = m[m.length / 2];
        Arrays.fill(qrsLevels, level);
        Arrays.fill(noiseLevels, 0);
        qrsLevel = level;
        noiseLevel = 0;
        updateThreshold();
        for (int i = 0; i < learnCount; i++) {
            classify(learnHeight[i], learnPos[i]);
        }
        learnCount = 0;
    }

    private void relearn() {
        double level = relearnMax;
        Arrays.fill(qrsLevels, level);
        qrsLevel = level;
        Arrays.fill(noiseLevels, 0);
        noiseLevel = 0;
        updateThreshold();
        lastQrsPeak = n;
        rrValid = false;
        sbHeight = 0;
        relearnMax = 0;
    }

    /** Largest absolute slope within the integration window that ends at {@code pos}. */
    private double maxSlope(long pos) {
        double m = 0;
        for (long k = pos - win + 1; k <= pos; k++) {
            m = Math.max(m, slopeRing[(int) k & ringMask]);
        }
        return m;
    }

    /**
     * Beat time at the dominant QRS extremum: the largest band-passed deflection under the
     * integration window, moved back by the filter's group delay, then the largest deviation of the
     * input from its local mean within 50 ms of it.
     */
    private long refine(long pos) {
        long lo = pos - win - derivLag - refineHalf, hi = pos;
        long best = pos;
        double bv = -1;
        for (long k = lo; k <= hi; k++) {
            double a = Math.abs(bpRing[(int) k & ringMask]);
            if (a > bv) {
                bv = a;
                best = k;
            }
        }
        long c = best - groupDelay;
        double mean = 0;
        for (long k = c - baseHalf; k <= c + baseHalf; k++) {
            mean += xRing[(int) k & ringMask];
        }
        mean /= 2 * baseHalf + 1;
        long r = c;
        double rv = -1;
        for (long k = c - refineHalf; k <= c + refineHalf; k++) {
            double a = Math.abs(xRing[(int) k & ringMask] - mean);
            if (a > rv) {
                rv = a;
                r = k;
            }
        }
        return Math.max(0, r);
    }

    private void emit(long beat) {
        if (beatCount == beats.length) {
            beats = Arrays.copyOf(beats, beatCount * 2);
        }
        beats[beatCount++] = beat;
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

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return 0.5 * (c[c.length / 2 - 1] + c[c.length / 2]);
    }

    private static long median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
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
