package org.cardiosleep.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that cannot be read as the format it claims to be. The message names the file and the
 * problem in one line, so the command line can print it as it is.
 */
public class RecordingFormatException extends IOException {
    private final transient Path file;

    public RecordingFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public RecordingFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
