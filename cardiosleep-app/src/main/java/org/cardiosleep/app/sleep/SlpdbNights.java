package org.cardiosleep.app.sleep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.app.UsageException;
import org.cardiosleep.pheno.sleep.SlpdbTextRecord;
import org.cardiosleep.pheno.sleep.StagingNight;

/** Loads the records of a slpdb text-export directory (all records with .an and .rr). */
final class SlpdbNights {
    private SlpdbNights() {
    }

    static List<SlpdbTextRecord> records(Path dir) throws IOException {
        List<String> names = SlpdbTextRecord.list(dir);
        if (names.isEmpty()) {
            throw new UsageException(dir + ": no slpdb text records (NAME.an with NAME.rr) found");
        }
        List<SlpdbTextRecord> out = new ArrayList<>();
        for (String n : names) {
            out.add(SlpdbTextRecord.read(dir, n));
        }
        return out;
    }

    static List<StagingNight> nights(List<SlpdbTextRecord> records) {
        List<StagingNight> nights = new ArrayList<>();
        for (SlpdbTextRecord r : records) {
            nights.add(StagingNight.of(r));
        }
        return nights;
    }
}
