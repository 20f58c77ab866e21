package org.cardiosleep.io.ishne;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cardiosleep.io.DecodingRecording;
import org.cardiosleep.io.MappedUnits;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.SignalInfo;

/**
 * An open ISHNE 1.0 Holter ECG file ({@link IshneHeader}). The samples are memory-mapped lazily in
 * chunks of whole frames (each below 2 GiB, so a 7-day 12-lead Holter works); a read decodes only
 * the frames it covers. Every lead is a signal in millivolts: {@code mV = digital × resolution(nV) /
 * 10^6}.
 *
 * <p>The samples per lead come from the header; a header that counts the samples of all leads
 * together (a known variant) is recognised by the file size. A file shorter than its header says is
 * refused as truncated. A CRC that does not match the header is reported by {@link #format()}
 * ("ISHNE, header CRC mismatch") but does not stop the reading: the fields the samples depend on
 * are checked one by one instead.
 *
 * <p>ISHNE beat annotations live in a separate file ({@code ANN  1.0}), which is not read: the
 * recording has no annotations and one continuous segment. Thread-safe for concurrent reads.
 * {@link #close()} closes the file.
 */
public final class IshneRecording extends DecodingRecording {
    /** Default size of one mapped chunk. */
    static final long CHUNK_BYTES = 1L << 30;

    private final Path file;
    private final MappedUnits data;
    private final IshneHeader header;
    private final List<SignalInfo> signals;
    private final int frameBytes;
    private final long framesPerChunk;

    private IshneRecording(Path file, FileChannel channel, IshneHeader header, long frames, long chunkBytes) {
        this.file = file;
        this.header = header;
        this.frameBytes = 2 * header.leadCount();
        List<SignalInfo> infos = new ArrayList<>();
        for (int i = 0; i < header.leadCount(); i++) {
            infos.add(new SignalInfo(header.leadLabel(i), "", "mV", header.samplingRateHz(), frames,
                    1e6 / header.resolutionNv()[i], 0, Short.MIN_VALUE, Short.MAX_VALUE));
        }
        this.signals = List.copyOf(infos);
        this.data = new MappedUnits(channel, header.ecgBlockOffset(), frameBytes, frames, chunkBytes);
        this.framesPerChunk = data.unitsPerChunk();
    }

    /** Opens an ISHNE Holter file; a file that is not one, or is damaged, gives a one-line error. */
    public static IshneRecording open(Path file) throws IOException {
        return open(file, CHUNK_BYTES);
    }

    static IshneRecording open(Path file, long chunkBytes) throws IOException {
        FileChannel ch = MappedUnits.openChannel(file);
        try {
            long size = ch.size();
            InputStream in = Channels.newInputStream(ch.position(0));
            byte[] fixed = in.readNBytes(IshneHeader.FIXED_BYTES);
            byte[] bytes = fixed;
            if (fixed.length == IshneHeader.FIXED_BYTES) {
                int offset = IshneHeader.ecgBlockOffset(fixed);
                if (offset > IshneHeader.FIXED_BYTES && offset <= Math.min(size, IshneHeader.MAX_HEADER_BYTES)) {
                    bytes = new byte[offset];
                    System.arraycopy(fixed, 0, bytes, 0, fixed.length);
                    int got = in.readNBytes(bytes, fixed.length, offset - fixed.length);
                    if (got != offset - fixed.length) {
                        throw new RecordingFormatException(file, "ended inside the ISHNE header");
                    }
                }
            }
            IshneHeader h = IshneHeader.parse(file, bytes, size);
            long frames = frames(file, h, size);
            return new IshneRecording(file, ch, h, frames, chunkBytes);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Samples per lead, from the header, checked against the bytes the file holds. */
    private static long frames(Path file, IshneHeader h, long size) throws RecordingFormatException {
        long frameBytes = 2L * h.leadCount();
        long held = (size - h.ecgBlockOffset()) / frameBytes;
        long said = h.samplesPerLead();
        if (said <= held) {
            return said;
        }
        if (h.leadCount() > 1 && said % h.leadCount() == 0 && said / h.leadCount() == held) {
            return held; // the header counted the samples of all leads
        }
        throw new RecordingFormatException(file, "truncated: the ISHNE header announces " + said
                + " samples per lead, the file holds " + held);
    }

    /** The parsed header (patient fields, lead codes, CRC). */
    public IshneHeader header() {
        return header;
    }

    /**
     * Subject ID, recorder, pacemaker, the recorder's quality code of each lead, the header CRC and
     * the variable-length block; patient names and birth date are left out.
     */
    @Override
    public java.util.Map<String, String> details() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("subject", header.subjectId());
        m.put("recorder", header.recorder());
        m.put("pacemaker", IshneHeader.pacemakerName(header.pacemaker()));
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < header.leadCount(); i++) {
            q.append(i == 0 ? "" : "; ").append(header.leadLabel(i)).append(": ")
                    .append(IshneHeader.qualityName(header.leadQuality()[i]));
        }
        m.put("lead quality", q.toString());
        m.put("header CRC", header.crcMatches() ? "matches" : String.format("stored %04X, computed %04X",
                header.storedCrc(), header.computedCrc()));
        if (!header.variableBlock().isEmpty()) {
            m.put("notes", header.variableBlock());
        }
        return m;
    }

    @Override
    public Path source() {
        return file;
    }

    @Override
    public String format() {
        return header.crcMatches() ? "ISHNE" : "ISHNE, header CRC mismatch";
    }

    @Override
    public Optional<LocalDateTime> startTime() {
        return header.start();
    }

    @Override
    public List<SignalInfo> signals() {
        return signals;
    }

    /** Decodes samples into {@code digital} or, converted to millivolts, into {@code physical}. */
    @Override
    protected void decode(int lead, long startSample, int count, int[] digital, double[] physical, int physicalOffset)
            throws IOException {
        double perUnit = 1.0 / signals.get(lead).gain(); // as Recording.readPhysical
        int leads = signals.size();
        byte[] bytes = new byte[(int) Math.min((long) count * frameBytes, 1 << 16) / frameBytes * frameBytes
                + frameBytes];
        int maxFrames = bytes.length / frameBytes;
        int done = 0;
        while (done < count) {
            long frame = startSample + done;
            long k = frame / framesPerChunk;
            int within = (int) (frame - k * framesPerChunk);
            int n = (int) Math.min(Math.min(count - done, maxFrames), framesPerChunk - within);
            // one bulk copy of whole frames, then little-endian decoding of this lead from the array
            data.chunk(k).get(within * frameBytes, bytes, 0, n * frameBytes);
            int at = 2 * lead;
            if (physical != null) {
                int o = physicalOffset + done;
                for (int i = 0; i < n; i++, at += 2 * leads) {
                    physical[o + i] = (short) ((bytes[at] & 0xFF) | bytes[at + 1] << 8) * perUnit;
                }
            } else {
                for (int i = 0; i < n; i++, at += 2 * leads) {
                    digital[done + i] = (short) ((bytes[at] & 0xFF) | bytes[at + 1] << 8);
                }
            }
            done += n;
        }
    }

    @Override
    public void close() throws IOException {
        data.close();
    }
}
