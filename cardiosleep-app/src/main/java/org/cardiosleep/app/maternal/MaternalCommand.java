package org.cardiosleep.app.maternal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.cardiosleep.app.AtomicOutput;
import org.cardiosleep.app.UsageException;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.io.ctg.CtgReader;
import org.cardiosleep.io.ctg.CtgRecord;
import org.cardiosleep.pheno.maternal.ClockAlignment;
import org.cardiosleep.pheno.maternal.EventLockedAnalysis;
import org.cardiosleep.pheno.maternal.MaternalAnalysis;
import org.cardiosleep.pheno.maternal.MaternalSimulation;
import org.cardiosleep.pheno.maternal.ResponseModels;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cardiosleep maternal}: maternal desaturations from a PSG against the fetal heart rate of a
 * simultaneous CTG — one pair, a manifest of pairs, or a simulated cohort.
 */
@Command(name = "maternal", mixinStandardHelpOptions = true,
        description = {"Maternal hypoxia and fetal heart rate: desaturation-locked FHR responses and GLMs.",
            "One pair (--psg, --ctg), a manifest of pairs (--pairs CSV with columns subject,psg,ctg[,offset]),",
            "or --simulate N subjects of simulated pairs with planted responses."})
public final class MaternalCommand implements Callable<Integer> {

    @Option(names = "--psg", paramLabel = "FILE", description = "PSG recording with an SpO2 channel (EDF, WFDB, ISHNE, CSV).")
    Path psg;

    @Option(names = "--ctg", paramLabel = "FILE", description = "CTG: FHRMA .fhr, CTU-UHB .hea, or EDF/CSV with an FHR channel.")
    Path ctg;

    @Option(names = "--offset", paramLabel = "SEC", defaultValue = "0",
            description = "Seconds added to the start-time difference (CTG start minus PSG start); the whole offset when a start time is missing.")
    double offsetSec;

    @Option(names = "--pairs", paramLabel = "CSV", description = "Manifest of pairs: subject,psg,ctg[,offset].")
    Path pairs;

    @Option(names = "--simulate", paramLabel = "N", description = "Analyse N simulated subjects (planted truth printed).")
    Integer simulate;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int modes = (psg != null || ctg != null ? 1 : 0) + (pairs != null ? 1 : 0) + (simulate != null ? 1 : 0);
        if (modes != 1) {
            throw new UsageException("give exactly one of --psg/--ctg, --pairs or --simulate");
        }
        if (modes == 1 && (psg == null) != (ctg == null) && pairs == null && simulate == null) {
            throw new UsageException("--psg and --ctg go together");
        }
        List<String> subjects = new ArrayList<>();
        List<MaternalAnalysis> results = new ArrayList<>();
        PrintWriter o = spec.commandLine().getOut();
        if (simulate != null) {
            if (simulate < 2) {
                throw new UsageException("--simulate needs at least 2 subjects");
            }
            MaternalSimulation.Truth t = MaternalSimulation.Truth.DEFAULT;
            o.printf(Locale.ROOT, "simulated cohort: %d subjects, planted logit(P(deceleration)) = %.2f + %.2f*depthPct + %.3f*durationSec%n",
                    simulate, t.intercept(), t.perDepthPct(), t.perDurationSec());
            for (int s = 0; s < simulate; s++) {
                MaternalSimulation.Pair p = MaternalSimulation.simulate(s, 1000 + s, 8, 40, t);
                ClockAlignment al = ClockAlignment.align(Optional.empty(), Optional.empty(), p.ctgOffsetSec(),
                        p.spo2().length / p.spo2Hz(), p.fhrBpm().length / p.ctgHz());
                results.add(MaternalAnalysis.run(p.spo2(), p.spo2Hz(), p.fhrBpm(), p.uterine(), p.ctgHz(), al,
                        EventLockedAnalysis.Windows.DEFAULT));
                subjects.add("sim" + s);
            }
        } else if (pairs != null) {
            for (String[] row : readPairs(pairs)) {
                Path base = pairs.toAbsolutePath().getParent();
                results.add(analyzePair(base.resolve(row[1]), base.resolve(row[2]), row.length > 3 ? Double.parseDouble(row[3]) : 0));
                subjects.add(row[0]);
            }
        } else {
            results.add(analyzePair(psg, ctg, offsetSec));
            subjects.add(String.valueOf(psg.getFileName()));
        }
        AtomicOutput.directory(out, dir -> MaternalOutputs.write(dir, subjects, results));
        List<ResponseModels.Row> rows = ResponseModels.rows(results);
        o.printf(Locale.ROOT, "%d subject(s), %d maternal desaturations covered by CTG, %d usable responses%n",
                results.size(), results.stream().mapToInt(a -> a.events().size()).sum(), rows.size());
        if (results.size() >= 2 && rows.size() > 10) {
            o.println("pooled logistic model of FHR deceleration (subject-clustered errors):");
            o.print(ResponseModels.deceleration(rows, true).table());
        }
        o.println("wrote " + out);
        o.flush();
        return 0;
    }

    private MaternalAnalysis analyzePair(Path psgFile, Path ctgFile, double offset) throws Exception {
        CtgRecord c = CtgReader.read(ctgFile);
        try (Recording r = Recordings.open(psgFile)) {
            int ch = spo2Channel(r);
            SignalInfo s = r.signals().get(ch);
            double[] v = r.readPhysical(ch);
            float[] spo2 = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                spo2[i] = (float) v[i];
            }
            ClockAlignment al = ClockAlignment.align(r.startTime(), c.startTime(), offset, s.durationSec(), c.durationSec());
            if (!al.sufficient()) {
                throw new RecordingFormatException(ctgFile, String.format(Locale.ROOT,
                        "overlaps the PSG %s by only %.0f s (offset %.0f s); at least %.0f s are needed",
                        psgFile.getFileName(), al.overlapSec(), al.offsetSec(), ClockAlignment.MIN_OVERLAP_SEC));
            }
            return MaternalAnalysis.run(spo2, s.samplingRateHz(), c.fhrBpm(), c.uterine(), c.samplingRateHz(), al,
                    EventLockedAnalysis.Windows.DEFAULT);
        }
    }

    static int spo2Channel(Recording r) throws RecordingFormatException {
        List<SignalInfo> sig = r.signals();
        for (int i = 0; i < sig.size(); i++) {
            String l = sig.get(i).label().toLowerCase(Locale.ROOT).replace(" ", "");
            if (l.contains("spo2") || l.contains("sao2") || l.equals("osat") || l.equals("sat") || l.startsWith("spo")) {
                return i;
            }
        }
        throw new RecordingFormatException(r.source(), "no SpO2 channel (looked for SpO2, SaO2, OSAT)");
    }

    private static List<String[]> readPairs(Path csv) throws Exception {
        if (!Files.isRegularFile(csv)) {
            throw new RecordingFormatException(csv, "manifest not found");
        }
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("subject"))) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length < 3) {
                throw new RecordingFormatException(csv, "line " + (i + 1) + ": expected subject,psg,ctg[,offset]");
            }
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].strip();
            }
            rows.add(f);
        }
        if (rows.isEmpty()) {
            throw new RecordingFormatException(csv, "manifest lists no pairs");
        }
        return rows;
    }

    static Map<String, Object> summary(List<String> subjects, List<MaternalAnalysis> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subjects", subjects.size());
        return m;
    }

    static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
