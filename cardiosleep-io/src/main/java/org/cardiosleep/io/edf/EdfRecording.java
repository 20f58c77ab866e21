package org.cardiosleep.io.edf;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.ShortBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.DecodingRecording;
import org.cardiosleep.io.MappedUnits;
import org.cardiosleep.io.Segment;
import org.cardiosleep.io.SignalInfo;

/**
 * An open EDF/EDF+/BDF/BDF+ file. The data records are memory-mapped lazily in chunks of whole
 * records (each below 2 GiB, so multi-day Holter files work); a read decodes only the records that
 * cover the requested range. Channel indices count ordinary signals only: EDF+ annotation signals
 * are not signals and appear in {@link #annotations()} instead.
 *
 * <p>Thread-safe for concurrent reads. {@link #close()} closes the file; the mapped memory is
 * released by the garbage collector (Java 17 has no explicit unmap).
 */
public final class EdfRecording extends DecodingRecording {
    private final Path file;
    private final MappedUnits data;
    private final EdfHeader header;
    private final int[] signalIndex; // ordinary channel -> header signal index
    private final List<SignalInfo> signals;
    private final long recordsPerChunk;
    private LocalDateTime startTime;
    private List<Annotation> annotations = List.of();
    private List<Segment> segments = List.of();

    EdfRecording(Path file, FileChannel channel, EdfHeader header, long chunkBytes) throws IOException {
        this.file = file;
        this.header = header;
        List<SignalInfo> infos = new ArrayList<>();
        List<Integer> idx = new ArrayList<>();
        List<EdfSignalHeader> all = header.signals();
        double dur = header.recordDurationSec();
        for (int i = 0; i < all.size(); i++) {
            EdfSignalHeader s = all.get(i);
            if (s.annotation()) {
                continue;
            }
            idx.add(i);
            try {
                infos.add(SignalInfo.fromRanges(s.label(), s.transducer(), s.physicalUnit(),
                        s.samplesPerRecord() / dur, header.recordCount() * s.samplesPerRecord(),
                        s.physicalMin(), s.physicalMax(), s.digitalMin(), s.digitalMax()));
            } catch (IllegalArgumentException e) {
                throw new org.cardiosleep.io.RecordingFormatException(file, "signal " + (i + 1) + " ('"
                        + s.label() + "'): " + e.getMessage());
            }
        }
        this.signalIndex = new int[idx.size()];
        for (int i = 0; i < signalIndex.length; i++) {
            signalIndex[i] = idx.get(i);
        }
        this.signals = List.copyOf(infos);
        this.data = new MappedUnits(channel, header.headerBytes(), header.recordBytes(), header.recordCount(),
                chunkBytes);
        this.recordsPerChunk = data.unitsPerChunk();
        this.startTime = header.startTime();
    }

    void setTiming(LocalDateTime start, List<Annotation> anns, List<Segment> segs) {
        this.startTime = start;
        this.annotations = anns;
        this.segments = segs;
    }

    EdfHeader header() {
        return header;
    }

    /** Includes annotation-only files: the data records span time even without ordinary signals. */
    @Override
    public double durationSec() {
        return Math.max(super.durationSec(), header.recordCount() * header.recordDurationSec());
    }

    /** Samples per record of the first ordinary signal, the reference of {@link #segments()}. */
    long referenceSamplesPerRecord() {
        return signalIndex.length == 0 ? 0 : header.signals().get(signalIndex[0]).samplesPerRecord();
    }

    @Override
    public Path source() {
        return file;
    }

    @Override
    public String format() {
        return header.formatName();
    }

    /** Local patient identification field, trimmed. */
    public String patient() {
        return header.patient();
    }

    /** Local recording identification field, trimmed. */
    public String recordingId() {
        return header.recording();
    }

