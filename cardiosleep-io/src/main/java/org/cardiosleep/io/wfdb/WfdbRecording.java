package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.Recording;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Segment;
import org.cardiosleep.io.SignalInfo;

/**
 * A single-segment WFDB record whose signal files are memory-mapped and decoded on demand.
 * Signals may share a file (interleaved in frames), have several samples per frame, a skew and a
 * byte offset, as {@code signal(5)} describes.
 */
final class WfdbRecording implements Recording {
    /** WFDB's value for a sample that does not exist (e.g. beyond the end of a skewed signal). */
    static final int INVALID_SAMPLE = -32768;
    private static final int CHUNK_FRAMES = 1 << 14;

    private final WfdbHeader header;
    private final List<SignalInfo> infos;
    private final SignalFile[] fileOfSignal;
    private final int[] offsetInFrame;
    private final long frames;
    private final List<SignalFile> files;

    /** One mapped signal file and the layout of its frames. */
    static final class SignalFile {
        final Path path;
        final int format;
        final long byteOffset;
        int frameSamples;
        ByteBuffer buffer;
        FileChannel channel;
        int[] format8Cache;

        SignalFile(Path path, int format, long byteOffset) {
            this.path = path;
            this.format = format;
            this.byteOffset = byteOffset;
        }
    }

