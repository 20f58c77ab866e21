package org.cardiosleep.pheno.holter;

import java.util.Map;

import org.cardiosleep.signal.hrv.DecelerationCapacity;
import org.cardiosleep.signal.hrv.FrequencyDomain;
import org.cardiosleep.signal.hrv.FrequencyDomainHrv;
import org.cardiosleep.signal.hrv.HeartRateTurbulence;
import org.cardiosleep.signal.hrv.NnSeries;
import org.cardiosleep.signal.hrv.Nonlinear;
import org.cardiosleep.signal.hrv.NonlinearHrv;
import org.cardiosleep.signal.hrv.TimeDomain;
import org.cardiosleep.signal.hrv.TimeDomainHrv;

/** Puts HRV indices into a variable map under their documented names. */
final class HrvVariables {
    private HrvVariables() {
    }

    /** Time-domain statistics and frequency domain: the set reported per hour, period and stage. */
    static void shortSet(NnSeries nn, Map<String, Object> v) {
        TimeDomainHrv td = TimeDomain.compute(nn);
        v.put("NN_N", td.nnCount());
        v.put("MEAN_NN", td.meanNnMs());
        v.put("SDNN", td.sdnnMs());
        v.put("RMSSD", td.rmssdMs());
        v.put("PNN50", td.pnn50Pct());
        frequencyDomain(nn, v);
    }

    /** Every HRV variable, for the whole recording. */
    static void fullSet(NnSeries nn, double[] beatTimeSec, byte[] classes, Map<String, Object> v) {
        TimeDomainHrv td = TimeDomain.compute(nn);
        v.put("NN_N", td.nnCount());
        v.put("MEAN_NN", td.meanNnMs());
        v.put("SDNN", td.sdnnMs());
        double[] sdann = TimeDomain.sdannAndIndex(nn, 300);
        v.put("SDANN", sdann[0]);
        v.put("SDNN_INDEX", sdann[1]);
        v.put("RMSSD", td.rmssdMs());
        v.put("PNN50", td.pnn50Pct());
        v.put("HRV_TI", td.triangularIndex());
        v.put("TINN", td.tinnMs());
        frequencyDomain(nn, v);
        NonlinearHrv nl = Nonlinear.compute(nn);
        v.put("SD1", nl.sd1Ms());
        v.put("SD2", nl.sd2Ms());
        v.put("SD1_SD2", nl.sd1Ms() / nl.sd2Ms());
        v.put("DFA_A1", nl.dfaAlpha1());
        v.put("DFA_A2", nl.dfaAlpha2());
        v.put("SAMPEN", nl.sampleEntropy());
        double[] dcac = DecelerationCapacity.compute(nn);
        v.put("DC", dcac[0]);
        v.put("AC", dcac[1]);
        if (classes != null) {
            HeartRateTurbulence.Result hrt = HeartRateTurbulence.compute(beatTimeSec, classes);
            v.put("HRT_N", hrt.pvcCount());
            v.put("HRT_TO", hrt.onsetPct());
            v.put("HRT_TS", hrt.slopeMsPerBeat());
        } else {
            v.put("HRT_N", Double.NaN);
            v.put("HRT_TO", Double.NaN);
            v.put("HRT_TS", Double.NaN);
        }
    }

    /** Frequency-domain variables (Task Force 1996 bands), in their documented order. */
    private static void frequencyDomain(NnSeries nn, Map<String, Object> v) {
        FrequencyDomainHrv f = FrequencyDomain.compute(nn);
        v.put("TP", f.totalPowerMs2());
        v.put("VLF", f.vlfMs2());
        v.put("LF", f.lfMs2());
        v.put("HF", f.hfMs2());
        v.put("LF_HF", f.lfHfRatio());
        v.put("LF_NU", f.lfNu());
        v.put("HF_NU", f.hfNu());
        v.put("PSD_WINDOWS", f.windows());
    }
}
