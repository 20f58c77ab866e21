package org.cardiosleep.signal.qrs;

import java.util.Arrays;

/**
 * The decision stage of {@link QrsDetector}: from peaks of the integrated slope to beats.
 * A peak survives the refractory period unless a larger one follows; survivors are classified
 * against an adaptive threshold between the median QRS and noise peak levels (Hamilton &amp;
 * Tompkins 1986), with a T-wave test, search back and re-learning after long silence; the last
 * beat is held until no steeper neighbour can replace it. Called rarely (per peak and per
 * deadline), so clarity wins over speed here.
 */
final class BeatDecider {
    private static final int NLEVELS = 8;

    private final QrsParameters p;
    private final double fsHz;
    private final SignalRings rings;
    private final int win, refractory, tWaveWin, learnLen, relearnLen, holdLen;

    /** The next sample at which {@link #tick} has something to decide. */
    long nextEvent;
    private long now;
    /** The last sample in the rings that a decision may read (the rings may hold later ones). */
    private long newest;
    // pre-blank stage (candidate waiting for a larger peak)
    private boolean pending;
    private double pendHeight;
    private long pendPos, pendDeadline;
    private boolean rrValid;

    // decision state
    private final double[] qrsLevels = new double[NLEVELS], noiseLevels = new double[NLEVELS];
    /** Recent RR intervals (samples; whole numbers, held as doubles so one median serves levels and intervals). */
    private final double[] rrs = new double[NLEVELS];
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
    // best search-back candidate since the last beat
    private double sbHeight;
    private long sbPos, sbBeat;
    private double relearnMax;

    private long[] beats = new long[64];
    private int beatCount;

    BeatDecider(double fsHz, QrsParameters params, SignalRings rings, int win, int refractory, int peakTimeout) {
        this.p = params;
        this.fsHz = fsHz;
        this.rings = rings;
        this.win = win;
        this.refractory = refractory;
        tWaveWin = (int) Math.round(params.tWaveSec() * fsHz);
        learnLen = (int) Math.round(params.learnSec() * fsHz);
        relearnLen = (int) Math.round(params.relearnSec() * fsHz);
        holdLen = tWaveWin + refractory + peakTimeout + 1;
        learnMax = new double[(int) Math.ceil(params.learnSec())];
        Arrays.fill(rrs, Math.round(fsHz));
        rrMedian = Math.round(fsHz);
    }

    /** A peak of the integrated slope at {@code pos}, declared at sample {@code t}. */
    void onPeak(double height, long pos, long t) {
        now = t;
        newest = t;
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
    void tick(long t) {
        now = t;
        newest = t;
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

    /** End of the stream at sample {@code t}: decides what is still waiting. */
    void finish(long t) {
        now = t;
        newest = t - 1;
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

    /** Lowers a finality horizon to what the waiting candidates and the held beat may still add. */
    long horizon(long f) {
        if (learning) {
            return 0;
        }
        if (pending) {
            f = Math.min(f, pendPos - rings.reach());
        }
        if (sbHeight > 0) {
            f = Math.min(f, sbBeat); // the search-back candidate may still become a beat
        }
        if (hasTentative) {
            f = Math.min(f, tentBeat);
        }
        return f;
    }

    /** Returns the beats decided since the last call and forgets them. */
    long[] drainBeats() {
        long[] out = Arrays.copyOf(beats, beatCount);
        beatCount = 0;
        return out;
    }

    private long sbDeadline() {
        return lastQrsPeak + (long) (p.searchbackRr() * rrMedian) + win;
    }

    /** The next sample at which {@link #tick} has something to decide. */
    private void updateNextEvent() {
        long next = pending ? pendDeadline : Long.MAX_VALUE;
        if (learning) {
            next = Math.min(next, learnLen);
        } else if (sbHeight > 0 && sbHeight > p.searchbackFraction() * threshold) {
            next = Math.min(next, Math.max(sbDeadline(), now + 1));
        } else {
            next = Math.min(next, Math.max(lastQrsPeak + relearnLen, now + 1));
        }
        if (hasTentative) {
            next = Math.min(next, tentPos + holdLen);
        }
        nextEvent = next;
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
        double slope = rings.maxSlope(pos);
        if (qrs && pos - lastQrsPeak < tWaveWin && slope < p.tWaveSlopeRatio() * lastQrsSlope
                && height < p.tWaveLevelRatio() * tLevel) {
            // T wave: too slow for a QRS this soon after a beat (Pan & Tompkins 1985), and not much
            // larger than this patient's usual T waves (a premature ventricular beat is)
            qrs = false;
        }
        if (qrs) {
            acceptBeat(height, pos, rings.refine(pos, newest));
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
                sbBeat = rings.refine(pos, newest);
            }
        }
    }

    private void acceptBeat(double height, long pos, long beat) {
        double slope = rings.maxSlope(pos);
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
            rrMedian = rrMedian();
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
            rrMedian = rrMedian();
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
        lastQrsPeak = now;
        rrValid = false;
        sbHeight = 0;
        relearnMax = 0;
    }

    private void emit(long beat) {
        if (beatCount == beats.length) {
            beats = Arrays.copyOf(beats, beatCount * 2);
        }
        beats[beatCount++] = beat;
    }

    /** Work array of the medians (a median is taken at every peak, so none is allocated there). */
    private final double[] sortedLevels = new double[NLEVELS];

    /** Mean of the two middle values of {@code v} (an even count), by insertion sort into a work array. */
    private double median(double[] v) {
        double[] c = sortedLevels;
        for (int i = 0; i < v.length; i++) {
            double x = v[i];
            int j = i;
            while (j > 0 && c[j - 1] > x) {
                c[j] = c[j - 1];
                j--;
            }
            c[j] = x;
        }
        return 0.5 * (c[v.length / 2 - 1] + c[v.length / 2]);
    }

    /** Median of the recent RR intervals, rounded down to a whole sample (they are positive whole numbers). */
    private long rrMedian() {
        return (long) Math.floor(median(rrs));
    }
}
