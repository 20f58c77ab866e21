package org.cardiosleep.jmh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the JMH benchmarks find the public data: {@code $CARDIOSLEEP_DATA}, else {@code ../shared/data}. */
public final class BenchData {
    private BenchData() {
    }

    public static Path root() {
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
