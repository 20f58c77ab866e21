package org.cardiosleep.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name beside it and renames it into place only when complete, so
 * a failed write never leaves a half-written file (the format writers' shared last step).
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the content of a file to the temporary path it is given. */
    @FunctionalInterface
    public interface Body {
        void write(Path tmp) throws IOException;
    }

    /** Runs {@code body} on a temporary file in {@code file}'s directory, then renames it to {@code file}. */
    public static void write(Path file, Body body) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            body.write(tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
