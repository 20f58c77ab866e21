package org.cardiosleep.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.cardiosleep.io.ChannelPicker.Kind;
import org.junit.jupiter.api.Test;

class ChannelPickerTest {

    static SignalInfo sig(String label, double fs) {
        return SignalInfo.fromRanges(label, "", "", fs, 100, -1, 1, -100, 100);
    }

    static List<SignalInfo> sigs(Object... labelRate) {
        List<SignalInfo> out = new ArrayList<>();
        for (int i = 0; i < labelRate.length; i += 2) {
            out.add(sig((String) labelRate[i], ((Number) labelRate[i + 1]).doubleValue()));
        }
        return out;
    }

    @Test
    void findsEcgAcrossVendors() {
        for (String label : new String[] {"ECG", "EKG", "ECG1", "ECG II", "ECG L", "MLII", "V5", "II", "ECG2",
            "ecg", " Ekg ", "ECG-II", "Lead II", "ML II"}) {
            assertEquals(OptionalInt.of(1), ChannelPicker.find(sigs("EEG Fpz-Cz", 100, label, 200, "Resp", 10), Kind.ECG),
                    label);
        }
        assertEquals(OptionalInt.empty(), ChannelPicker.find(sigs("EEG", 100, "Heart Rate", 1, "ECG HR", 1), Kind.ECG));
    }

    @Test
    void prefersEcgLikeLabelsThenHigherRates() {
        assertEquals(2, ChannelPicker.find(sigs("V5", 360, "MLII", 360, "ECG", 128), Kind.ECG).getAsInt());
        assertEquals(1, ChannelPicker.find(sigs("V5", 360, "MLII", 360), Kind.ECG).getAsInt());
        assertEquals(1, ChannelPicker.find(sigs("ECG1", 128, "ECG2", 512, "ECG3", 256), Kind.ECG).getAsInt());
        assertEquals(0, ChannelPicker.find(sigs("ECG1", 256, "ECG2", 256), Kind.ECG).getAsInt());
    }

    @Test
    void findsSpo2AndRespiration() {
        for (String label : new String[] {"SpO2", "SAO2", "SaO2", "OSAT", "SPO2", "SpO2 (%)"}) {
            assertEquals(1, ChannelPicker.find(sigs("ECG", 256, label, 1), Kind.SPO2).getAsInt(), label);
        }
        assertEquals(OptionalInt.empty(), ChannelPicker.find(sigs("ECG", 256, "Pleth", 100), Kind.SPO2));
        assertEquals(2, ChannelPicker.find(sigs("Thor", 25, "Abdo", 25, "Airflow", 25), Kind.RESPIRATION).getAsInt());
        assertEquals(0, ChannelPicker.find(sigs("Resp (sum)", 10, "Abdo", 25), Kind.RESPIRATION).getAsInt());
    }

    @Test
    void overrideByIndexOrLabelAndClearErrors() throws Exception {
        Recording r = new Stub(sigs("EEG Fpz-Cz", 100, "chin EMG", 100, "Marker", 1));
        assertEquals(2, ChannelPicker.pick(orThrow(r), Kind.ECG, "2"));
        assertEquals(1, ChannelPicker.pick(orThrow(r), Kind.ECG, "CHIN emg"));
        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> ChannelPicker.pick(r, Kind.ECG, null));
        assertTrue(e.getMessage().startsWith("night.edf: no ECG channel recognised among [0:\"EEG Fpz-Cz\","),
                e.getMessage());
        e = assertThrows(RecordingFormatException.class, () -> ChannelPicker.pick(r, Kind.ECG, "7"));
        assertTrue(e.getMessage().contains("no channel 7") && e.getMessage().contains("\"Marker\""), e.getMessage());
        e = assertThrows(RecordingFormatException.class, () -> ChannelPicker.pick(r, Kind.SPO2, "SpO2"));
        assertTrue(e.getMessage().contains("no channel labelled 'SpO2'"), e.getMessage());
    }

    private static Recording orThrow(Recording r) {
        return r;
    }

    private record Stub(List<SignalInfo> signals) implements Recording {
        public Path source() {
            return Path.of("night.edf");
        }

        public String format() {
            return "EDF";
        }

        public Optional<LocalDateTime> startTime() {
            return Optional.empty();
        }

        public List<Annotation> annotations() {
            return List.of();
        }

        public List<Segment> segments() {
            return List.of();
        }

        public int[] readDigital(int channel, long startSample, int count) {
            return new int[count];
        }

        public void close() {
        }
    }
}
