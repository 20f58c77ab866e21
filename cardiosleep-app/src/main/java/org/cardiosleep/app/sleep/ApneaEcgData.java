package org.cardiosleep.app.sleep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cardiosleep.app.UsageException;
import org.cardiosleep.io.text.ApneaEcgAdditionalInfo;
import org.cardiosleep.pheno.apnea.ApneaEcgRecord;
import org.cardiosleep.pheno.apnea.ApneaNight;

/** The Apnea-ECG records of a directory, split into the learning set and other labelled records. */
record ApneaEcgData(List<ApneaNight> learning, List<ApneaNight> otherLabelled, Map<String, Double> ahi) {

    static ApneaEcgData load(Path dir) throws IOException {
        List<String> names = ApneaEcgRecord.list(dir);
        List<ApneaNight> learning = new ArrayList<>();
        List<ApneaNight> other = new ArrayList<>();
        for (String n : names) {
            boolean isLearning = n.charAt(0) != 'x';
            if (!isLearning && !Files.exists(dir.resolve(n + ".apn"))) {
                continue;
            }
            ApneaEcgRecord r = ApneaEcgRecord.read(dir, n);
            if (r.labels() == null) {
                continue;
            }
            (isLearning ? learning : other).add(ApneaNight.of(r));
        }
        if (learning.isEmpty()) {
            throw new UsageException(dir + ": no Apnea-ECG learning-set records (a/b/cNN .hea + .qrs + .apn) found");
        }
        Map<String, Double> ahi = new LinkedHashMap<>();
        Path info = dir.resolve("additional-information.txt");
        if (Files.exists(info)) {
            ApneaEcgAdditionalInfo.read(info).forEach((k, v) -> ahi.put(k, v.ahi()));
        }
        return new ApneaEcgData(learning, other, ahi);
    }
}
