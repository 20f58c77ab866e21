package org.cardiosleep.io.wfdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Segment;
import org.cardiosleep.io.SignalInfo;

/**
 * A multi-segment WFDB record ({@code header(5)}: {@code name/nseg} record line, then one line per
 * segment). With a <em>fixed layout</em> every segment has the signals of the first; with a
 * <em>variable layout</em> the first segment is a layout header of length 0 that lists every signal,
 * and each segment holds some of them, matched by description as the WFDB library does. Segments
 * named {@code ~} are gaps. Samples of a gap, or of a signal absent from a segment, read as
 * {@link #INVALID_SAMPLE}.
 *
 * <p>Digital values are those of each segment, whose gain and baseline may differ from the
 * layout's; {@link #readPhysical(int, long, int)} converts each segment with its own calibration.
 * Segment files are opened on first use; the most recently used stay open until {@link #close()}.
 */
final class WfdbMultiSegmentRecording implements WfdbRecord {
    /** Segment recordings kept open at once. */
    static final int MAX_OPEN_SEGMENTS = 16;

    private final java.util.ArrayDeque<Part> openParts = new java.util.ArrayDeque<>();
    private final WfdbHeader header;
    private final List<WfdbSignalSpec> layout;
    private final List<SignalInfo> infos;
    private final Part[] parts;
    private final long frames;
    private final int[] spf;

    /** One segment line: where it sits in the record and which of its signals carry the layout's. */
    private static final class Part {
        final String name;
        final long startFrame;
        final long frames;
        /** The segment header, null for a gap. */
        final WfdbHeader header;
        /** For each layout signal, its index in the segment, or -1. */
        final int[] map;
        WfdbRecording recording;

        Part(String name, long startFrame, long frames, WfdbHeader header, int[] map) {
            this.name = name;
            this.startFrame = startFrame;
            this.frames = frames;
            this.header = header;
            this.map = map;
        }

        boolean isGap() {
            return header == null;
        }
    }

    WfdbMultiSegmentRecording(WfdbHeader master) throws IOException {
        this.header = master;
        Path dir = master.file().toAbsolutePath().getParent();
        List<WfdbHeader.SegmentSpec> specs = master.segments();
        List<WfdbSignalSpec> lay = null;
        int firstData = 0;
        WfdbHeader.SegmentSpec first = specs.get(0);
        if (first.frames() == 0 && !first.isGap()) { // variable layout
            WfdbHeader lh = segmentHeader(master, dir, first.recordName());
            lay = lh.signals();
            firstData = 1;
        }
        List<Part> list = new ArrayList<>();
        long start = 0;
        for (int i = firstData; i < specs.size(); i++) {
            WfdbHeader.SegmentSpec s = specs.get(i);
            WfdbHeader sh = null;
            if (!s.isGap() && s.frames() > 0) {
                sh = segmentHeader(master, dir, s.recordName());
                if (lay == null) {
                    lay = sh.signals(); // fixed layout: the signals of the first segment
                }
                checkSegment(master, sh, s);
            }
            list.add(new Part(s.recordName(), start, s.frames(), sh, null));
            start = Math.addExact(start, s.frames());
        }
        if (lay == null) {
            lay = List.of();
        }
        this.layout = lay;
        if (lay.size() != master.signalCount()) {
            throw new RecordingFormatException(master.file(), "the record line announces " + master.signalCount()
                    + " signals but the layout has " + lay.size());
        }
        this.spf = new int[lay.size()];
        for (int c = 0; c < spf.length; c++) {
            spf[c] = lay.get(c).samplesPerFrame();
        }
        this.parts = new Part[list.size()];
        for (int i = 0; i < parts.length; i++) {
            Part p = list.get(i);
            parts[i] = new Part(p.name, p.startFrame, p.frames, p.header,
                    p.header == null ? null : mapSignals(master, lay, p.header, firstData == 0));
        }
        this.frames = start;
        List<SignalInfo> si = new ArrayList<>();
        for (int c = 0; c < lay.size(); c++) {
            si.add(WfdbRecording.signalInfo(master, lay.get(c), c, frames));
        }
        this.infos = List.copyOf(si);
    }

