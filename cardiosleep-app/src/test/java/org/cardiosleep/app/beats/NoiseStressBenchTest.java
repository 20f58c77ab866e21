package org.cardiosleep.app.beats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cardiosleep.app.Main;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;
import org.cardiosleep.io.wfdb.WfdbReader;
import org.cardiosleep.io.wfdb.WfdbWriter;
import org.cardiosleep.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The noise-stress part of {@code bench qrs}, proven on a simulated Noise Stress Test database
 * (the real one is not on this machine): MIT-BIH record 118 with simulated electrode-motion-like
 * noise added, as the NSTDB does, in alternating 2-minute stretches from minute 5, at SNRs of 24,
 * 12, 6, 0 and −6 dB (SNR from the median QRS peak-to-peak amplitude, S = ptp²/8).
 */
class NoiseStressBenchTest {
    static final int[] SNR_DB = {24, 12, 6, 0, -6};

    @Test
    void reportsSensitivityAndPpvPerSnrLevel(@TempDir Path tmp) throws Exception {
        Path mitdb = TestData.require("mitdb");
        Path clean = Files.createDirectories(tmp.resolve("clean"));
        Path nstdb = Files.createDirectories(tmp.resolve("nstdb"));
        for (String ext : new String[] {".hea", ".dat", ".atr"}) {
            Files.copy(mitdb.resolve("118" + ext), clean.resolve("118" + ext));
        }
        List<WfdbAnnotation> atr = WfdbAnnotationReader.read(mitdb.resolve("118.atr"));
        try (Recording r = WfdbReader.open(mitdb.resolve("118.hea"))) {
            double fs = r.signals().get(0).samplingRateHz();
            int n = (int) r.signals().get(0).sampleCount();
            double[][] x = {r.readPhysical(0), r.readPhysical(1)};
            double[] noise = electrodeMotion(n, fs, 118);
            for (int snr : SNR_DB) {
                String name = "118e" + (snr < 0 ? "_" + (-snr) : String.format("%02d", snr));
                List<WfdbWriter.Signal> sig = new ArrayList<>();
                for (int c = 0; c < 2; c++) {
                    SignalInfo info = r.signals().get(c);
                    double s = qrsPeakToPeak(x[c], atr, fs);
                    double power = s * s / 8;
                    double scale = Math.sqrt(power / Math.pow(10, snr / 10.0));
                    double[] y = x[c].clone();
                    for (int i = 0; i < n; i++) {
                        double minute = i / fs / 60;
                        // NSTDB: clean for 5 minutes, then noise on and off every 2 minutes
                        if (minute >= 5 && ((int) ((minute - 5) / 2)) % 2 == 0) {
                            y[i] += scale * noise[i];
                        }
                    }
                    sig.add(WfdbWriter.Signal.ofPhysical(info.label(), "mV", info.gain(), (int) info.baseline(),
                            clamp(y, info), 212));
                }
                WfdbWriter.write(nstdb, name, 212, fs, sig, null, List.of("simulated noise stress record"));
                Files.copy(mitdb.resolve("118.atr"), nstdb.resolve(name + ".atr"));
            }
        }
        Path json = tmp.resolve("qrs.json");
        assertEquals(0, Main.execute("bench", "qrs", "--data", clean.toString(), "--nstdb", nstdb.toString(),
                "--json", json.toString()));
        JsonNode ns = new ObjectMapper().readTree(json.toFile()).get("nstdb");
        assertTrue(ns.get("present").asBoolean());
        double se24 = ns.get("snr24dB").get("grossSe").asDouble();
        double ppv24 = ns.get("snr24dB").get("grossPpv").asDouble();
        double seM6 = ns.get("snr-6dB").get("grossSe").asDouble();
        double ppvM6 = ns.get("snr-6dB").get("grossPpv").asDouble();
        System.out.println("simulated noise stress, record 118: " + ns);
        // light noise barely matters; heavy noise must cost something (else the noise is not applied)
        assertTrue(se24 > 99 && ppv24 > 99, ns.toString());
        assertTrue(seM6 + ppvM6 < se24 + ppv24, ns.toString());
    }

    /** Baseline-wander-like random walk plus motion spikes, unit RMS, deterministic. */
    static double[] electrodeMotion(int n, double fs, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] v = new double[n];
        double level = 0, slow = 0;
        double a = Math.exp(-2 * Math.PI * 8 / fs); // ~8 Hz smoothing of the fast part
        for (int i = 0; i < n; i++) {
            slow += 0.02 * (rnd.nextDouble() - 0.5) - 0.0005 * slow;
            double burst = rnd.nextDouble() < 2.0 / fs ? (rnd.nextDouble() - 0.5) * 40 : 0;
            level = a * level + (1 - a) * ((rnd.nextDouble() - 0.5) * 6 + burst);
            v[i] = slow + level;
        }
        double mean = 0, sq = 0;
        for (double x : v) {
            mean += x / n;
        }
        for (int i = 0; i < n; i++) {
            v[i] -= mean;
            sq += v[i] * v[i];
        }
        double rms = Math.sqrt(sq / n);
        for (int i = 0; i < n; i++) {
            v[i] /= rms;
        }
        return v;
    }

    static double qrsPeakToPeak(double[] x, List<WfdbAnnotation> atr, double fs) {
        List<Double> ptp = new ArrayList<>();
        int w = (int) (0.05 * fs);
        for (WfdbAnnotation a : atr) {
            if (!a.isBeat() || a.sample() < w || a.sample() + w >= x.length) {
                continue;
            }
            double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
            for (int i = (int) a.sample() - w; i <= a.sample() + w; i++) {
                lo = Math.min(lo, x[i]);
                hi = Math.max(hi, x[i]);
            }
            ptp.add(hi - lo);
        }
        ptp.sort(Double::compare);
        return ptp.get(ptp.size() / 2);
    }

    static double[] clamp(double[] y, SignalInfo info) {
        double lo = info.physicalMin(), hi = info.physicalMax();
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.max(lo, Math.min(hi, y[i]));
        }
        return out;
    }
}
