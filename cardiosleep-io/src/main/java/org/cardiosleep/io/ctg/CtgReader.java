package org.cardiosleep.io.ctg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.SignalInfo;

/**
 * Reads a cardiotocogram from any supported file: FHRMA {@code .fhr}, or a recording (CTU-UHB
 * WFDB, EDF, CSV) with an FHR channel ("FHR", "FHR1", "fetal HR", ...) and optionally a uterine
 * channel ("UC", "TOCO", "UA"). FHR values of 0 (the CTU-UHB and device convention for signal loss)
 * become {@code NaN}.
 */
public final class CtgReader {
    private CtgReader() {
    }

    public static CtgRecord read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".fhr")) {
            return FhrmaReader.read(file);
        }
        try (Recording r = Recordings.open(file)) {
            List<SignalInfo> sig = r.signals();
            int fhr = find(sig, "fhr", "fetal");
            if (fhr < 0) {
                throw new RecordingFormatException(r.source(), "no fetal heart rate channel (looked for a label with 'FHR'"
                        + " or 'fetal'; found " + labels(sig) + ")");
            }
            int uc = find(sig, "uc", "toco", "ua", "uterine");
            double fs = sig.get(fhr).samplingRateHz();
            double[] f = r.readPhysical(fhr);
            for (int i = 0; i < f.length; i++) {
                if (f[i] <= 0 || Double.isNaN(f[i])) {
                    f[i] = Double.NaN;
                }
            }
            double[] u = new double[0];
            if (uc >= 0) {
                if (sig.get(uc).samplingRateHz() != fs) {
                    throw new RecordingFormatException(r.source(), "uterine channel rate " + sig.get(uc).samplingRateHz()
                            + " Hz differs from the FHR rate " + fs + " Hz");
                }
                u = r.readPhysical(uc);
            }
            return new CtgRecord(r.source(), fs, f, u, r.startTime());
        }
    }

    private static int find(List<SignalInfo> sig, String... keys) {
        for (int i = 0; i < sig.size(); i++) {
            String l = sig.get(i).label().toLowerCase(Locale.ROOT).replace(" ", "");
            for (String k : keys) {
                if (l.equals(k) || l.startsWith(k)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String labels(List<SignalInfo> sig) {
        StringBuilder b = new StringBuilder();
        for (SignalInfo s : sig) {
            b.append(b.length() == 0 ? "" : ", ").append(s.label());
        }
        return b.length() == 0 ? "no channels" : b.toString();
    }
}