    WfdbRecording(WfdbHeader header) throws IOException {
        this.header = header;
        Path dir = header.file().toAbsolutePath().normalize().getParent();
        Map<String, SignalFile> byName = new LinkedHashMap<>();
        int n = header.signals().size();
        fileOfSignal = new SignalFile[n];
        offsetInFrame = new int[n];
        for (int i = 0; i < n; i++) {
            WfdbSignalSpec s = header.signals().get(i);
            SignalFile f = byName.get(s.fileName());
            if (f == null) {
                if (WfdbFormats.isFlac(s.format())) {
                    throw new RecordingFormatException(header.file(), "signal " + i + " uses the FLAC-compressed format "
                            + s.format() + ", which cardiosleep does not read");
                }
                if (s.format() == 0) {
                    throw new RecordingFormatException(header.file(), "signal " + i + " has format 0 (no data stored)");
                }
                f = new SignalFile(dir.resolve(s.fileName()), s.format(), s.byteOffset());
                byName.put(s.fileName(), f);
            } else if (f.format != s.format()) {
                throw new RecordingFormatException(header.file(), "signals in " + s.fileName()
                        + " have different formats (" + f.format + " and " + s.format() + ")");
            }
            fileOfSignal[i] = f;
            offsetInFrame[i] = f.frameSamples;
            f.frameSamples += s.samplesPerFrame();
        }
        files = List.copyOf(byName.values());
        try {
            for (SignalFile f : files) {
                map(f);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        long fr = header.samplesPerSignal();
        if (fr < 0) {
            fr = files.isEmpty() ? 0 : availableFrames(files.get(0));
        }
        for (SignalFile f : files) {
            long avail = availableFrames(f);
            if (avail < fr) {
                close();
                throw new RecordingFormatException(header.file(), "signal file " + f.path.getFileName() + " holds "
                        + avail + " frames but the header announces " + fr + " (truncated file?)");
            }
        }
        this.frames = fr;
        List<SignalInfo> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            WfdbSignalSpec s = header.signals().get(i);
            int bits = s.adcResolution() > 0 ? s.adcResolution() : s.storageBits();
            int dmin, dmax;
            if (bits >= 32) {
                dmin = Integer.MIN_VALUE;
                dmax = Integer.MAX_VALUE;
            } else {
                dmin = s.adcZero() - (1 << (bits - 1));
                dmax = s.adcZero() + (1 << (bits - 1)) - 1;
            }
            String label = s.description().isEmpty() ? "signal " + i : s.description();
            list.add(new SignalInfo(label, "", s.units(), header.frameRateHz() * s.samplesPerFrame(),
                    fr * s.samplesPerFrame(), s.adcGain(), s.baseline(), dmin, dmax));
        }
        this.infos = List.copyOf(list);
    }

    private static void map(SignalFile f) throws IOException {
        if (!Files.isRegularFile(f.path)) {
            throw new RecordingFormatException(f.path, "signal file named in the header is missing");
        }
        long size = Files.size(f.path);
        if (size > Integer.MAX_VALUE) {
            throw new RecordingFormatException(f.path, "signal files over 2 GiB are not supported yet");
        }
        if (f.byteOffset > size) {
            throw new RecordingFormatException(f.path, "byte offset " + f.byteOffset + " is beyond the end of the file ("
                    + size + " bytes)");
        }
        f.channel = FileChannel.open(f.path, StandardOpenOption.READ);
        MappedByteBuffer b = f.channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        f.buffer = b;
    }

    private static long availableFrames(SignalFile f) {
        if (f.frameSamples == 0) {
            return 0;
        }
        long bytes = f.buffer.capacity() - f.byteOffset;
        return WfdbFormats.samplesIn(f.format, bytes) / f.frameSamples;
    }

    WfdbHeader header() {
        return header;
    }

    @Override
    public Path source() {
        return header.file();
    }

    @Override
    public String format() {
        return "WFDB";
    }

    @Override
    public Optional<LocalDateTime> startTime() {
        if (header.baseDate().isPresent() && header.baseTime().isPresent()) {
            return Optional.of(LocalDateTime.of(header.baseDate().get(), header.baseTime().get()));
        }
        return Optional.empty();
    }

    @Override
    public List<SignalInfo> signals() {
        return infos;
    }

    @Override
    public List<Annotation> annotations() {
        return List.of();
    }

    @Override
    public List<Segment> segments() {
        return List.of(new Segment(0, 0, frames * (infos.isEmpty() ? 1 : header.signals().get(0).samplesPerFrame())));
    }

    /** Frames in the record. */
    long frames() {
        return frames;
    }

    @Override
    public int[] readDigital(int channel, long startSample, int count) throws IOException {
        SignalInfo info = infos.get(channel);
        if (startSample < 0 || count < 0 || startSample + count > info.sampleCount()) {
            throw new IndexOutOfBoundsException("samples " + startSample + ".." + (startSample + count)
                    + " outside signal " + channel + " of " + header.file() + " (" + info.sampleCount() + " samples)");
        }
        int[] out = new int[count];
        if (count == 0) {
            return out;
        }
        WfdbSignalSpec spec = header.signals().get(channel);
        SignalFile f = fileOfSignal[channel];
        int spf = spec.samplesPerFrame();
        int fsamp = f.frameSamples;
        int off = offsetInFrame[channel];
        long firstFrame = startSample / spf;
        long lastFrame = (startSample + count - 1) / spf; // inclusive, before skew
        long fileFrames = availableFrames(f);
        int[] scratch = f.format == 8 ? null : new int[(int) Math.min(CHUNK_FRAMES, lastFrame - firstFrame + 1) * fsamp];
        int[] all = f.format == 8 ? format8(f, channel) : null;
        int o = 0;
        for (long chunk = firstFrame; chunk <= lastFrame; chunk += CHUNK_FRAMES) {
            long chunkEnd = Math.min(lastFrame + 1, chunk + CHUNK_FRAMES); // exclusive
            long fileStart = chunk + spec.skew();
            long fileEnd = Math.min(chunkEnd + spec.skew(), fileFrames);
            int decodedFrames = (int) Math.max(0, fileEnd - fileStart);
            if (scratch != null && decodedFrames > 0) {
                WfdbFormats.decode(f.buffer, f.byteOffset, f.format, fileStart * fsamp, decodedFrames * fsamp, scratch, 0);
            }
            long sFrom = Math.max(startSample, chunk * spf);
            long sTo = Math.min(startSample + count, chunkEnd * spf);
            for (long s = sFrom; s < sTo; s++) {
                long fr = s / spf;
                int rel = (int) (fr - chunk);
                if (rel >= decodedFrames) {
                    out[o++] = INVALID_SAMPLE;
                } else if (scratch != null) {
                    out[o++] = scratch[rel * fsamp + off + (int) (s - fr * spf)];
                } else {
                    out[o++] = all[(int) ((fileStart + rel) * fsamp + off + (s - fr * spf))];
                }
            }
        }
        return out;
    }

    /** Format 8 stores first differences per signal: decoded once, whole file. */
    private int[] format8(SignalFile f, int channel) {
        if (f.format8Cache == null) {
            long total = WfdbFormats.samplesIn(8, f.buffer.capacity() - f.byteOffset);
            if (total > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException(f.path + ": format 8 file too large");
            }
            int fs = f.frameSamples;
            int[] last = new int[fs];
            int[] slotSignal = new int[fs];
            for (int i = 0; i < fileOfSignal.length; i++) {
                if (fileOfSignal[i] == f) {
                    for (int j = 0; j < header.signals().get(i).samplesPerFrame(); j++) {
                        slotSignal[offsetInFrame[i] + j] = i;
                    }
                }
            }
            int[] sigLast = new int[fileOfSignal.length];
            for (int i = 0; i < fileOfSignal.length; i++) {
                sigLast[i] = header.signals().get(i).initialValue();
            }
            int[] out = new int[(int) total];
            int base = (int) f.byteOffset;
            for (int k = 0; k < total; k++) {
                int sig = slotSignal[k % fs];
                sigLast[sig] += f.buffer.get(base + k);
                out[k] = sigLast[sig];
            }
            f.format8Cache = out;
        }
        return f.format8Cache;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (SignalFile f : files == null ? List.<SignalFile>of() : files) {
            if (f.channel != null) {
                try {
                    f.channel.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            f.buffer = null;
        }
        if (first != null) {
            throw first;
        }
    }
}
