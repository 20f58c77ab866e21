package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Segment;
import org.cardiosleep.io.SignalInfo;

/**
 * A single-segment WFDB record whose signal files are memory-mapped (in windows) and decoded on
 * demand. Signals may share a file (interleaved in frames), have several samples per frame, a skew
 * and a byte offset, as {@code signal(5)} describes. A skewed signal's sample {@code i} is stored in
 * frame {@code i + skew} of its file (as the WFDB library and wfdb-python read it).
 */
final class WfdbRecording implements WfdbRecord {
    /** Frames decoded per step: bounds the scratch arrays and keeps them in cache. */
    private static final int CHUNK_FRAMES = 1 << 13;
    /** Format 8 is decoded whole; beyond this many samples it is refused rather than exhausting memory. */
    private static final long MAX_FORMAT8_SAMPLES = 1L << 26;

    private final WfdbHeader header;
    private final List<SignalInfo> infos;
    private final SignalFile[] fileOfSignal;
    private final int[] offsetInFrame;
    private final int[] spf;
    private final int[] skew;
    private final long frames;
    private final List<SignalFile> files;

    /** One signal file and the layout of its frames. */
    static final class SignalFile {
        final Path path;
        final int format;
        final long byteOffset;
        int frameSamples;
        MappedSignalFile mapped;
        /** Frames the file holds after its byte offset. */
        long fileFrames;
        int[] format8Cache;

        SignalFile(Path path, int format, long byteOffset) {
            this.path = path;
            this.format = format;
            this.byteOffset = byteOffset;
        }
    }

    WfdbRecording(WfdbHeader header) throws IOException {
        this(header, MappedSignalFile.DEFAULT_WINDOW_BYTES);
    }

