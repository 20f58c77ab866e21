package org.cardiosleep.app.maternal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.cardiosleep.app.DataDirs;
import org.cardiosleep.app.bench.BenchReport;
import org.cardiosleep.io.ctg.CtgReader;
import org.cardiosleep.io.ctg.CtgRecord;
import org.cardiosleep.pheno.maternal.ExpertComparison;
import org.cardiosleep.signal.fhr.FhrAnalysis;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cardiosleep bench fhr}: FHR baseline, accelerations and decelerations on every CTG of the
 * FHRMA dataset and CTU-UHB. Against expert consensus (MADI, baseline RMSD, accel/decel F1) where
 * expert analyses are present; the public files here carry none, so those metrics are null and the
 * benchmark reports coverage (every record processed, failures listed) and descriptive output.
 */
@Command(name = "fhr", mixinStandardHelpOptions = true,
        description = "FHR morphology over FHRMA (.fhr) and CTU-UHB (WFDB) recordings.")
public final class FhrBenchCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Data root holding fhrma/ and/or ctu-uhb-ctgdb/, or one such folder.")
    Path data;

    @Option(names = "--json", paramLabel = "FILE", required = true, description = "Where to write the JSON report.")
    Path json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The expert analysis file beside a record: NAME.baseline.csv / NAME.events.csv. */
    static Path expertFile(Path record, String suffix) {
        String n = record.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return record.resolveSibling((dot > 0 ? n.substring(0, dot) : n) + suffix);
    }

    @Override
    public Integer call() throws Exception {
        Path root = data != null ? DataDirs.database(data, "") : DataDirs.root();
        List<Path> files = new ArrayList<>();
        for (Path dir : new Path[] {root, root.resolve("fhrma"), root.resolve("ctu-uhb-ctgdb")}) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir, dir.equals(root) ? 1 : 3)) {
                    s.filter(p -> p.toString().endsWith(".fhr") || (p.toString().endsWith(".hea")
                            && p.toString().contains("ctu-uhb"))).sorted().forEach(files::add);
                }
            }
        }
        if (files.isEmpty()) {
            throw new org.cardiosleep.app.UsageException(root + ": no FHRMA .fhr or CTU-UHB records found");
        }
        BenchReport report = new BenchReport("fhr").dataset("FHRMA + CTU-UHB (" + root + ")")
                .protocol("FIGO 2015 baseline/accelerations/decelerations run on every record; where an expert analysis sits beside"
                        + " a record (NAME.baseline.csv: time_s,baseline_bpm; NAME.events.csv: kind,start_s,end_s), baseline RMSD"
                        + " (mean over records) and accel/decel F1 (overlap matching, pooled) are computed; none is present in"
                        + " the public files here, so they are null; MADI is not implemented");
        int failures = 0, fhrma = 0, ctu = 0;
        double baseSum = 0, lossSum = 0, accSum = 0, decSum = 0, hours = 0;
        long nanos = 0;
        int experts = 0, rmsdN = 0, eventRecords = 0, atp = 0, afp = 0, afn = 0, dtp = 0, dfp = 0, dfn = 0;
        double rmsdSum = 0;
        List<String> failed = new ArrayList<>();
        for (Path f : files) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("record", root.relativize(f).toString());
            try {
                long t0 = System.nanoTime();
                CtgRecord r = CtgReader.read(f);
                FhrAnalysis a = FhrAnalysis.analyze(r.fhrBpm(), r.uterine(), r.samplingRateHz());
                nanos += System.nanoTime() - t0;
                row.put("durationMin", r.durationSec() / 60);
                row.put("lossPct", 100 * a.clean().lossFraction());
                row.put("baselineBpm", a.meanBaselineBpm());
                row.put("variabilityBpm", a.variabilityBpm());
                row.put("accelerations", a.accelerations());
                row.put("decelerations", a.decelerations());
                row.put("contractions", a.contractions().size());
                Path base = expertFile(f, ".baseline.csv"), evs = expertFile(f, ".events.csv");
                if (Files.exists(base) || Files.exists(evs)) {
                    double[][] eb = Files.exists(base) ? ExpertComparison.readBaseline(base) : new double[2][0];
                    List<ExpertComparison.ExpertEvent> ee = Files.exists(evs) ? ExpertComparison.readEvents(evs) : List.of();
                    ExpertComparison.Result c = ExpertComparison.compare(a, eb[0], eb[1], ee);
                    experts++;
                    if (!Double.isNaN(c.baselineRmsdBpm())) {
                        rmsdSum += c.baselineRmsdBpm();
                        rmsdN++;
                        row.put("baselineRmsdBpm", c.baselineRmsdBpm());
                    }
                    if (Files.exists(evs)) {
                        eventRecords++;
                        atp += c.accelTp();
                        afp += c.accelFp();
                        afn += c.accelFn();
                        dtp += c.decelTp();
                        dfp += c.decelFp();
                        dfn += c.decelFn();
                        row.put("accelTpFpFn", List.of(c.accelTp(), c.accelFp(), c.accelFn()));
                        row.put("decelTpFpFn", List.of(c.decelTp(), c.decelFp(), c.decelFn()));
                    }
                }
                if (!Double.isNaN(a.meanBaselineBpm())) {
                    baseSum += a.meanBaselineBpm();
                }
                lossSum += a.clean().lossFraction();
                accSum += a.accelerations();
                decSum += a.decelerations();
                hours += r.durationSec() / 3600;
                if (f.toString().endsWith(".fhr")) {
                    fhrma++;
                } else {
                    ctu++;
                }
            } catch (Exception e) {
                failures++;
                failed.add(e.getMessage());
                row.put("error", e.getMessage());
            }
            report.record(row);
        }
        int ok = files.size() - failures;
        report.metric("madi", null)
                .metric("baselineRmsd", rmsdN == 0 ? null : rmsdSum / rmsdN)
                .metric("accelF1", eventRecords == 0 ? null : ExpertComparison.f1(atp, afp, afn))
                .metric("decelF1", eventRecords == 0 ? null : ExpertComparison.f1(dtp, dfp, dfn))
                .metric("recordsWithExpertAnalysis", experts)
                .metric("processed", ok).metric("failures", failures).metric("fhrmaRecords", fhrma).metric("ctuUhbRecords", ctu)
                .metric("meanBaselineBpm", ok == 0 ? null : baseSum / ok)
                .metric("meanLossPct", ok == 0 ? null : 100 * lossSum / ok)
                .metric("accelerationsPerHour", hours == 0 ? null : accSum / hours)
                .metric("decelerationsPerHour", hours == 0 ? null : decSum / hours)
                .metric("analysisSeconds", nanos / 1e9)
                .extra("failed", failed);
        report.write(json);
        spec.commandLine().getOut().printf("bench fhr: %d records processed, %d failures, %.1f h of CTG; %d with an expert analysis;"
                + " wrote %s%n", ok, failures, hours, experts, json);
        return failures == 0 ? 0 : 1;
    }
}
