package org.cardiosleep.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the public data sets that tests read: the directory named by the environment variable
 * {@code CARDIOSLEEP_DATA}, by default {@code ../shared/data} beside the repository root.
 *
 * <p>When a data set is absent, a test is skipped with a message, unless the system property
 * {@code cardiosleep.requireData=true} is set (CI sets it), in which case the test fails.
 */
public final class TestData {
    private TestData() {
    }

    /** The data root, whether or not it exists. */
    public static Path root() {
        String env = System.getenv("CARDIOSLEEP_DATA");
        if (env != null && !env.isBlank()) {
            return Paths.get(env).toAbsolutePath().normalize();
        }
        String repo = System.getProperty("cardiosleep.root");
        Path base = repo != null && !repo.isBlank() ? Paths.get(repo) : findRepositoryRoot();
        Path beside = base.resolve("../shared/data").toAbsolutePath().normalize();
        if (Files.isDirectory(beside)) {
            return beside;
        }
        // a checkout nested deeper (e.g. a git worktree) finds the nearest ancestor's shared/data
        for (Path d = base.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("shared/data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return beside;
    }

    /** True when the tests must fail rather than skip on missing data. */
    public static boolean required() {
        return Boolean.getBoolean("cardiosleep.requireData");
    }

    /**
     * The directory or file {@code relative} under the data root. Skips the calling test when it is
     * absent, or fails it when data is required.
     */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            String msg = "test data not found: " + p + " (set CARDIOSLEEP_DATA)";
            if (required()) {
                Assertions.fail(msg + " and -Dcardiosleep.requireData=true is set");
            }
            Assumptions.abort(msg);
        }
        return p;
    }

    private static Path findRepositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("cardiosleep")) && Files.exists(d.resolve("pom.xml"))) {
                return d;
            }
        }
        return dir;
    }
}
