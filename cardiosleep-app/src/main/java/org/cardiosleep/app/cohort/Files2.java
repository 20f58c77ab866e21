package org.cardiosleep.app.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Small file helpers for the cohort commands. */
final class Files2 {
    private Files2() {
    }

    /** Deletes a directory tree, ignoring what cannot be deleted (temporary data). */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // temporary data: best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
