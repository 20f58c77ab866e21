package org.cardiosleep.pheno.analyze;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Segment;
import org.cardiosleep.io.SignalInfo;
import org.cardiosleep.signal.sim.SimEpisode;
import org.cardiosleep.signal.sim.SimStage;
import org.cardiosleep.signal.sim.SimulatedNight;

/**
 * A {@link SimulatedNight} seen as a {@link Recording}: channel 0 "ECG" (mV, 1 µV per digital unit),
 * channel 1 "SpO2" (%, 0.01 % per unit), rendered on demand (a 7-day Holter costs no more memory
 * than its beat list), with the simulation's truth as EDF+-style annotations. Writing it to an EDF+
 * file gives the same samples.
 */
public final class SimulatedRecording implements Recording {
    /** ECG digital units per mV. */
    public static final double ECG_GAIN = 1000;
    /** SpO2 digital units per %. */
    public static final double SPO2_GAIN = 100;

    private final SimulatedNight night;
    private final Path source;
    private final List<SignalInfo> signals;

    public SimulatedRecording(SimulatedNight night, Path source) {
        this.night = night;
        this.source = source;
        double fs = night.config().ecgRateHz();
        this.signals = List.of(
                new SignalInfo("ECG", "simulated single lead", "mV", fs, night.ecgSampleCount(), ECG_GAIN, 0,
                        -32768, 32767),
                new SignalInfo("SpO2", "simulated pulse oximeter", "%", night.config().spo2RateHz(),
                        night.spo2().length, SPO2_GAIN, 0, 0, 10000));
    }

    public SimulatedNight night() {
        return night;
    }

    @Override
    public Path source() {
        return source;
    }

    @Override
    public String format() {
        return "simulated";
    }

    @Override
    public Optional<LocalDateTime> startTime() {
        return Optional.of(LocalDateTime.of(2026, 1, 1, 22, 30, 0));
    }

    @Override
    public List<SignalInfo> signals() {
        return signals;
    }

    @Override
    public List<Annotation> annotations() {
        return truthAnnotations(night);
    }

    @Override
    public List<Segment> segments() {
        return List.of(new Segment(0, 0, night.ecgSampleCount()));
    }

    @Override
    public int[] readDigital(int channel, long startSample, int count) {
        SignalInfo s = signals.get(channel);
        if (startSample < 0 || count < 0 || startSample + count > s.sampleCount()) {
            throw new IndexOutOfBoundsException("samples " + startSample + "+" + count + " of " + s.sampleCount());
        }
        int[] out = new int[count];
        if (channel == 0) {
            float[] mv = new float[count];
            night.renderEcg(startSample, mv);
            for (int i = 0; i < count; i++) {
                out[i] = (int) Math.max(-32768, Math.min(32767, Math.round(mv[i] * ECG_GAIN)));
            }
        } else {
            float[] sp = night.spo2();
            for (int i = 0; i < count; i++) {
                out[i] = (int) Math.max(0, Math.min(10000, Math.round(sp[(int) startSample + i] * SPO2_GAIN)));
            }
        }
        return out;
    }

    @Override
    public void close() {
    }

    /** The truth as annotations: stages per epoch ("Sleep stage W|N1|N2|N3|R"), apneas, AF, lead-off, pause, run. */
    public static List<Annotation> truthAnnotations(SimulatedNight n) {
        List<Annotation> a = new ArrayList<>();
        byte[] h = n.hypnogram();
        for (int i = 0; i < h.length; i++) {
            SimStage s = SimStage.values()[h[i]];
            String label = switch (s) {
                case WAKE -> "W";
                case REM -> "R";
                default -> s.name();
            };
            a.add(new Annotation(i * 30.0, 30, "Sleep stage " + label));
        }
        for (SimEpisode e : n.apneas()) {
            a.add(new Annotation(e.startSec(), e.durationSec(), "Obstructive apnea"));
        }
        add(a, n.afEpisode(), "Atrial fibrillation");
        add(a, n.leadOff(), "Lead off");
        add(a, n.pause(), "Sinus pause");
        add(a, n.ventricularRun(), "Ventricular run");
        a.sort(java.util.Comparator.comparingDouble(Annotation::onsetSec));
        return a;
    }

    private static void add(List<Annotation> a, SimEpisode e, String text) {
        if (e != null) {
            a.add(new Annotation(e.startSec(), e.durationSec(), text));
        }
    }
}