    WfdbRecording(WfdbHeader header, int windowBytes) throws IOException {
        this.header = header;
        Path dir = header.file().toAbsolutePath().getParent();
        Map<String, SignalFile> byName = new LinkedHashMap<>();
        int n = header.signals().size();
        fileOfSignal = new SignalFile[n];
        offsetInFrame = new int[n];
        spf = new int[n];
        skew = new int[n];
        for (int i = 0; i < n; i++) {
            WfdbSignalSpec s = header.signals().get(i);
            SignalFile f = byName.get(s.fileName());
            if (f == null) {
                if (WfdbFormats.isFlac(s.format())) {
                    throw new RecordingFormatException(header.file(), "signal " + i + " uses the FLAC-compressed format "
                            + s.format() + ", which cardiosleep does not read (not supported)");
                }
                if (s.format() == 0) {
                    throw new RecordingFormatException(header.file(), "signal " + i + " has format 0 (no data stored)");
                }
                if (s.fileName().equals("~") || s.fileName().equals("-")) {
                    throw new RecordingFormatException(header.file(), "signal " + i + " has no signal file ('"
                            + s.fileName() + "')");
                }
                f = new SignalFile(dir.resolve(s.fileName()), s.format(), s.byteOffset());
                byName.put(s.fileName(), f);
            } else if (f.format != s.format()) {
                throw new RecordingFormatException(header.file(), "signals in " + s.fileName()
                        + " have different formats (" + f.format + " and " + s.format() + ")");
            } else if (f.byteOffset != s.byteOffset()) {
                throw new RecordingFormatException(header.file(), "signals in " + s.fileName()
                        + " have different byte offsets");
            }
            fileOfSignal[i] = f;
            offsetInFrame[i] = f.frameSamples;
            spf[i] = s.samplesPerFrame();
            skew[i] = s.skew();
            if ((long) f.frameSamples + s.samplesPerFrame() > Integer.MAX_VALUE / 8) {
                throw new RecordingFormatException(header.file(), "frames of " + s.fileName() + " are impossibly large");
            }
            f.frameSamples += s.samplesPerFrame();
        }
        files = List.copyOf(byName.values());
        try {
            for (SignalFile f : files) {
                f.mapped = new MappedSignalFile(f.path, windowBytes);
                if (f.byteOffset > f.mapped.size) {
                    throw new RecordingFormatException(f.path, "byte offset " + f.byteOffset
                            + " is beyond the end of the file (" + f.mapped.size + " bytes)");
                }
                f.fileFrames = WfdbFormats.samplesIn(f.format, f.mapped.size - f.byteOffset) / f.frameSamples;
            }
            long fr = header.samplesPerSignal();
            if (fr < 0) {
                fr = files.isEmpty() ? 0 : files.get(0).fileFrames;
            }
            for (SignalFile f : files) {
                if (f.fileFrames < fr) {
                    throw new RecordingFormatException(header.file(), "signal file " + f.path.getFileName() + " holds "
                            + f.fileFrames + " frames but the header announces " + fr + " (truncated file?)");
                }
            }
            this.frames = fr;
            this.infos = signalInfos(header, fr);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private static List<SignalInfo> signalInfos(WfdbHeader header, long frames) throws RecordingFormatException {
        List<SignalInfo> list = new ArrayList<>();
        for (int i = 0; i < header.signals().size(); i++) {
            list.add(signalInfo(header, header.signals().get(i), i, frames));
        }
        return List.copyOf(list);
    }

    /** The {@link SignalInfo} of one signal line. */
    static SignalInfo signalInfo(WfdbHeader header, WfdbSignalSpec s, int index, long frames)
            throws RecordingFormatException {
        int bits = s.adcResolution() > 0 ? s.adcResolution() : s.storageBits();
        long dmin = bits >= 32 ? Integer.MIN_VALUE : (long) s.adcZero() - (1L << (bits - 1));
        long dmax = bits >= 32 ? Integer.MAX_VALUE : (long) s.adcZero() + (1L << (bits - 1)) - 1;
        dmin = Math.max(Integer.MIN_VALUE, dmin);
        dmax = Math.min(Integer.MAX_VALUE, dmax);
        String label = s.description().isEmpty() ? "signal " + index : s.description();
        if (frames > Long.MAX_VALUE / s.samplesPerFrame()) {
            throw new RecordingFormatException(header.file(), "impossible number of samples");
        }
        return new SignalInfo(label, "", s.units(), header.frameRateHz() * s.samplesPerFrame(),
                frames * s.samplesPerFrame(), s.adcGain(), s.baseline(), (int) dmin, (int) dmax);
    }

    @Override
    public WfdbHeader header() {
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
        return List.of(new Segment(0, 0, frames * (spf.length == 0 ? 1 : spf[0])));
    }

    @Override
    public long frames() {
        return frames;
    }

    @Override
    public int samplesPerFrame(int channel) {
        return spf[channel];
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
        int s = spf[channel];
        long firstFrame = startSample / s;
        long endFrame = (startSample + count - 1) / s + 1;
        int lead = (int) (startSample - firstFrame * s);
        int[] buf = null;
        int o = 0;
        for (long fr = firstFrame; fr < endFrame; fr += CHUNK_FRAMES) {
            int nf = (int) Math.min(CHUNK_FRAMES, endFrame - fr);
            int need = nf * s;
            if (lead == 0 && o % s == 0 && o + need <= count) {
                readSignal(channel, fr, nf, out, o);
                o += need;
            } else { // partial first or last frame
                if (buf == null || buf.length < need) {
                    buf = new int[need];
                }
                readSignal(channel, fr, nf, buf, 0);
                int take = Math.min(need - lead, count - o);
                System.arraycopy(buf, lead, out, o, take);
                o += take;
                lead = 0;
            }
        }
        return out;
    }

    @Override
    public void readFrames(long startFrame, int frameCount, int[][] out) throws IOException {
        if (startFrame < 0 || frameCount < 0 || startFrame + frameCount > frames || out.length != infos.size()) {
            throw new IndexOutOfBoundsException("frames " + startFrame + ".." + (startFrame + frameCount)
                    + " outside " + header.file() + " (" + frames + " frames) or wrong number of outputs");
        }
        for (SignalFile f : files) {
            int[] sigs = signalsOf(f, out);
            if (sigs.length == 0) {
                continue;
            }
            for (long fr = startFrame; fr < startFrame + frameCount; fr += CHUNK_FRAMES) {
                int nf = (int) Math.min(CHUNK_FRAMES, startFrame + frameCount - fr);
                readChunk(f, sigs, fr, nf, out, (int) (fr - startFrame));
            }
        }
    }

    private int[] signalsOf(SignalFile f, int[][] out) {
        int[] sigs = new int[fileOfSignal.length];
        int k = 0;
        for (int i = 0; i < fileOfSignal.length; i++) {
            if (fileOfSignal[i] == f && out[i] != null) {
                sigs[k++] = i;
            }
        }
        return Arrays.copyOf(sigs, k);
    }

    /** Decodes frames {@code fr .. fr+nf-1} of one signal into {@code dst[off ..]}. */
    private void readSignal(int channel, long fr, int nf, int[] dst, int off) throws IOException {
        int[][] out = new int[infos.size()][];
        out[channel] = dst;
        readChunk(fileOfSignal[channel], new int[] {channel}, fr, nf, out, off / spf[channel]);
    }

    /**
     * Decodes frames {@code fr .. fr+nf-1} (record frames, before skew) of the signals {@code sigs}
     * of file {@code f} into {@code out[sig][outFrame * spf ..]}.
     */
    private void readChunk(SignalFile f, int[] sigs, long fr, int nf, int[][] out, int outFrame) throws IOException {
        int maxSkew = 0;
        for (int sig : sigs) {
            maxSkew = Math.max(maxSkew, skew[sig]);
        }
        long fileEnd = Math.min(fr + nf + maxSkew, f.fileFrames); // exclusive, in file frames
        int decodedFrames = (int) Math.max(0, fileEnd - fr);
        int fs = f.frameSamples;
        int[] frameData = decodeFrames(f, fr, decodedFrames);
        for (int sig : sigs) {
            int s = spf[sig];
            int off = offsetInFrame[sig];
            int sk = skew[sig];
            int[] dst = out[sig];
            int d = outFrame * s;
            if (s == 1) {
                int avail = Math.min(nf, decodedFrames - sk);
                int p = sk * fs + off;
                int i = 0;
                for (; i < avail; i++, p += fs) {
                    dst[d + i] = frameData[p];
                }
                for (; i < nf; i++) {
                    dst[d + i] = INVALID_SAMPLE;
                }
            } else {
                for (int i = 0; i < nf; i++) {
                    int rel = i + sk;
                    for (int j = 0; j < s; j++) {
                        dst[d++] = rel < decodedFrames ? frameData[rel * fs + off + j] : INVALID_SAMPLE;
                    }
                }
            }
        }
    }

    /** Decodes {@code nf} whole frames of {@code f} starting at file frame {@code fr}, interleaved. */
    private int[] decodeFrames(SignalFile f, long fr, int nf) throws IOException {
        int fs = f.frameSamples;
        int n = nf * fs;
        if (f.format == 8) {
            int[] all = format8(f);
            int[] res = new int[n];
            System.arraycopy(all, (int) (fr * fs), res, 0, n);
            return res;
        }
        long k0 = fr * fs;
        int g = WfdbFormats.groupSamples(f.format);
        long aligned = k0 - k0 % g;
        int lead = (int) (k0 - aligned);
        int total = lead + n;
        long byteStart = f.byteOffset + WfdbFormats.bytesFor(f.format, aligned);
        int nbytes = (int) (WfdbFormats.bytesFor(f.format, aligned + total) - WfdbFormats.bytesFor(f.format, aligned));
        byte[] bytes = new byte[nbytes + 4];
        f.mapped.read(byteStart, bytes, 0, nbytes);
        int[] res = new int[total + g];
        WfdbFormats.decode(bytes, f.format, total, res);
        if (lead > 0) {
            System.arraycopy(res, lead, res, 0, n);
        }
        return res;
    }

    /** Format 8 stores first differences per signal: decoded once, whole file. */
    private int[] format8(SignalFile f) throws IOException {
        if (f.format8Cache == null) {
            long total = f.fileFrames * f.frameSamples;
            if (total > MAX_FORMAT8_SAMPLES) {
                throw new RecordingFormatException(f.path, "format 8 files over " + MAX_FORMAT8_SAMPLES
                        + " samples are not supported");
            }
            int fs = f.frameSamples;
            int[] slotSignal = new int[fs];
            for (int i = 0; i < fileOfSignal.length; i++) {
                if (fileOfSignal[i] == f) {
                    for (int j = 0; j < spf[i]; j++) {
                        slotSignal[offsetInFrame[i] + j] = i;
                    }
                }
            }
            int[] sigLast = new int[fileOfSignal.length];
            for (int i = 0; i < fileOfSignal.length; i++) {
                sigLast[i] = header.signals().get(i).initialValue();
            }
            byte[] b = new byte[(int) total];
            f.mapped.read(f.byteOffset, b, 0, b.length);
            int[] out = new int[(int) total];
            for (int k = 0, slot = 0; k < total; k++) {
                int sig = slotSignal[slot];
                sigLast[sig] += b[k];
                out[k] = sigLast[sig];
                if (++slot == fs) {
                    slot = 0;
                }
            }
            f.format8Cache = out;
        }
        return f.format8Cache;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (SignalFile f : files == null ? List.<SignalFile>of() : files) {
            if (f.mapped != null) {
                try {
                    f.mapped.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
                f.mapped = null;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
