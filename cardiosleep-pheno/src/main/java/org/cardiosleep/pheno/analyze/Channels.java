package org.cardiosleep.pheno.analyze;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.cardiosleep.io.ChannelPicker;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.SignalInfo;

/**
 * Chooses the ECG and SpO2 channels: the user's choice, else {@link ChannelPicker}'s label rules;
 * for the ECG, when no label is recognised, the first channel in mV/µV sampled at 100 Hz or more.
 */
final class Channels {
    private Channels() {
    }

    static int ecg(Recording rec, String choice) throws RecordingFormatException {
        if (choice != null && !choice.isBlank()) {
            return ChannelPicker.pick(rec, ChannelPicker.Kind.ECG, choice);
        }
        OptionalInt byLabel = ChannelPicker.find(rec.signals(), ChannelPicker.Kind.ECG);
        if (byLabel.isPresent()) {
            return byLabel.getAsInt();
        }
        List<SignalInfo> s = rec.signals();
        for (int i = 0; i < s.size(); i++) {
            String u = s.get(i).physicalUnit().trim().toLowerCase(Locale.ROOT);
            boolean annotation = s.get(i).label().toLowerCase(Locale.ROOT).contains("annotation");
            if ((u.equals("mv") || u.equals("uv") || u.equals("µv")) && s.get(i).samplingRateHz() >= 100 && !annotation) {
                return i;
            }
        }
        return ChannelPicker.pick(rec, ChannelPicker.Kind.ECG, null);     // throws, listing the labels
    }

    /** The SpO2 channel index, or -1 when there is none. */
    static int spo2(Recording rec, String choice) throws RecordingFormatException {
        if (choice != null && !choice.isBlank()) {
            return ChannelPicker.pick(rec, ChannelPicker.Kind.SPO2, choice);
        }
        return ChannelPicker.find(rec.signals(), ChannelPicker.Kind.SPO2).orElse(-1);
    }
}
