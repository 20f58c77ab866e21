package org.cardiosleep.app.analyze;

import java.io.IOException;
import java.nio.file.Path;

import org.cardiosleep.io.Recording;
import org.cardiosleep.io.Recordings;

/** Opens an input recording of any supported format (EDF/EDF+/BDF, WFDB, ISHNE, CSV) through {@link Recordings#open}. */
final class Inputs {
    private Inputs() {
    }

    static Recording open(Path file) throws IOException {
        return Recordings.open(file);
    }
}