    private static WfdbHeader segmentHeader(WfdbHeader master, Path dir, String name) throws IOException {
        Path p = dir.resolve(name + ".hea");
        if (!Files.isRegularFile(p)) {
            throw new RecordingFormatException(master.file(), "segment header " + p.getFileName() + " is missing");
        }
        WfdbHeader h = WfdbHeader.read(p);
        if (h.isMultiSegment()) {
            throw new RecordingFormatException(p, "a segment of a multi-segment record cannot itself have segments");
        }
        return h;
    }

    private static void checkSegment(WfdbHeader master, WfdbHeader sh, WfdbHeader.SegmentSpec s)
            throws RecordingFormatException {
        if (Math.abs(sh.frameRateHz() - master.frameRateHz()) > 1e-9 * master.frameRateHz()) {
            throw new RecordingFormatException(sh.file(), "segment sampling frequency " + sh.frameRateHz()
                    + " differs from the record's " + master.frameRateHz());
        }
        if (sh.samplesPerSignal() >= 0 && sh.samplesPerSignal() < s.frames()) {
            throw new RecordingFormatException(sh.file(), "segment holds " + sh.samplesPerSignal()
                    + " frames but the record header gives it " + s.frames());
        }
        Path dir = sh.file().toAbsolutePath().getParent();
        for (WfdbSignalSpec sig : sh.signals()) {
            if (!Files.isRegularFile(dir.resolve(sig.fileName()))) {
                throw new RecordingFormatException(dir.resolve(sig.fileName()),
                        "signal file named in segment header " + sh.file().getFileName() + " is missing");
            }
        }
    }

    /** Layout signal to segment signal: by position for a fixed layout, by description otherwise. */
    private static int[] mapSignals(WfdbHeader master, List<WfdbSignalSpec> lay, WfdbHeader sh, boolean fixed)
            throws RecordingFormatException {
        int[] map = new int[lay.size()];
        Arrays.fill(map, -1);
        if (fixed) {
            if (sh.signals().size() != lay.size()) {
                throw new RecordingFormatException(sh.file(), "fixed-layout segment has " + sh.signals().size()
                        + " signals, the first segment " + lay.size());
            }
            for (int c = 0; c < map.length; c++) {
                map[c] = c;
            }
        } else {
            boolean[] used = new boolean[sh.signals().size()];
            for (int c = 0; c < lay.size(); c++) {
                for (int k = 0; k < used.length; k++) {
                    if (!used[k] && sh.signals().get(k).description().equals(lay.get(c).description())) {
                        map[c] = k;
                        used[k] = true;
                        break;
                    }
                }
            }
        }
        for (int c = 0; c < map.length; c++) {
            if (map[c] >= 0 && sh.signals().get(map[c]).samplesPerFrame() != lay.get(c).samplesPerFrame()) {
                throw new RecordingFormatException(sh.file(), "signal '" + lay.get(c).description()
                        + "' has a different number of samples per frame than in the layout");
            }
        }
        return map;
    }

    @Override
    public WfdbHeader header() {
        return header;
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
    public List<SignalInfo> signals() {
        return infos;
    }

    /** The stretches with data: consecutive non-gap segments merged, in samples of signal 0. */
    @Override
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        int s0 = spf.length == 0 ? 1 : spf[0];
        long runStart = -1, runEnd = -1;
        for (Part p : parts) {
            if (p.isGap() || p.frames == 0) {
                if (p.frames > 0 && runStart >= 0) {
                    out.add(segment(runStart, runEnd, s0));
                    runStart = -1;
                }
                continue;
            }
            if (runStart < 0) {
                runStart = p.startFrame;
            }
            runEnd = p.startFrame + p.frames;
        }
        if (runStart >= 0) {
            out.add(segment(runStart, runEnd, s0));
        }
        return List.copyOf(out);
    }

    private Segment segment(long startFrame, long endFrame, int s0) {
        return new Segment(startFrame / header.frameRateHz(), startFrame * s0, (endFrame - startFrame) * s0);
    }

