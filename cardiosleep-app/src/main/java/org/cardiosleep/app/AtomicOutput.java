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
        Path tmp = Files.createTempFile(parent, "." + abs.getFileName(), ".tmp");
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
        Path tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".tmp");
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
