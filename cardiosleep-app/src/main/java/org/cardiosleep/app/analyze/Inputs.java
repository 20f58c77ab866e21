package org.cardiosleep.app.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;
import org.cardiosleep.io.edf.EdfReader;

/** Opens an input recording: EDF/EDF+/BDF directly, everything else through {@link Recordings#open}. */
final class Inputs {
    private Inputs() {
    }

    static Recording open(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(file) && (name.endsWith(".edf") || name.endsWith(".bdf") || name.endsWith(".rec")
                || edfMagic(file))) {
            return EdfReader.open(file);
        }
        return Recordings.open(file);
    }

    private static boolean edfMagic(Path file) throws IOException {
        byte[] head = new byte[8];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 8) < 8) {
                return false;
            }
        }
        boolean edf = head[0] == '0' && head[1] == ' ' && head[2] == ' ';
        boolean bdf = (head[0] & 0xff) == 0xff && head[1] == 'B' && head[2] == 'I' && head[3] == 'O';
        return edf || bdf;
    }
}
