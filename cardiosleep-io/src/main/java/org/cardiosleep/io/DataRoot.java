package org.cardiosleep.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the public databases live: {@code $CARDIOSLEEP_DATA}, else {@code ../shared/data} beside
 * the working directory, else the nearest ancestor's {@code shared/data} (a nested checkout).
 */
public final class DataRoot {
    private DataRoot() {
    }

    public static Path locate() {
        String env = System.getenv("CARDIOSLEEP_DATA");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        Path beside = Paths.get("../shared/data");
        if (Files.isDirectory(beside)) {
            return beside;
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/data"))) {
                return d.resolve("shared/data");
            }
        }
        return beside;
    }
}
