package org.cardiosleep.app.sleep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.cardiosleep.app.UsageException;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.nsrr.NsrrXmlReader;
import org.cardiosleep.pheno.sleep.EcgStagingNight;
import org.cardiosleep.pheno.sleep.SlpdbTextRecord;
import org.cardiosleep.pheno.sleep.StagingNight;

/**
 * The staging nights of a cohort directory: slpdb text exports ({@code NAME.an} + {@code NAME.rr}),
 * or EDF recordings with NSRR XML stage files anywhere below the directory ({@code NAME.edf} with
 * {@code NAME-nsrr.xml} or {@code NAME.xml}, as SHHS/MESA/CFS ship them under {@code edfs/} and
 * {@code annotations-events-nsrr/}). Subjects: NSRR visit prefixes ({@code shhs1-}, {@code shhs2-})
 * are dropped so that two visits of one person fall in the same fold.
 */
final class CohortNights {
    private CohortNights() {
    }

    static List<StagingNight> load(String cohort, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + ": cohort directory not found");
        }
        if (!SlpdbTextRecord.list(dir).isEmpty()) {
            List<StagingNight> out = new ArrayList<>();
            for (SlpdbTextRecord r : SlpdbTextRecord.readNights(dir)) {
                StagingNight n = StagingNight.of(r);
                out.add(new StagingNight(n.record(), cohort + ":" + n.subject(), cohort, n.features(), n.reference()));
            }
            return out;
        }
        Map<String, Path> xml = new HashMap<>();
        List<Path> edfs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir, 4)) {
            s.filter(Files::isRegularFile).forEach(p -> {
                String f = p.getFileName().toString();
                String lower = f.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".edf")) {
                    edfs.add(p);
                } else if (lower.endsWith("-nsrr.xml")) {
                    xml.put(f.substring(0, f.length() - 9), p);
                } else if (lower.endsWith(".xml")) {
                    xml.putIfAbsent(f.substring(0, f.length() - 4), p);
                }
            });
        }
        edfs.sort(null);
        List<StagingNight> out = new ArrayList<>();
        for (Path edf : edfs) {
            String f = edf.getFileName().toString();
            String stem = f.substring(0, f.length() - 4);
            Path x = xml.get(stem);
            if (x == null) {
                continue;
            }
            try (Recording r = Recordings.open(edf)) {
                out.add(EcgStagingNight.of(stem, cohort + ":" + stem.replaceFirst("^[A-Za-z]+\\d-", ""), cohort, r,
                        NsrrXmlReader.read(x).events()));
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(edf + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new UsageException(dir + ": no staging nights (slpdb NAME.an + NAME.rr, or NAME.edf + NAME-nsrr.xml)");
        }
        return out;
    }
}
