package org.cardiosleep.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The data block of a file made of equal units (EDF data records, ISHNE frames), memory-mapped
 * lazily in little-endian chunks of whole units, each below the 2-GiB limit of one mapping, so a
 * multi-day file maps only the hours that are read. Thread-safe; {@link #close()} closes the file
 * (the mapped memory is released by the garbage collector: Java 17 has no explicit unmap).
 */
public final class MappedUnits implements AutoCloseable {
    private final FileChannel channel;
    private final long dataOffset;
    private final long unitBytes;
    private final long units;
    private final long unitsPerChunk;
    private final MappedByteBuffer[] chunks;

    /**
     * @param dataOffset byte offset of the first unit
     * @param unitBytes  bytes per unit (at least 1)
     * @param units      number of units
     * @param chunkBytes target size of one mapping (at least one unit is mapped)
     */
    public MappedUnits(FileChannel channel, long dataOffset, long unitBytes, long units, long chunkBytes) {
        this.channel = channel;
        this.dataOffset = dataOffset;
        this.unitBytes = Math.max(1, unitBytes);
        this.units = units;
        this.unitsPerChunk = Math.max(1, chunkBytes / this.unitBytes);
        this.chunks = new MappedByteBuffer[(int) (units == 0 ? 0 : (units - 1) / unitsPerChunk + 1)];
    }

    /** Opens {@code file} for reading; a missing file is a one-line {@link RecordingFormatException}. */
    public static FileChannel openChannel(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new RecordingFormatException(file, "file not found");
        }
    }

    /** Units in one mapped chunk (the last chunk may hold fewer). */
    public long unitsPerChunk() {
        return unitsPerChunk;
    }

    /** The mapping of chunk {@code k}, whose byte 0 is the start of unit {@code k · unitsPerChunk()}. */
    public synchronized MappedByteBuffer chunk(long k) throws IOException {
        MappedByteBuffer b = chunks[(int) k];
        if (b == null) {
            if (!channel.isOpen()) {
                throw new ClosedChannelException();
            }
            long first = k * unitsPerChunk;
            long n = Math.min(unitsPerChunk, units - first);
            b = channel.map(FileChannel.MapMode.READ_ONLY, dataOffset + first * unitBytes, n * unitBytes);
            b.order(ByteOrder.LITTLE_ENDIAN);
            chunks[(int) k] = b;
        }
        return b;
    }

    @Override
    public synchronized void close() throws IOException {
        Arrays.fill(chunks, null);
        channel.close();
    }
}
