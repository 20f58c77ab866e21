package org.cardiosleep.app.holter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.cardiosleep.app.bench.BenchReport;

/**
 * External specificity of an AF detector: the share of beats not called AF over the ~24-h
 * normal-sinus-rhythm Holter beat files of nsr2db (no AF there; never used for fitting).
 */
final class NsrSpecificity {
    private NsrSpecificity() {
    }

    /** Scores {@code decide} on every {@code .ecg} file of {@code nsr}; {@code how} completes the description. */
    static void score(BenchReport report, Path nsr, Function<AnnotatedBeats, boolean[]> decide, String how)
            throws Exception {
        long beats = 0, called = 0;
        int records = 0;
        try (var files = Files.list(nsr)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".ecg")).sorted().toList()) {
                boolean[] af = decide.apply(AnnotatedBeats.read(f));
                for (boolean x : af) {
                    called += x ? 1 : 0;
                }
                beats += af.length;
                records++;
            }
        }
        report.metric("nsr2dbRecords", records);
        report.metric("nsr2dbBeats", beats);
        report.metric("nsr2dbSp", pct(beats - called, beats));
        report.extra("externalSpecificity", "nsr2db: per-beat specificity (share of beats not called AF) over all "
                + records + " ~24-h normal-sinus-rhythm Holter beat files, " + how);
    }

    /**
     * The per-beat and per-episode figures every AF benchmark reports: Se/Sp from the confusion
     * {@code tot} (tp, fn, fp, tn), AFIB-only Se/Sp from {@code afib}, episode Se/+P from {@code ep}
     * (true episodes, of them detected, detected episodes, of them true).
     */
    static void putAfFigures(org.cardiosleep.app.bench.BenchReport report, long[] tot, long[] afib, int[] ep) {
        report.metric("se", pct(tot[0], tot[0] + tot[1]));
        report.metric("sp", pct(tot[3], tot[3] + tot[2]));
        report.metric("episodeSe", pct(ep[1], ep[0]));
        report.metric("episodePpv", pct(ep[3], ep[2]));
        report.metric("afibOnlySe", pct(afib[0], afib[0] + afib[1]));
        report.metric("afibOnlySp", pct(afib[3], afib[3] + afib[2]));
    }

    static double pct(long a, long b) {
        return b == 0 ? Double.NaN : Math.round(10000.0 * a / b) / 100.0;
    }
}
