package org.cardiosleep.pheno.analyze;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.pheno.holter.BeatTimes;
import org.cardiosleep.pheno.holter.EcgQuality;
import org.cardiosleep.pheno.holter.PauseBaseline;
import org.cardiosleep.pheno.holter.SecondLead;
import org.cardiosleep.pheno.holter.SignalLoss;
import org.cardiosleep.pheno.oximetry.OximetryAnalyzer;
import org.cardiosleep.pheno.oximetry.OximetryResult;
import org.cardiosleep.signal.qrs.QrsDetector;
import org.cardiosleep.signal.qrs.RWaveTimes;
import org.cardiosleep.signal.rhythm.BeatLabels;
import org.cardiosleep.signal.spo2.DesaturationEvent;

/**
 * The per-night pipeline: ECG → beats → Holter phenotypes → sleep staging and metrics → apnea →
 * oximetry, into one {@link NightAnalysis}. The ECG is read in chunks of
 * {@link AnalysisOptions#chunkSec()} (with overlap for the detector), so memory grows with the
 * number of beats and epochs, not with the number of samples: a 7-day Holter fits a small heap.
 * A part whose algorithm is not in the build is reported "not available", never guessed.
 */
public final class NightAnalyzer {
    private NightAnalyzer() {
    }

    /** Per-step CPU time on stderr with -Dcardiosleep.timing=true (for profiling the pipeline). */
    private static final class Steps {
        private final boolean on = Boolean.getBoolean("cardiosleep.timing");
        // the management interface only when asked for: setting it up costs a short run about 10 ms
        private final java.lang.management.ThreadMXBean mx = on ? java.lang.management.ManagementFactory.getThreadMXBean()
                : null;
        private long last = on ? mx.getCurrentThreadCpuTime() : 0;

        void done(String step) {
            if (on) {
                long now = mx.getCurrentThreadCpuTime();
                System.err.printf(java.util.Locale.ROOT, "  %-12s %7.3f s CPU%n", step, (now - last) / 1e9);
                last = now;
            }
        }
    }

    /**
     * Appends {@code from} to {@code to} at {@code n} (room checked by the caller); returns the new
     * count. A method of its own, so its loop is compiled alone, not the whole analysis with it.
     */
    private static int appendInts(long[] from, int[] to, int n) {
        for (long v : from) {
            to[n++] = (int) v;
        }
        return n;
    }

