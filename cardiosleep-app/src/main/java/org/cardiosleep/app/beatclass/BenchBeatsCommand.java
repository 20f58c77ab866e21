package org.cardiosleep.app.beatclass;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cardiosleep.app.DataDirs;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.pheno.beats.AamiClass;
import org.cardiosleep.pheno.beats.AamiConfusion;
import org.cardiosleep.pheno.beats.BeatClassifier;
import org.cardiosleep.pheno.beats.LabeledBeats;
import org.cardiosleep.pheno.holter.HolterAnalysis;
import org.cardiosleep.signal.filter.Resampler;
import org.cardiosleep.signal.rhythm.AfDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cardiosleep bench beats}: the de Chazal 2004 inter-patient evaluation of the beat classifier on
 * MIT-BIH Arrhythmia DS2 (a model trained on DS1 only; paced records excluded), with per-class Se, +P,
 * F1, per-record rows and the 5×5 confusion matrix.
 */
@Command(name = "beats", mixinStandardHelpOptions = true,
        description = "Beat classification (AAMI N/S/V/F/Q) on MIT-BIH Arrhythmia DS2, de Chazal 2004 protocol.")
public final class BenchBeatsCommand implements Callable<Integer> {
    static final String PROTOCOL = "de Chazal 2004 inter-patient: model trained on DS1 only, tested on DS2 "
            + "(22 records; paced 102/104/107/217 excluded); AAMI EC57 classes N(N,L,R,e,j) S(A,a,J,S) V(V,E) F(F) "
            + "Q(/,f,Q); beats located at the reference annotation positions (.atr), lead MLII, whole records";
    static final String OUTSIDE_AF = "the same predictions with the beats classed S inside AF/AFL episodes found by "
            + "the AF detector (entropy, its default threshold, which was fitted on all 48 MIT-BIH records, on these beats "
            + "and predicted classes) counted as N, as "
            + "holter and analyze report supraventricular ectopy; a secondary figure, not the de Chazal protocol";

    @Option(names = "--data", paramLabel = "DIR", description = "MIT-BIH Arrhythmia directory (default: <data>/mitdb).")
    Path data;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here.")
    Path json;

