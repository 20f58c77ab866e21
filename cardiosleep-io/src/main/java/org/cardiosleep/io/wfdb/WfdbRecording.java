package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private final WfdbHeader header;
    private final List<SignalInfo> infos;
    private final WfdbSignalFile[] fileOfSignal;
    private final int[] offsetInFrame;
    private final int[] spf;
    private final int[] skew;
    private final long frames;
    private final List<WfdbSignalFile> files;

    WfdbRecording(WfdbHeader header) throws IOException {
        this(header, MappedSignalFile.DEFAULT_WINDOW_BYTES);
    }

    WfdbRecording(WfdbHeader header, int windowBytes) throws IOException {
        this.header = header;
        Path dir = header.file().toAbsolutePath().normalize().getParent();
        Map<String, WfdbSignalFile> byName = new LinkedHashMap<>();
        int n = header.signals().size();
        fileOfSignal = new WfdbSignalFile[n];
        offsetInFrame = new int[n];
        spf = new int[n];
        skew = new int[n];
        for (int i = 0; i < n; i++) {
            WfdbSignalSpec s = header.signals().get(i);
            WfdbSignalFile f = byName.get(s.fileName());
            if (f == null) {
                if (s.format() == 0) {
                    throw new RecordingFormatException(header.file(), "signal " + i + " has format 0 (no data stored)");
                }
                if (s.fileName().equals("~") || s.fileName().equals("-")) {
                    throw new RecordingFormatException(header.file(), "signal " + i + " has no signal file ('"
                            + s.fileName() + "')");
                }
                f = new WfdbSignalFile(dir.resolve(s.fileName()), s.format(), s.byteOffset());
                byName.put(s.fileName(), f);
            } else if (f.format != s.format()) {
                throw new RecordingFormatException(header.file(), "signals in " + s.fileName()
                        + " have different formats (" + f.format + " and " + s.format() + ")");
            } else if (f.byteOffset != s.byteOffset()) {
                throw new RecordingFormatException(header.file(), "signals in " + s.fileName()
                        + " have different byte offsets");
            }
            fileOfSignal[i] = f;
            spf[i] = s.samplesPerFrame();
            skew[i] = s.skew();
            if ((long) f.frameSamples + s.samplesPerFrame() > Integer.MAX_VALUE / 8) {
                throw new RecordingFormatException(header.file(), "frames of " + s.fileName() + " are impossibly large");
            }
            offsetInFrame[i] = f.addSignal(s.samplesPerFrame(), s.initialValue());
        }
        files = List.copyOf(byName.values());
        try {
            for (WfdbSignalFile f : files) {
                f.mapped = new MappedSignalFile(f.path, windowBytes);
                if (f.byteOffset > f.mapped.size) {
                    throw new RecordingFormatException(f.path, "byte offset " + f.byteOffset
                            + " is beyond the end of the file (" + f.mapped.size + " bytes)");
                }
                f.fileFrames = f.countFrames(header.file());
            }
            long fr = header.samplesPerSignal();
            if (fr < 0) {
                fr = files.isEmpty() ? 0 : files.get(0).fileFrames;
            }
            for (WfdbSignalFile f : files) {
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
    public List<SignalInfo> signals() {
        return infos;
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

    /** Per-call scratch arrays, reused across chunks (a recording may be read from several threads). */
    private static final class Scratch {
        byte[] bytes = new byte[0];
        int[] ints = new int[0];
        /** Samples before the first requested one in the packing group the bytes start with. */
        int lead;
        /** Samples the bytes hold. */
        int samples;
    }

    @Override
    public int[] readDigital(int channel, long startSample, int count) throws IOException {
        checkRange(channel, startSample, count);
        int[] out = new int[count];
        readDigital(channel, startSample, count, out);
        return out;
    }

    private void checkRange(int channel, long startSample, int count) {
        SignalInfo info = infos.get(channel);
        if (startSample < 0 || count < 0 || startSample + count > info.sampleCount()) {
            throw new IndexOutOfBoundsException("samples " + startSample + ".." + (startSample + count)
                    + " outside signal " + channel + " of " + header.file() + " (" + info.sampleCount() + " samples)");
        }
    }

    /** Decodes samples {@code startSample ..+count} of {@code channel} into {@code out[0..count)} (range checked). */
    private void readDigital(int channel, long startSample, int count, int[] out) throws IOException {
        if (count == 0) {
            return;
        }
        int s = spf[channel];
        long firstFrame = startSample / s;
        long endFrame = (startSample + count - 1) / s + 1;
        int lead = (int) (startSample - firstFrame * s);
        int[] one = {channel};
        int[][] dst = new int[infos.size()][];
        Scratch scratch = new Scratch();
        int[] buf = null;
        int o = 0;
        for (long fr = firstFrame; fr < endFrame; fr += CHUNK_FRAMES) {
            int nf = (int) Math.min(CHUNK_FRAMES, endFrame - fr);
            int need = nf * s;
            if (lead == 0 && o % s == 0 && o + need <= count) {
                dst[channel] = out;
                readChunk(fileOfSignal[channel], one, fr, nf, dst, o / s, scratch);
                o += need;
            } else { // partial first or last frame
                if (buf == null || buf.length < need) {
                    buf = new int[need];
                }
                dst[channel] = buf;
                readChunk(fileOfSignal[channel], one, fr, nf, dst, 0, scratch);
                int take = Math.min(need - lead, count - o);
                System.arraycopy(buf, lead, out, o, take);
                o += take;
                lead = 0;
            }
        }
    }

    /** Physical values; NaN for samples beyond the data and for the format's invalid value. */
    @Override
    public double[] readPhysical(int channel, long startSample, int count) throws IOException {
        checkRange(channel, startSample, count);
        double[] out = new double[count];
        readPhysical(channel, startSample, count, out, 0);
        return out;
    }

    /**
     * The same into {@code dst[offset..offset+count)}, decoded through a bounded digital buffer, so
     * reading a long signal chunk by chunk into one reused array allocates nothing per chunk of the
     * size of the chunk.
     */
    @Override
    public void readPhysical(int channel, long startSample, int count, double[] dst, int offset) throws IOException {
        checkRange(channel, startSample, count);
        if (offset < 0 || offset > dst.length - count) {
            throw new IndexOutOfBoundsException("destination range " + offset + ".." + (offset + count)
                    + " outside an array of " + dst.length);
        }
        SignalInfo s = infos.get(channel);
        int invalid = WfdbFormats.invalidValue(fileOfSignal[channel].format);
        int[] d = new int[Math.min(count, PHYSICAL_PIECE)];
        for (int o = 0; o < count; o += d.length) {
            int m = Math.min(d.length, count - o);
            readDigital(channel, startSample + o, m, d);
            toPhysical(d, 0, m, s.gain(), s.baseline(), invalid, dst, offset + o);
        }
    }

    /** Samples decoded at a time by {@link #readPhysical(int, long, int, double[], int)}. */
    private static final int PHYSICAL_PIECE = 1 << 16;

    /** {@code (d - baseline) / gain} (as a multiply by {@code 1 / gain}), NaN for {@link #INVALID_SAMPLE} and for the format's invalid value. */
    static double[] toPhysical(int[] d, double gain, double baseline, int invalid) {
        double[] out = new double[d.length];
        toPhysical(d, 0, d.length, gain, baseline, invalid, out, 0);
        return out;
    }

    /** The same for {@code d[from..from+count)} into {@code out[offset..offset+count)}. */
    static void toPhysical(int[] d, int from, int count, double gain, double baseline, int invalid, double[] out,
                           int offset) {
        double perUnit = 1.0 / gain; // one multiply per sample instead of a divide
        for (int i = 0; i < count; i++) {
            int v = d[from + i];
            out[offset + i] = v == INVALID_SAMPLE || v == invalid ? Double.NaN : (v - baseline) * perUnit;
        }
    }

    @Override
    public void readFrames(long startFrame, int frameCount, int[][] out) throws IOException {
        if (startFrame < 0 || frameCount < 0 || startFrame + frameCount > frames || out.length != infos.size()) {
            throw new IndexOutOfBoundsException("frames " + startFrame + ".." + (startFrame + frameCount)
                    + " outside " + header.file() + " (" + frames + " frames) or wrong number of outputs");
        }
        Scratch scratch = new Scratch();
        for (WfdbSignalFile f : files) {
            int[] sigs = signalsOf(f, out);
            if (sigs.length == 0) {
                continue;
            }
            for (long fr = startFrame; fr < startFrame + frameCount; fr += CHUNK_FRAMES) {
                int nf = (int) Math.min(CHUNK_FRAMES, startFrame + frameCount - fr);
                readChunk(f, sigs, fr, nf, out, (int) (fr - startFrame), scratch);
            }
        }
    }

    private int[] signalsOf(WfdbSignalFile f, int[][] out) {
        int[] sigs = new int[fileOfSignal.length];
        int k = 0;
        for (int i = 0; i < fileOfSignal.length; i++) {
            if (fileOfSignal[i] == f && out[i] != null) {
                sigs[k++] = i;
            }
        }
        return Arrays.copyOf(sigs, k);
    }

    /**
     * Decodes frames {@code fr .. fr+nf-1} (record frames, before skew) of the signals {@code sigs}
     * of file {@code f} into {@code out[sig][outFrame * spf ..]}. The file's bytes are copied once;
     * a signal with one sample per frame in a fixed-width format is decoded straight from them, the
     * others from the whole frames decoded once.
     */
    private void readChunk(WfdbSignalFile f, int[] sigs, long fr, int nf, int[][] out, int outFrame, Scratch scratch)
            throws IOException {
        int maxSkew = 0;
        for (int sig : sigs) {
            maxSkew = Math.max(maxSkew, skew[sig]);
        }
        long fileEnd = Math.min(fr + nf + maxSkew, f.fileFrames); // exclusive, in file frames
        int decodedFrames = (int) Math.max(0, fileEnd - fr);
        int fs = f.frameSamples;
        boolean bytesRead = false;
        boolean framesDecoded = false;
        for (int sig : sigs) {
            int s = spf[sig];
            int off = offsetInFrame[sig];
            int sk = skew[sig];
            int[] dst = out[sig];
            int d = outFrame * s;
            int avail = Math.max(0, Math.min(nf, decodedFrames - sk));
            if (s == 1 && !f.decodedWhole() && WfdbFormats.stridable(f.format, fs)) {
                if (!bytesRead) {
                    readBytes(f, fr, decodedFrames, scratch);
                    bytesRead = true;
                }
                WfdbFormats.decodeStrided(scratch.bytes, f.format, fs, off + sk * fs, avail, dst, d);
                Arrays.fill(dst, d + avail, d + nf, INVALID_SAMPLE);
                continue;
            }
            if (!framesDecoded) {
                if (!bytesRead && !f.decodedWhole()) {
                    readBytes(f, fr, decodedFrames, scratch);
                    bytesRead = true;
                }
                decodeFrames(f, fr, decodedFrames, scratch);
                framesDecoded = true;
            }
            int[] frameData = scratch.ints;
            int lead = f.decodedWhole() ? 0 : scratch.lead;
            for (int i = 0; i < nf; i++) {
                int rel = i + sk;
                for (int j = 0; j < s; j++) {
                    dst[d++] = rel < decodedFrames ? frameData[lead + rel * fs + off + j] : INVALID_SAMPLE;
                }
            }
        }
    }

    /** Copies the bytes of {@code nf} frames from file frame {@code fr}, from the start of its packing group. */
    private static void readBytes(WfdbSignalFile f, long fr, int nf, Scratch scratch) throws IOException {
        long k0 = fr * f.frameSamples;
        int g = WfdbFormats.groupSamples(f.format);
        long aligned = k0 - k0 % g;
        scratch.lead = (int) (k0 - aligned);
        scratch.samples = scratch.lead + nf * f.frameSamples;
        long byteStart = WfdbFormats.bytesFor(f.format, aligned);
        int nbytes = (int) (WfdbFormats.bytesFor(f.format, aligned + scratch.samples) - byteStart);
        if (scratch.bytes.length < nbytes + 4) {
            scratch.bytes = new byte[nbytes + 4];
        }
        f.mapped.read(f.byteOffset + byteStart, scratch.bytes, 0, nbytes);
    }

    /** Decodes {@code nf} whole frames from file frame {@code fr} into {@code scratch.ints}, interleaved. */
    private void decodeFrames(WfdbSignalFile f, long fr, int nf, Scratch scratch) throws IOException {
        int fs = f.frameSamples;
        if (f.decodedWhole()) {
            int n = nf * fs;
            if (scratch.ints.length < n) {
                scratch.ints = new int[n];
            }
            System.arraycopy(f.wholeFile(), (int) (fr * fs), scratch.ints, 0, n);
            return;
        }
        int g = WfdbFormats.groupSamples(f.format);
        if (scratch.ints.length < scratch.samples + g) {
            scratch.ints = new int[scratch.samples + g];
        }
        WfdbFormats.decode(scratch.bytes, f.format, scratch.samples, scratch.ints);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (WfdbSignalFile f : files == null ? List.<WfdbSignalFile>of() : files) {
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