    @Override
    public java.util.Map<String, String> details() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("patient", header.patient());
        m.put("recording", header.recording());
        return m;
    }

    /** Number of data records in the file. */
    public long recordCount() {
        return header.recordCount();
    }

    /** Duration of one data record in seconds. */
    public double recordDurationSec() {
        return header.recordDurationSec();
    }

    /** Samples of ordinary signal {@code channel} in each data record. */
    public int samplesPerRecord(int channel) {
        return header.signals().get(signalIndex[channel]).samplesPerRecord();
    }

    @Override
    public Optional<LocalDateTime> startTime() {
        return Optional.of(startTime);
    }

    @Override
    public List<SignalInfo> signals() {
        return signals;
    }

    @Override
    public List<Annotation> annotations() {
        return annotations;
    }

    @Override
    public List<Segment> segments() {
        return segments;
    }

    /** Decodes samples into {@code digital} or, converted to physical units, into {@code physical}. */
    @Override
    protected void decode(int channel, long startSample, int count, int[] digital, double[] physical, int physicalOffset)
            throws IOException {
        EdfSignalHeader s = header.signals().get(signalIndex[channel]);
        SignalInfo info = signals.get(channel);
        double base = info.baseline(), perUnit = 1.0 / info.gain(); // as Recording.readPhysical
        int spr = s.samplesPerRecord();
        int bps = header.bytesPerSample();
        byte[] bytes = null;
        short[] shorts = null;
        ShortBuffer shortView = null;
        long viewChunk = -1;
        MappedByteBuffer buf = null;
        long bufChunk = -1;
        long record = startSample / spr;
        int within = (int) (startSample % spr);
        int done = 0;
        while (done < count) {
            int n = Math.min(spr - within, count - done);
            long k = record / recordsPerChunk;
            if (k != bufChunk) { // one lookup per mapped chunk, not per record
                buf = chunk(k);
                bufChunk = k;
            }
            int pos = (int) ((record % recordsPerChunk) * header.recordBytes()) + s.offsetInRecord() + within * bps;
            if (bps == 2) {
                // one bulk copy of the record's samples through a little-endian view of the mapping (a
                // plain memory copy on a little-endian machine), then the conversion from the array
                if (k != viewChunk) {
                    shortView = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
                    viewChunk = k;
                }
                if (shorts == null || shorts.length < n) {
                    shorts = new short[Math.max(n, 4096)];
                }
                shortView.get(pos >> 1, shorts, 0, n); // records, headers and samples are whole 16-bit words
                if (physical != null) {
                    toPhysical(shorts, n, physical, physicalOffset + done, base, perUnit);
                } else {
                    for (int i = 0; i < n; i++) {
                        digital[done + i] = shorts[i];
                    }
                }
            } else {
                if (bytes == null || bytes.length < 3 * n) {
                    bytes = new byte[Math.max(3 * n, 8192)];
                }
                buf.get(pos, bytes, 0, 3 * n);
                for (int i = 0; i < n; i++) {
                    int p = 3 * i;
                    // 24-bit two's complement, little-endian: the top byte carries the sign
                    int v = (bytes[p] & 0xFF) | (bytes[p + 1] & 0xFF) << 8 | bytes[p + 2] << 16;
                    if (physical != null) {
                        physical[physicalOffset + done + i] = (v - base) * perUnit;
                    } else {
                        digital[done + i] = v;
                    }
                }
            }
            done += n;
            record++;
            within = 0;
        }
    }

    /**
     * {@code out[o + i] = (s[i] - base) * perUnit} for {@code i < n}, four samples per loop turn: the
     * JVM's quick compiler does not unroll loops, and this halves its time per sample.
     */
    private static void toPhysical(short[] s, int n, double[] out, int o, double base, double perUnit) {
        int i = 0;
        for (; i + 3 < n; i += 4) {
            double a = s[i], b = s[i + 1], c = s[i + 2], d = s[i + 3];
            out[o + i] = (a - base) * perUnit;
            out[o + i + 1] = (b - base) * perUnit;
            out[o + i + 2] = (c - base) * perUnit;
            out[o + i + 3] = (d - base) * perUnit;
        }
        for (; i < n; i++) {
            out[o + i] = (s[i] - base) * perUnit;
        }
    }

    /**
     * Copies whole data records {@code first ..+count} into {@code dst[0..)}, in one copy when they lie
     * in one mapped chunk; returns how many were copied (fewer where the chunk ends).
     */
    int copyRecords(long first, int count, byte[] dst) throws IOException {
        long k = first / recordsPerChunk;
        int n = (int) Math.min(count, (k + 1) * recordsPerChunk - first);
        MappedByteBuffer buf = chunk(k);
        int pos = (int) ((first % recordsPerChunk) * header.recordBytes());
        buf.get(pos, dst, 0, n * header.recordBytes());
        return n;
    }

    /** Copies {@code len} bytes at {@code offset} inside data record {@code record}. */
    void copyRecordBytes(long record, int offset, byte[] dst, int len) throws IOException {
        MappedByteBuffer buf = chunk(record / recordsPerChunk);
        int pos = (int) ((record % recordsPerChunk) * header.recordBytes()) + offset;
        buf.get(pos, dst, 0, len);
    }

    private MappedByteBuffer chunk(long k) throws IOException {
        return data.chunk(k);
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
