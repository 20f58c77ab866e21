package org.cardiosleep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path tmp;

    private long entries() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.count();
        }
    }

    @Test
    void fileOntoADirectoryFailsNamingTheDestinationAndLeavesNothing() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("out"));
        IOException e = assertThrows(IOException.class, () -> AtomicOutput.file(dir, p -> Files.writeString(p, "x")));
        assertTrue(e.getMessage().startsWith(dir + ": is a directory"), e.getMessage());
        assertEquals(1, entries());
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void directoryOntoAFileFailsNamingTheDestinationAndLeavesTheFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("out"), "keep");
        IOException e = assertThrows(IOException.class,
                () -> AtomicOutput.directory(file, d -> Files.writeString(d.resolve("a.txt"), "x")));
        assertTrue(e.getMessage().startsWith(file + ": exists and is not a directory"), e.getMessage());
        assertEquals(1, entries());
        assertEquals("keep", Files.readString(file));
    }

    @Test
    void aFailingWriterLeavesNoPartialOutput() throws Exception {
        Path dest = tmp.resolve("out.csv");
        assertThrows(IllegalStateException.class, () -> AtomicOutput.file(dest, p -> {
            Files.writeString(p, "half");
            throw new IllegalStateException("boom");
        }));
        assertFalse(Files.exists(dest));
        assertEquals(0, entries());
    }

    @Test
    void fileSystemExceptionsGetTheirProblemInWords() {
        assertEquals("/no/such: no such file or directory", Main.message(new NoSuchFileException("/no/such")));
        assertEquals("/root/x: permission denied", Main.message(new AccessDeniedException("/root/x")));
        assertEquals("boom", Main.message(new IllegalStateException("boom")));
        assertEquals("NullPointerException", Main.message(new NullPointerException()));
    }
}
