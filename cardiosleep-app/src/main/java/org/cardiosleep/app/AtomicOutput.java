package org.cardiosleep.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Writes an output file or directory under a temporary name beside its destination and moves it
 * into place only when complete, so a failed command never leaves a half-written output.
 */
public final class AtomicOutput {
    private AtomicOutput() {
    }

    /** Something that writes into the given temporary path. */
    @FunctionalInterface
    public interface Writer {
        void write(Path tmp) throws Exception;
    }

    /** Writes a file atomically. */
    public static void file(Path dest, Writer writer) throws Exception {
        Path abs = dest.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            throw new IOException(dest + ": is a directory; give a file name for the output");
        }
        Path parent = abs.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = create(parent, abs, false);
        try {
            writer.write(tmp);
            move(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes a directory atomically: the directory appears complete or not at all. */
    public static void directory(Path dest, Writer writer) throws Exception {
        Path abs = dest.toAbsolutePath();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IOException(dest + ": exists and is not a directory; give a directory for the output");
        }
        Path parent = abs.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = create(parent, abs, true);
        try {
            writer.write(tmp);
            if (Files.isDirectory(abs)) {
                deleteTree(abs);
            }
            move(tmp, abs);
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A new hidden file or directory beside {@code dest}, named after it, this process and a counter.
     * Creation fails when the name exists, so the next counter is tried: unique without the JDK's
     * temporary-file names, whose secure random generator costs a noticeable share of a short run.
     */
    private static Path create(Path parent, Path dest, boolean directory) throws IOException {
        Path dir = parent != null ? parent : dest.getRoot();
        String stem = "." + dest.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(stem + SEQUENCE.incrementAndGet() + ".tmp");
            try {
                return directory ? Files.createDirectory(p) : Files.createFile(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 1000) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