    @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: the committed model).")
    Path modelFile;

    @Option(names = "--resample", paramLabel = "HZ",
            description = "Resample every record to this rate before classification (for example 125 or 256, as "
                    + "polysomnographs record the ECG); reference beat positions are scaled. The model is unchanged.")
    Double resampleHz;

    @Override
    public Integer call() throws Exception {
        if (resampleHz != null && !(resampleHz >= 50 && resampleHz <= 10000)) {
            throw new UsageException("--resample must be a rate from 50 to 10000 Hz, got " + resampleHz);
        }
        Path dir = DataDirs.database(data, "mitdb");
        BenchReport report = new BenchReport("beats").dataset("mitdb DS2")
                .protocol(PROTOCOL + (resampleHz == null ? "" : "; signals resampled from 360 Hz to " + resampleHz
                        + " Hz (anti-alias low-pass, cubic interpolation), reference beat positions scaled and rounded"));
        AamiConfusion total = new AamiConfusion();
        AamiConfusion totalOutsideAf = new AamiConfusion();
        long classifyNanos = 0;
        long beats = 0;
        try (BeatClassifier classifier = modelFile != null ? BeatClassifier.load(modelFile)
                : BeatClassifier.loadDefault()) {
            for (String name : InterPatientSplit.DS2) {
                LabeledBeats r = MitdbBeatRecords.read(dir, name);
                if (resampleHz != null) {
                    r = resampled(r, resampleHz);
                }
                long t = System.nanoTime();
                byte[] predicted = classifier.classify(r.ecg(), r.fsHz(), r.beatSamples());
                classifyNanos += System.nanoTime() - t;
                beats += predicted.length;
                AamiConfusion c = new AamiConfusion().add(r.aamiClass(), predicted);
                total.add(c);
                totalOutsideAf.add(new AamiConfusion().add(r.aamiClass(), outsideAf(r, predicted)));
                report.record(row(name, c));
            }
            Map<String, String> info = classifier.model().info();
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("file", modelFile != null ? modelFile.toString() : "classpath:" + BeatClassifier.DEFAULT_MODEL_RESOURCE);
            model.put("command", info.getOrDefault("command", ""));
            model.put("cvDs1", info.getOrDefault("cvDs1", ""));
            report.extra("model", model);
        }
        BeatFigures.metrics(total).forEach(report::metric);
        report.metric("beatsPerSecond", Math.round(beats / (classifyNanos / 1e9)));
        report.extra("confusion", BeatFigures.confusionJson(total));
        Map<String, Object> outside = new LinkedHashMap<>();
        outside.put("protocol", OUTSIDE_AF);
        outside.putAll(BeatFigures.metrics(totalOutsideAf));
        report.extra("supraventricularOutsideAf", outside);
        System.out.print(BeatFigures.text(total));
        System.out.printf(Locale.ROOT, "as holter and analyze count them (S inside detected AF counted as N): SVEB Se %.2f "
                        + "+P %.2f F1 %.4f; VEB F1 %.4f%n", totalOutsideAf.sensitivity(AamiClass.S),
                totalOutsideAf.ppv(AamiClass.S), totalOutsideAf.f1(AamiClass.S), totalOutsideAf.f1(AamiClass.V));
        System.out.printf(Locale.ROOT, "classification: %d beats in %.2f s (features + model, one record at a time)%n",
                beats, classifyNanos / 1e9);
        if (json != null) {
            report.write(json);
        }
        return 0;
    }

    /**
     * The classes as {@code holter} and {@code analyze} count them: beats classed S inside an AF/AFL
     * episode found by the AF detector (on these beats and classes) become N
     * ({@link HolterAnalysis#supraventricularOutside}).
     */
    static byte[] outsideAf(LabeledBeats r, byte[] predicted) {
        int n = predicted.length;
        double[] t = new double[n];
        byte[] symbols = new byte[n];
        for (int i = 0; i < n; i++) {
            t[i] = r.beatSamples()[i] / r.fsHz();
            symbols[i] = (byte) AamiClass.name(predicted[i]).charAt(0);
        }
        boolean[] af = AfDetector.withDefaults(true).detect(t, symbols);
        byte[] outside = HolterAnalysis.supraventricularOutside(symbols, af);
        byte[] out = predicted.clone();
        for (int i = 0; i < n; i++) {
            if (outside[i] != symbols[i]) {
                out[i] = AamiClass.N;
            }
        }
        return out;
    }

    /**
     * The record at another sampling rate: the ECG resampled ({@link Resampler}), each reference beat
     * moved to the nearest sample of the new rate.
     */
    static LabeledBeats resampled(LabeledBeats r, double hz) {
        double[] ecg = Resampler.resample(r.ecg(), r.fsHz(), hz);
        int[] at = new int[r.beatSamples().length];
        for (int i = 0; i < at.length; i++) {
            at[i] = (int) Math.min(ecg.length - 1, Math.round(r.beatSamples()[i] * hz / r.fsHz()));
            if (i > 0 && at[i] <= at[i - 1]) {
                throw new IllegalStateException(r.name() + ": two reference beats fall on one sample at " + hz + " Hz");
            }
        }
        return new LabeledBeats(r.name(), ecg, hz, at, r.aamiClass());
    }

    private static Map<String, Object> row(String name, AamiConfusion c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", name);
        m.put("beats", c.total());
        for (int k = 0; k < AamiClass.COUNT; k++) {
            String n = AamiClass.name(k);
            m.put(n, c.referenceCount(k));
        }
        m.put("sTp", c.count(AamiClass.S, AamiClass.S));
        m.put("sPredicted", c.predictedCount(AamiClass.S));
        m.put("vTp", c.count(AamiClass.V, AamiClass.V));
        m.put("vPredicted", c.predictedCount(AamiClass.V));
        m.put("accuracy", BeatFigures.round(c.accuracy(), 2));
        return m;
    }
}
