package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.cardiosleep.io.RecordingFormatException;

/**
 * A read-only signal file mapped into memory in windows, so that files beyond the 2 GiB limit of
 * one {@link MappedByteBuffer} (a 7-day 12-lead Holter) are read like small ones. Windows are
 * mapped on first use; bytes are copied out in bulk, never one {@code get} per sample.
 */
final class MappedSignalFile implements AutoCloseable {
    /** Default window: 1 GiB. */
    static final int DEFAULT_WINDOW_BYTES = 1 << 30;

    final Path path;
    final long size;
    private final int windowBytes;
    private final FileChannel channel;
    private final MappedByteBuffer[] windows;

    MappedSignalFile(Path path, int windowBytes) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new RecordingFormatException(path, "signal file named in the header is missing");
        }
        this.path = path;
        this.windowBytes = windowBytes;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.size = channel.size();
        long n = (size + windowBytes - 1) / windowBytes;
        this.windows = new MappedByteBuffer[(int) n];
    }

    /** Copies {@code len} bytes starting at file position {@code pos} into {@code dst[off ..]}. */
    void read(long pos, byte[] dst, int off, int len) throws IOException {
        if (pos < 0 || len < 0 || pos + len > size) {
            throw new RecordingFormatException(path, "read of " + len + " bytes at " + pos + " beyond the end of the file ("
                    + size + " bytes)");
        }
        while (len > 0) {
            int w = (int) (pos / windowBytes);
            int inWin = (int) (pos - (long) w * windowBytes);
            MappedByteBuffer b = window(w);
            int n = Math.min(len, b.capacity() - inWin);
            b.get(inWin, dst, off, n);
            pos += n;
            off += n;
            len -= n;
        }
    }

    private MappedByteBuffer window(int w) throws IOException {
        MappedByteBuffer b = windows[w];
        if (b == null) {
            long start = (long) w * windowBytes;
            b = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(windowBytes, size - start));
            windows[w] = b;
        }
        return b;
    }

    @Override
    public void close() throws IOException {
        java.util.Arrays.fill(windows, null);
        channel.close();
    }
}
