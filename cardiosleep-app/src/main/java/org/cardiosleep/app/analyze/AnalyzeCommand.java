package org.cardiosleep.app.analyze;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cardiosleep.app.CpuClock;
import org.cardiosleep.app.report.Numbers;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.pheno.analyze.AnalysisOptions;
import org.cardiosleep.pheno.analyze.NightAnalysis;
import org.cardiosleep.pheno.analyze.NightAnalyzer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cardiosleep analyze FILE -o OUT}: one night in, every output out (see {@link AnalysisOutputs}).
 * A file that cannot be read gives one line on stderr and exit code 1, and leaves no OUT directory.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse one night: beats, heart rate and HRV, sleep, apnea and oximetry.",
            "Writes summary.json, epochs.csv, beats.csv, events.csv, WFDB annotations and an HTML/PDF report into OUT."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "EDF/EDF+/BDF, WFDB (.hea or record name), ISHNE Holter or CSV recording.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output directory (replaced when it exists).")
    Path out;

    @Option(names = "--channel", paramLabel = "C", description = "ECG channel label or 0-based index (default: first ECG-like channel).")
    String channel;

    @Option(names = "--spo2-channel", paramLabel = "C", description = "SpO2 channel label or index (default: found by label).")
    String spo2Channel;

    @Option(names = "--json", description = "Print summary.json on stdout.")
    boolean json;

    @Option(names = "--stager", paramLabel = "S", defaultValue = AnalysisOptions.STAGER_TREES,
            description = "Sleep stager: 'trees' (boosted trees + HMM, default) or 'djl' (the DJL sequence model:"
                    + " higher kappa on slpdb, about a second more to load PyTorch).")
    String stager;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        double c0 = CpuClock.seconds();
        if (!stager.equals(AnalysisOptions.STAGER_TREES) && !stager.equals(AnalysisOptions.STAGER_DJL)) {
            throw new org.cardiosleep.app.UsageException("--stager must be 'trees' or 'djl': " + stager);
        }
        NightAnalysis a = analyze(file, new AnalysisOptions(channel, spo2Channel, 600, null, stager), !json);
        long t1 = System.nanoTime();
        double c1 = CpuClock.seconds();
        AnalysisOutputs.write(a, out, AnalysisOutputs.version());
        long t2 = System.nanoTime();
        double c2 = CpuClock.seconds();
        if (json) {
            stdout.println(SummaryJson.toJson(a));
            stdout.flush();
        } else {
            stdout.println("cardiosleep: wrote " + out.resolve("report.html"));
            stdout.flush();
        }
        if (org.cardiosleep.app.report.HtmlReport.lowRate(a.recording().ecgRateHz())) {
            stderr.println(org.cardiosleep.app.report.HtmlReport.interpolatedNote(a.recording().ecgRateHz()));
        }
        // CPU time of the working thread as well as wall time: on a shared machine wall time measures the load
        // (concatenated: a formatter's first use would load the locale data, about 10 ms of a short run)
        stderr.println("cardiosleep: " + Numbers.padded(a.recording().durationSec() / 3600, 1) + " h of ECG; analysis "
                + Numbers.padded(c1 - c0, 3) + " s CPU (" + Numbers.padded((t1 - t0) / 1e9, 3) + " s wall), outputs "
                + Numbers.padded(c2 - c1, 3) + " s CPU (" + Numbers.padded((t2 - t1) / 1e9, 3)
                + " s wall); file to all outputs " + Numbers.padded(c2 - c0, 3) + " s CPU");
        stderr.flush();
        return 0;
    }

    /**
     * Opens and analyses a recording; any failure becomes one line naming the file.
     *
     * @param progress show a progress bar when on a terminal
     */
    static NightAnalysis analyze(Path file, AnalysisOptions opt, boolean progress) throws IOException {
        try (Recording rec = Inputs.open(file);
             TerminalProgress bar = new TerminalProgress(progress && TerminalProgress.onTerminal())) {
            return NightAnalyzer.analyze(rec, opt.withProgress(bar));
        } catch (RecordingFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new RecordingFormatException(file, m.startsWith(file.toString()) ? m.substring(file.toString().length())
                    .replaceFirst("^:\\s*", "") : "cannot be analysed: " + m, e);
        }
    }
}