    /** Analyses an open recording. */
    public static NightAnalysis analyze(Recording rec, AnalysisOptions opt) throws IOException {
        List<SignalInfo> sig = rec.signals();
        if (sig.isEmpty()) {
            throw new RecordingFormatException(rec.source(), "recording has no signals");
        }
        EcgChannel.Choice ecgChoice = EcgChannel.choose(rec, opt.ecgChannel());
        int ecgCh = ecgChoice.channel();
        SignalInfo ecg = sig.get(ecgCh);
        double fs = ecg.samplingRateHz();
        long n = ecg.sampleCount();
        if (n < fs * 60) {
            throw new RecordingFormatException(rec.source(), "ECG channel '" + ecg.label() + "' is shorter than one minute");
        }
        double durationSec = n / fs;
        int nEpochs = (int) Math.ceil(durationSec / AnalysisOptions.EPOCH_SEC);
        boolean[] usable = new boolean[(int) Math.ceil(durationSec)];
        double toMv = EcgQuality.toMv(ecg.physicalUnit());
        Map<String, String> parts = new LinkedHashMap<>();
        Steps steps = new Steps();

        // 1. stream the ECG through the QRS detector (streaming, output independent of chunking);
        //    the chunks also give per-second signal quality
        QrsDetector detector = new QrsDetector(fs);
        int[] beats = new int[1024];
        int nBeats = 0;
        long chunk = Math.round(opt.chunkSec() * fs);
        // the ECG is read again in chunks by the parts after the detector instead of being kept: on
        // an 8-h night at 256 Hz the 59-MB array's page faults cost more than reading the mapped file
        // again, so one chunk-sized buffer serves every chunk of this pass
        double[] x = new double[(int) Math.min(chunk, n)];
        for (long start = 0; start < n; start += chunk) {
            int len = (int) Math.min(chunk, n - start);
            rec.readPhysical(ecgCh, start, len, x, 0);
            EcgQuality.mark(x, 0, len, fs, start, toMv, ecg.physicalMin(), ecg.physicalMax(), usable);
            detector.process(x, 0, len);
            if (start + len >= n) {
                detector.finish();
            }
            long[] found = detector.drainBeats();
            if (nBeats + found.length > beats.length) {
                beats = Arrays.copyOf(beats, Math.max(2 * beats.length, nBeats + found.length));
            }
            nBeats = appendInts(found, beats, nBeats);
            opt.progress().progress(ProgressListener.ECG, Math.round((start + len) / fs), Math.round(durationSec));
        }
        int[] chosen = dropUnusable(Arrays.copyOf(beats, nBeats), fs, usable);
        // another ECG lead fills what the chosen one lost and checks its pauses (as holter does)
        long[] chosenSamples = toLong(chosen);
        SecondLead.Fill fill = SecondLead.fill(rec, ecgCh, chosenSamples, usable);
        // pauses whose baseline swung more than a QRS inside are not read as asystole
        PauseBaseline.Result unread = PauseBaseline.check(rec, ecgCh, fill.beats(), fill.usable());
        usable = unread.usable();
        SignalLoss loss = SignalLoss.of(usable, unread.doubtful());
        BeatTable chosenTable = new BeatTable(fs, chosen, BeatLabels.unclassified(chosen.length), false);
        parts.put("beats", NightAnalysis.AVAILABLE);
        steps.done("ecg+qrs");
        String[] classStatus = new String[1];
        // the classifier's pass over the ECG also gives each beat its respiration amplitude (for coupling)
        EdrAmplitudes edr = new EdrAmplitudes(chosenSamples, fs, n);
        BeatTable classified = BeatClassPart.run(rec, ecgCh, chosenTable, classStatus, opt.progress(), edr);
        if (classified != null) {
            chosenTable = classified;
        }
        BeatTable beatTable = withFilled(chosenTable, fill);
        if (RWaveTimes.interpolates(fs)) {
            // below 250 Hz beat times are interpolated between samples (Task Force 1996), once for all
            // beats; the chosen lead's beats are those the second lead did not fill in
            double[] times = BeatTimes.of(rec, ecgCh, beatTable.samples(), fs);
            boolean same = beatTable == chosenTable;
            beatTable = beatTable.withTimes(times);
            chosenTable = same ? beatTable : chosenTable.withTimes(chosenTimes(times, fill));
        }
        parts.put("beatClasses", classStatus[0]);
        steps.done("classes");
        // coupling and breathing rate read QRS amplitudes on the chosen lead: its own beats only
        CpcPart.Outcome cpc = CpcPart.run(chosenTable, edr.readRest(rec, ecgCh), durationSec, nEpochs,
                AnalysisOptions.EPOCH_SEC);
        parts.put("cardiopulmonaryCoupling", cpc.status());
        steps.done("cpc");
        parts.put("hrv", NightAnalysis.AVAILABLE);
        opt.progress().progress("sleep", 0, 1);
        SleepPart.Outcome sleep = SleepPart.run(beatTable, nEpochs, AnalysisOptions.EPOCH_SEC, opt.stager());
        parts.put("sleep", sleep.status());
        steps.done("sleep");
        ApneaPart.Outcome apnea = ApneaPart.run(beatTable, durationSec);
        parts.put("apnea", apnea.status());
        steps.done("apnea");
        opt.progress().progress("sleep", 1, 1);
        opt.progress().progress("holter", 0, 1);
        HolterPart.Outcome holter = HolterPart.run(beatTable, durationSec,
                rec.startTime().map(java.time.LocalDateTime::toLocalTime), sleep.stage(), AnalysisOptions.EPOCH_SEC, loss,
                fill);
        if (beatTable.classified() && holter.result().classes() != beatTable.symbols()) {
            // S beats inside AF counted as N (see HolterAnalysis): every table and count agrees
            beatTable = beatTable.withSymbols(holter.result().classes(), true);
        }
        cpc = CpcPart.outsideAf(cpc, holter.events());
        steps.done("holter");
        parts.put("holter", beatTable.classified() ? NightAnalysis.AVAILABLE
                : "available for rhythm (AF, pauses, rate); ectopy " + classStatus[0]);
        opt.progress().progress("holter", 1, 1);

        // 2. epochs
        float[] hr = new float[nEpochs], rmssd = new float[nEpochs], sdnn = new float[nEpochs];
        int[] count = new int[nEpochs], vent = new int[nEpochs], supra = new int[nEpochs];
        if (beatTable != null) {
            EpochFeatures.compute(beatTable, AnalysisOptions.EPOCH_SEC, hr, rmssd, sdnn, count, vent, supra);
        } else {
            Arrays.fill(hr, Float.NaN);
            Arrays.fill(rmssd, Float.NaN);
            Arrays.fill(sdnn, Float.NaN);
            Arrays.fill(vent, -1);
            Arrays.fill(supra, -1);
        }
        float[] quality = epochQuality(usable, nEpochs);
        byte[] stage = sleep.stage();
        if (stage == null) {
            stage = new byte[nEpochs];
            Arrays.fill(stage, (byte) -1);
        }
        float[] spo2Mean = new float[nEpochs];
        Arrays.fill(spo2Mean, Float.NaN);
        EpochTable epochs = new EpochTable(AnalysisOptions.EPOCH_SEC, stage, sleep.prob(), hr, rmssd, sdnn, count, vent,
                supra, quality, spo2Mean, CpcPart.perEpoch(cpc.windows(), nEpochs, AnalysisOptions.EPOCH_SEC),
                cpc.respRate());

        // 3. events
        List<NightEvent> events = new ArrayList<>(signalLoss(loss));
        events.addAll(apnea.events());
        events.addAll(holter.events());

        // 4. oximetry
        opt.progress().progress("SpO2", 0, 1);
        int spCh = Channels.spo2(rec, opt.spo2Channel());
        OximetryResult oxi = null;
        if (spCh >= 0) {
            SignalInfo sp = sig.get(spCh);
            float[] spo2 = toFloat(rec.readPhysical(spCh));
            oxi = OximetryAnalyzer.analyze(spo2, sp.samplingRateHz(), asleepMask(epochs, sp.samplingRateHz(),
                    spo2.length), null, null);
            fillEpochSpo2(spo2, sp.samplingRateHz(), spo2Mean);
            for (DesaturationEvent d : oxi.desat3()) {
                events.add(desatEvent(EventTypes.DESATURATION_3, d));
            }
            for (DesaturationEvent d : oxi.desat4()) {
                events.add(desatEvent(EventTypes.DESATURATION_4, d));
            }
            parts.put("oximetry", NightAnalysis.AVAILABLE);
        } else {
            parts.put("oximetry", "not available: no SpO2 channel");
        }
        opt.progress().progress("SpO2", 1, 1);
        steps.done("oximetry");
        events.sort(Comparator.comparingDouble(NightEvent::onsetSec));

        // 5. variables and strips
        Map<String, Double> vars = VariableCatalog.emptyValues();
        Summaries.fill(vars, durationSec, usable, beatTable, epochs, events, oxi);
        if (sleep.metrics() != null) {
            SleepPart.fill(vars, sleep.metrics());
        }
        HolterPart.fill(vars, holter);
        if (apnea.result() != null) {
            Summaries.put(vars, "apneaMinutes", apnea.result().apneaMinutes());
            Summaries.put(vars, "ahiEstimate", apnea.result().apneaMinutesPerHour());
        }
        CpcPart.fill(vars, cpc.windows(), sleep.stage(), AnalysisOptions.EPOCH_SEC);
        CpcPart.fillRespiration(vars, cpc.respRate(), sleep.stage());
        String start = rec.startTime().map(Object::toString).orElse("");
        RecordingSummary summary = new RecordingSummary(rec.source().getFileName().toString(), rec.format(), start,
                durationSec, ecg.label(), fs, ecgChoice.reason() + SecondLead.describe(fill, rec),
                spCh >= 0 ? sig.get(spCh).label() : "");
        steps.done("variables");
        List<EcgStrip> strips = StripPicker.pick(rec, ecgCh, beatTable, usable, events);
        steps.done("strips");
        return new NightAnalysis(summary, beatTable, epochs, events, vars, parts, oxi, strips, loss);
    }

