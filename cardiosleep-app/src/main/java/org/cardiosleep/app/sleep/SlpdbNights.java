package org.cardiosleep.app.sleep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.app.UsageException;
import org.cardiosleep.pheno.sleep.SlpdbTextRecord;
import org.cardiosleep.pheno.sleep.StagingNight;

/** Loads the nights of a slpdb text-export directory (records with .an and .rr; two-part nights joined). */
final class SlpdbNights {
    private SlpdbNights() {
    }

    /** {@code given}, else {@code <data>/slpdb} when it holds WFDB records, else {@code <data>/slpdb-text}. */
    static Path directory(Path given) throws IOException {
        if (given == null) {
            Path wfdb = org.cardiosleep.app.DataDirs.root().resolve("slpdb");
            if (java.nio.file.Files.isDirectory(wfdb) && !SlpdbTextRecord.list(wfdb).isEmpty()) {
                return wfdb;
            }
        }
        return org.cardiosleep.app.DataDirs.database(given, "slpdb-text");
    }

    static List<SlpdbTextRecord> records(Path dir) throws IOException {
        if (SlpdbTextRecord.list(dir).isEmpty()) {
            throw new UsageException(dir + ": no slpdb text records (NAME.an with NAME.rr) found");
        }
        return SlpdbTextRecord.readNights(dir);
    }

    static List<StagingNight> nights(List<SlpdbTextRecord> records) {
        List<StagingNight> nights = new ArrayList<>();
        for (SlpdbTextRecord r : records) {
            nights.add(StagingNight.of(r));
        }
        return nights;
    }
}
