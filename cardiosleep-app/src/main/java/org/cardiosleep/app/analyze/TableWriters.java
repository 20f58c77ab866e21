package org.cardiosleep.app.analyze;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cardiosleep.app.report.Numbers;
import org.cardiosleep.pheno.analyze.BeatTable;
import org.cardiosleep.pheno.analyze.EpochTable;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.NightEvent;

/**
 * The CSV tables: {@code epochs.csv} (one row per 30-s epoch), {@code beats.csv} (one row per beat),
 * {@code events.csv}. Comma-separated, header row, '.' decimals, empty cell = not available.
 */
final class TableWriters {
    private TableWriters() {
    }

    static void epochs(NightAnalysis a, Path file) throws IOException {
        EpochTable e = a.epochs();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("epoch,onsetSec,stage,pWake,pLight,pDeep,pRem,hrBpm,rmssdMs,sdnnMs,beats,ventricular,"
                    + "supraventricular,quality,spo2MeanPct,cpcHfcSharePct,respRatePerMin\n");
            StringBuilder b = new StringBuilder(128);
            for (int i = 0; i < e.size(); i++) {
                b.setLength(0);
                b.append(i).append(',').append(fmt(i * e.epochSec(), 1)).append(',').append(e.stageLabel(i));
                for (int k = 0; k < 4; k++) {
                    b.append(',');
                    if (e.stageProb() != null) {
                        b.append(fmt(e.stageProb()[k][i], 3));
                    }
                }
                b.append(',').append(fmt(e.hrBpm()[i], 2)).append(',').append(fmt(e.rmssdMs()[i], 2))
                        .append(',').append(fmt(e.sdnnMs()[i], 2)).append(',').append(e.beats()[i])
                        .append(',').append(e.ventricular()[i] < 0 ? "" : Integer.toString(e.ventricular()[i]))
                        .append(',').append(e.supraventricular()[i] < 0 ? "" : Integer.toString(e.supraventricular()[i]))
                        .append(',').append(fmt(e.quality()[i], 3)).append(',').append(fmt(e.spo2MeanPct()[i], 2))
                        .append(',').append(fmt(e.cpcHfcSharePct()[i], 1)).append(',')
                        .append(fmt(e.respRatePerMin()[i], 1)).append('\n');
                w.write(b.toString());
            }
        }
    }

    /**
     * One row per beat. The rows are ASCII: they are gathered in blocks of about 64 kB and written as
     * bytes, with no String per number or row and no character encoder (a night has some 30,000 rows).
     */
    static void beats(NightAnalysis a, Path file) throws IOException {
        try (OutputStream w = Files.newOutputStream(file)) {
            StringBuilder b = new StringBuilder(1 << 17);
            b.append("beat,sample,timeSec,class,rrMs\n");
            BeatTable t = a.beats();
            int[] s = t == null ? new int[0] : t.samples();
            for (int i = 0; i < s.length; i++) {
                b.append(i).append(',').append(s[i]).append(',');
                Numbers.appendFixed(b, t.timeSec(i), 4).append(',').append((char) t.symbols()[i]).append(',');
                // an interval across lost ECG is no RR interval: left empty
                if (i > 0 && !a.signalLoss().spans(t.timeSec(i - 1), t.timeSec(i))) {
                    Numbers.appendFixed(b, t.timesSec() == null ? 1000.0 * (s[i] - s[i - 1]) / t.rateHz()
                            : 1000.0 * t.rrSec(i), 1);
                }
                b.append('\n');
                if (b.length() >= 1 << 16) {
                    w.write(b.toString().getBytes(StandardCharsets.ISO_8859_1));
                    b.setLength(0);
                }
            }
            w.write(b.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    static void events(NightAnalysis a, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("type,onsetSec,durationSec,value,detail\n");
            for (NightEvent ev : a.events()) {
                w.write(ev.type() + ',' + fmt(ev.onsetSec(), 2) + ',' + fmt(ev.durationSec(), 2) + ','
                        + fmt(ev.value(), 3) + ',' + quote(ev.detail()) + '\n');
            }
        }
    }

    /** See {@link Numbers#fixed}. */
    static String fmt(double x, int decimals) {
        return Numbers.fixed(x, decimals);
    }

    private static String quote(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