    private static float[] toFloat(double[] raw) {
        float[] out = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = (float) raw[i];
        }
        return out;
    }

    private static long[] toLong(int[] a) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        return out;
    }

    /** The chosen lead's beats with those the second lead added, unclassified ('U'), in time order. */
    private static BeatTable withFilled(BeatTable chosen, SecondLead.Fill fill) {
        if (fill.added() == 0) {
            return chosen;
        }
        long[] all = fill.beats();
        int[] s = new int[all.length];
        byte[] sym = new byte[all.length];
        for (int i = 0, k = 0; i < all.length; i++) {
            s[i] = (int) all[i];
            sym[i] = fill.filled()[i] ? BeatLabels.UNCLASSIFIED : chosen.symbols()[k++];
        }
        return new BeatTable(chosen.rateHz(), s, sym, chosen.classified());
    }

    /** The times of the beats the second lead did not fill in, in order ({@code times} of all beats). */
    private static double[] chosenTimes(double[] times, SecondLead.Fill fill) {
        double[] out = new double[times.length - fill.added()];
        for (int i = 0, k = 0; i < times.length; i++) {
            if (!fill.filled()[i]) {
                out[k++] = times[i];
            }
        }
        return out;
    }

    /** Drops detections inside unusable seconds (a flat or saturated lead has no beats to see). */
    private static int[] dropUnusable(int[] beats, double fs, boolean[] usable) {
        int k = 0;
        for (int x : beats) {
            if (EcgQuality.usableAt(x, fs, usable)) {
                beats[k++] = x;
            }
        }
        return Arrays.copyOf(beats, k);
    }

    private static float[] epochQuality(boolean[] usable, int nEpochs) {
        float[] q = new float[nEpochs];
        int per = (int) AnalysisOptions.EPOCH_SEC;
        for (int e = 0; e < nEpochs; e++) {
            int good = 0, all = 0;
            for (int s = e * per; s < Math.min(usable.length, (e + 1) * per); s++) {
                good += usable[s] ? 1 : 0;
                all++;
            }
            q[e] = all > 0 ? (float) good / all : 0f;
        }
        return q;
    }

    private static List<NightEvent> signalLoss(SignalLoss loss) {
        List<NightEvent> out = new ArrayList<>();
        for (double[] s : loss.stretches()) {
            if (s[1] - s[0] >= SignalLoss.MIN_EVENT_SEC && !loss.insideDoubtfulPause(s[0], s[1])) {
                out.add(new NightEvent(EventTypes.ECG_SIGNAL_LOSS, s[0], s[1] - s[0], Double.NaN, "flat or saturated ECG"));
            }
        }
        return out;
    }

    /** Per SpO2 sample whether asleep, or null when the night is unstaged. */
    private static boolean[] asleepMask(EpochTable epochs, double fs, int n) {
        if (!epochs.staged()) {
            return null;
        }
        boolean[] m = new boolean[n];
        for (int i = 0; i < n; i++) {
            int e = (int) (i / fs / epochs.epochSec());
            m[i] = e < epochs.size() && epochs.stage()[e] > 0;
        }
        return m;
    }

    private static void fillEpochSpo2(float[] spo2, double fs, float[] out) {
        double[] sum = new double[out.length];
        int[] cnt = new int[out.length];
        for (int i = 0; i < spo2.length; i++) {
            int e = (int) (i / fs / AnalysisOptions.EPOCH_SEC);
            if (e < out.length && spo2[i] >= 50 && spo2[i] <= 100) {
                sum[e] += spo2[i];
                cnt[e]++;
            }
        }
        for (int e = 0; e < out.length; e++) {
            out[e] = cnt[e] > 0 ? (float) (sum[e] / cnt[e]) : Float.NaN;
        }
    }

    private static NightEvent desatEvent(String type, DesaturationEvent d) {
        // plain concatenation: String.format parses its pattern on every call, and nights have hundreds of these
        return new NightEvent(type, d.startSec(), d.durationSec(), d.depthPct(), "baseline "
                + oneDecimal(d.baselinePct()) + " %, nadir " + oneDecimal(d.nadirPct()) + " % at "
                + Math.round(d.nadirSec()) + " s");
    }

    /** {@code v} with one decimal, as {@code %.1f} prints it for the values here (NaN as "NaN"). */
    static String oneDecimal(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        long tenths = Math.round(Math.abs(v) * 10);
        return (v < 0 && tenths != 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
    }
}