    /** Synchronized: a segment may be closed to make room for another. */
    @Override
    public synchronized void readFrames(long startFrame, int frameCount, int[][] out) throws IOException {
        if (startFrame < 0 || frameCount < 0 || startFrame + frameCount > frames || out.length != infos.size()) {
            throw new IndexOutOfBoundsException("frames " + startFrame + ".." + (startFrame + frameCount)
                    + " outside " + header.file() + " (" + frames + " frames) or wrong number of outputs");
        }
        long end = startFrame + frameCount;
        for (Part p : parts) {
            long a = Math.max(startFrame, p.startFrame);
            long b = Math.min(end, p.startFrame + p.frames);
            if (a >= b) {
                continue;
            }
            int n = (int) (b - a);
            int at = (int) (a - startFrame);
            int[][] sub = null;
            if (!p.isGap()) {
                WfdbRecording r = open(p);
                sub = new int[r.signals().size()][];
                for (int c = 0; c < out.length; c++) {
                    if (out[c] != null && p.map[c] >= 0) {
                        sub[p.map[c]] = new int[n * spf[c]];
                    }
                }
                r.readFrames(a - p.startFrame, n, sub);
            }
            for (int c = 0; c < out.length; c++) {
                if (out[c] == null) {
                    continue;
                }
                if (sub == null || p.map[c] < 0) {
                    Arrays.fill(out[c], at * spf[c], (at + n) * spf[c], INVALID_SAMPLE);
                } else {
                    System.arraycopy(sub[p.map[c]], 0, out[c], at * spf[c], n * spf[c]);
                }
            }
        }
    }

    /**
     * The open recording of a segment. At most {@link #MAX_OPEN_SEGMENTS} stay open (least recently
     * used closed first), so that records of thousands of segments do not exhaust file handles.
     */
    private synchronized WfdbRecording open(Part p) throws IOException {
        if (p.recording == null) {
            if (openParts.size() >= MAX_OPEN_SEGMENTS) {
                Part old = openParts.removeFirst();
                WfdbRecording r = old.recording;
                old.recording = null;
                r.close();
            }
            WfdbRecording r = new WfdbRecording(p.header);
            if (r.frames() < p.frames) {
                r.close();
                throw new RecordingFormatException(p.header.file(), "segment holds " + r.frames()
                        + " frames but the record header gives it " + p.frames);
            }
            p.recording = r;
        } else {
            openParts.remove(p);
        }
        openParts.addLast(p);
        return p.recording;
    }

    @Override
    public int[] readDigital(int channel, long startSample, int count) throws IOException {
        SignalInfo info = infos.get(channel);
        if (startSample < 0 || count < 0 || startSample + count > info.sampleCount()) {
            throw new IndexOutOfBoundsException("samples " + startSample + ".." + (startSample + count)
                    + " outside signal " + channel + " of " + header.file() + " (" + info.sampleCount() + " samples)");
        }
        int[] result = new int[count];
        int s = spf[channel];
        int[][] out = new int[infos.size()][];
        final int step = 1 << 16;
        long firstFrame = startSample / s;
        long endFrame = count == 0 ? firstFrame : (startSample + count - 1) / s + 1;
        int o = 0;
        for (long fr = firstFrame; fr < endFrame; fr += step) {
            int nf = (int) Math.min(step, endFrame - fr);
            out[channel] = new int[nf * s];
            readFrames(fr, nf, out);
            int from = (int) Math.max(0, startSample - fr * s);
            int take = Math.min(nf * s - from, count - o);
            System.arraycopy(out[channel], from, result, o, take);
            o += take;
        }
        return result;
    }

    /** Physical values, each segment with its own gain and baseline; NaN where there is no sample. */
    @Override
    public double[] readPhysical(int channel, long startSample, int count) throws IOException {
        int[] d = readDigital(channel, startSample, count);
        double[] out = new double[count];
        int s = spf[channel];
        for (Part p : parts) {
            long a = Math.max(startSample, p.startFrame * s);
            long b = Math.min(startSample + count, (p.startFrame + p.frames) * s);
            if (a >= b) {
                continue;
            }
            int from = (int) (a - startSample), to = (int) (b - startSample);
            if (p.isGap() || p.map[channel] < 0) {
                Arrays.fill(out, from, to, Double.NaN);
                continue;
            }
            WfdbSignalSpec spec = p.header.signals().get(p.map[channel]);
            WfdbRecording.toPhysical(d, from, to - from, spec.adcGain(), spec.baseline(),
                    WfdbFormats.invalidValue(spec.format()), out, from);
        }
        return out;
    }

    @Override
    public synchronized void close() throws IOException {
        openParts.clear();
        IOException first = null;
        for (Part p : parts) {
            if (p.recording != null) {
                try {
                    p.recording.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
                p.recording = null;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
