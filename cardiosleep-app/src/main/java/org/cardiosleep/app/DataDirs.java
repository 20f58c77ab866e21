package org.cardiosleep.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cardiosleep.io.DataRoot;

/** Where the public databases live: {@code --data}, else {@code $CARDIOSLEEP_DATA/<name>}, else {@code ../shared/data/<name>}. */
public final class DataDirs {
    private DataDirs() {
    }

    public static Path root() {
        return DataRoot.locate();
    }

    /** The database directory: {@code given} when not null, else {@code root()/name}; fails clearly when missing. */
    public static Path database(Path given, String name) {
        Path dir = given != null ? given : root().resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + ": database directory not found (give --data DIR or set CARDIOSLEEP_DATA)");
        }
        return dir;
    }
}
