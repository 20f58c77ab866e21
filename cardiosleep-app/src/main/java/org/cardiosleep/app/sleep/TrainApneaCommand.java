package org.cardiosleep.app.sleep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.app.DataDirs;
import org.cardiosleep.learn.gbm.GbmParams;
import org.cardiosleep.pheno.apnea.ApneaDetector;
import org.cardiosleep.pheno.apnea.ApneaNight;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cardiosleep train apnea}: trains the per-minute apnea detector on the Apnea-ECG learning set. */
@Command(name = "apnea", mixinStandardHelpOptions = true,
        description = "Train the per-minute apnea detector on the Apnea-ECG learning set (a01-a20, b01-b05, c01-c10; "
                + ".qrs beats + .apn labels) and write the model with a sidecar <out>.txt.")
public final class TrainApneaCommand implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--data", description = "Apnea-ECG directory (default: <data>/apnea-ecg)")
    Path data;

    @Option(names = "--out", required = true, description = "model file to write (e.g. apnea-ecg.bin.gz)")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path dir = DataDirs.database(data, "apnea-ecg");
        List<ApneaNight> learning = ApneaEcgData.load(dir).learning();
        GbmParams params = ApneaDetector.params(seed);
        ApneaDetector d = ApneaDetector.train(learning, params);
        List<String> names = new ArrayList<>();
        learning.forEach(n -> names.add(n.record()));
        ModelSidecar.write(out, d.model(), "cardiosleep train apnea --data <apnea-ecg> --seed " + seed + " --out "
                + out.getFileName(), "Apnea-ECG Database learning set (.qrs + .apn), " + dir.getFileName(), names, params);
        System.out.println("apnea model trained on " + learning.size() + " records -> " + out);
        return 0;
    }
}
