package org.cardiosleep.app.sleep;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.io.text.BeatTimes;
import org.cardiosleep.pheno.sleep.Hypnogram;
import org.cardiosleep.pheno.sleep.SleepMetrics;
import org.cardiosleep.pheno.sleep.SleepStager;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cardiosleep stage BEATS --out FILE}: writes a hypnogram with per-epoch probabilities for a file of beats. */
@Command(name = "stage", mixinStandardHelpOptions = true,
        description = "Sleep-stage a night from its beat times (ann2rr .rr text, a WFDB beat annotation file with its .hea, "
                + "or one beat time in seconds per line); writes a CSV hypnogram with 4- and 3-class probabilities and "
                + "prints the sleep metrics.")
public final class StageCommand implements java.util.concurrent.Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BEATS", description = "file of beats")
    Path beats;

    @Option(names = "--out", required = true, description = "hypnogram CSV to write")
    Path out;

    @Option(names = "--model", description = "stager model file (default: the shipped model)")
    Path model;

    @Option(names = "--epoch-sec", defaultValue = "30", description = "epoch length in seconds (default: ${DEFAULT-VALUE})")
    double epochSec;

    @Override
    public Integer call() throws Exception {
        if (!(epochSec >= 10 && epochSec <= 120)) {
            throw new UsageException("--epoch-sec must be between 10 and 120, got " + epochSec);
        }
        BeatTimes b = BeatFiles.read(beats);
        SleepStager stager = model != null ? SleepStager.load(model) : SleepStager.shipped();
        double[] t = b.timeSec();
        int epochs = (int) Math.floor(t[t.length - 1] / epochSec);
        if (epochs < 1) {
            throw new org.cardiosleep.io.RecordingFormatException(beats, "the beats span less than one epoch");
        }
        boolean[] normal = new boolean[t.length];
        for (int i = 0; i < t.length; i++) {
            normal[i] = b.type()[i] == 'N';
        }
        SleepStager.StagingResult r = stager.stage(t, normal, epochSec, epochs);
        Hypnogram h = r.hypnogram();
        AtomicOutput.file(out, tmp -> {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                w.println("epoch,startSec,stage4,pW,pN1N2,pN3,pREM,stage3,p3W,p3NREM,p3REM");
                int[] c3 = r.classes3();
                for (int e = 0; e < epochs; e++) {
                    double[] p = r.proba4()[e];
                    double[] q = r.proba3()[e];
                    w.printf(Locale.ROOT, "%d,%.1f,%s,%.4f,%.4f,%.4f,%.4f,%s,%.4f,%.4f,%.4f%n", e, e * epochSec,
                            SleepStager.CLASSES4[h.stage(e).class4()], p[0], p[1], p[2], p[3], SleepStager.CLASSES3[c3[e]],
                            q[0], q[1], q[2]);
                }
            }
        });
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Double> e : SleepMetrics.of(h).toMap().entrySet()) {
            s.append(e.getKey()).append('=').append(String.format(Locale.ROOT, "%.1f", e.getValue())).append(' ');
        }
        System.out.println(epochs + " epochs staged -> " + out);
        System.out.println(s.toString().trim());
        return 0;
    }
}
