package org.cardiosleep.io.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cardiosleep.io.Annotation;
import org.cardiosleep.io.RecordingFormatException;
import org.cardiosleep.io.Segment;

/**
 * Opens EDF, EDF+C, EDF+D, BDF and BDF+ files as {@link EdfRecording}s.
 *
 * <p>Opening reads the header and the EDF+ annotation signal of every data record (a few bytes per
 * record: TALs give the annotations and, for EDF+D, the start of each record); the signals
 * themselves are memory-mapped and decoded only when read.
 *
 * <p>Times: TAL onsets are relative to the header's start date-time. The first data record's
 * time-keeping TAL gives the subsecond (EDF+D: possibly larger) offset of the first sample; the
 * recording start used by {@link EdfRecording#startTime()}, {@link Annotation#onsetSec()} and
 * {@link Segment#onsetSec()} is the header time plus that offset, so the first sample is at 0 s.
 */
public final class EdfReader {
    /** Target size of one memory-mapped chunk: whole records, below the 2 GiB limit of a mapping. */
    static final long DEFAULT_CHUNK_BYTES = 1L << 30;
    /** Bytes of data records copied at a time while the annotations are scanned. */
    private static final int BLOCK_BYTES = 1 << 18;

    private EdfReader() {
    }

    /** Opens {@code file}; close the returned recording to release the file. */
    public static EdfRecording open(Path file) throws IOException {
        return open(file, DEFAULT_CHUNK_BYTES);
    }

    static EdfRecording open(Path file, long chunkBytes) throws IOException {
        FileChannel ch = org.cardiosleep.io.MappedUnits.openChannel(file);
        try {
            long size = ch.size();
            byte[] fixed = readFully(ch, 0, (int) Math.min(size, EdfHeader.FIXED_BYTES));
            int headerBytes = EdfHeader.declaredHeaderBytes(file, fixed, size);
            EdfHeader header = EdfHeader.parse(file, readFully(ch, 0, headerBytes), size);
            EdfRecording rec = new EdfRecording(file, ch, header, chunkBytes);
            scanAnnotations(file, rec, header);
            return rec;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static byte[] readFully(FileChannel ch, long pos, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(n);
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0) {
                break;
            }
        }
        byte[] out = new byte[buf.position()];
        buf.flip().get(out);
        return out;
    }

    /** Reads every record's TALs: annotations, record onsets (EDF+D) and the start offset. */
    private static void scanAnnotations(Path file, EdfRecording rec, EdfHeader h) throws IOException {
        List<EdfSignalHeader> annSignals = new ArrayList<>();
        for (EdfSignalHeader s : h.signals()) {
            if (s.annotation()) {
                annSignals.add(s);
            }
        }
        long n = h.recordCount();
        double dur = h.recordDurationSec();
        if (annSignals.isEmpty()) {
            if (h.discontinuous()) {
                throw new RecordingFormatException(file, h.formatName()
                        + " file without an annotation signal: the record times are unknown");
            }
            rec.setTiming(h.startTime(), List.of(), continuous(rec, n));
            return;
        }
        List<Annotation> anns = new ArrayList<>();
        if (h.discontinuous() && n > Integer.MAX_VALUE - 8) {
            throw new RecordingFormatException(file, "too many data records for EDF+D: " + n);
        }
        double[] onsets = h.discontinuous() ? new double[(int) n] : null;
        double first = 0;
        int bps = h.bytesPerSample();
        // records are copied in blocks of about 256 kB (one copy out of the mapping per block, not
        // one per record and signal); a record larger than that is copied signal by signal
        int recordBytes = (int) h.recordBytes();
        int perBlock = recordBytes <= BLOCK_BYTES ? BLOCK_BYTES / recordBytes : 0;
        byte[] buf = new byte[perBlock > 0 ? perBlock * recordBytes : 0];
        long blockFirst = 0;
        int blockCount = 0;
        List<double[]> raw = new ArrayList<>(); // onset, duration, index into texts
        List<String> texts = new ArrayList<>();
        for (long r = 0; r < n; r++) {
            if (perBlock > 0 && r >= blockFirst + blockCount) {
                blockFirst = r;
                blockCount = rec.copyRecords(r, (int) Math.min(perBlock, n - r), buf);
            }
            for (int a = 0; a < annSignals.size(); a++) {
                EdfSignalHeader s = annSignals.get(a);
                int len = s.samplesPerRecord() * bps;
                int at;
                if (perBlock > 0) {
                    at = (int) (r - blockFirst) * recordBytes + s.offsetInRecord();
                } else {
                    if (buf.length < len) {
                        buf = new byte[len];
                    }
                    rec.copyRecordBytes(r, s.offsetInRecord(), buf, len);
                    at = 0;
                }
                // most records hold only their time-keeping TAL: its onset, and no list of TALs to build
                double keepingOnset = TalParser.timeKeepingOnly(file, r, buf, at, len);
                boolean onlyKeeping = keepingOnset == keepingOnset;
                List<TalParser.Tal> tals = onlyKeeping ? List.of() : TalParser.parse(file, r, buf, at, len);
                if (a == 0 && h.plus()) {
                    boolean keeping = onlyKeeping || !tals.isEmpty() && tals.get(0).texts().get(0).isEmpty();
                    if (keeping) {
                        double onset = onlyKeeping ? keepingOnset : tals.get(0).onsetSec();
                        if (r == 0) {
                            first = onset;
                        }
                        if (onsets != null) {
                            onsets[(int) r] = onset;
                            if (r > 0 && onset < onsets[(int) r - 1] + dur - 1e-6) {
                                throw new RecordingFormatException(file, "EDF+D data record " + (r + 1)
                                        + " starts at " + onset + " s, before the end of the previous one ("
                                        + (onsets[(int) r - 1] + dur) + " s)");
                            }
                        }
                    } else if (onsets != null) {
                        throw new RecordingFormatException(file, "EDF+D data record " + (r + 1)
                                + " has no time-keeping annotation");
                    }
                }
                for (TalParser.Tal tal : tals) {
                    for (String text : tal.texts()) {
                        if (text.isEmpty()) {
                            continue; // the time-keeping marker, or an empty slot: not an event
                        }
                        raw.add(new double[] {tal.onsetSec(), tal.durationSec(), texts.size()});
                        texts.add(text);
                    }
                }
            }
        }
        for (double[] e : raw) {
            double d = Double.isNaN(e[1]) ? 0 : e[1];
            anns.add(new Annotation(e[0] - first, d, texts.get((int) e[2])));
        }
        anns.sort(Comparator.comparingDouble(Annotation::onsetSec)); // stable: file order among equals
        LocalDateTime start = h.startTime().plusNanos(Math.round(first * 1e9));
        List<Segment> segs = onsets != null ? discontinuous(rec, onsets, first, dur) : continuous(rec, n);
        rec.setTiming(start, List.copyOf(anns), segs);
    }

    private static List<Segment> continuous(EdfRecording rec, long records) {
        return List.of(new Segment(0, 0, records * rec.referenceSamplesPerRecord()));
    }

    /** Merges records whose onsets follow without a gap into one segment. */
    private static List<Segment> discontinuous(EdfRecording rec, double[] onsets, double first, double dur) {
        List<Segment> out = new ArrayList<>();
        long spr = rec.referenceSamplesPerRecord();
        int segStart = 0;
        for (int r = 1; r <= onsets.length; r++) {
            // a gap below a microsecond is rounding in the printed onsets, not missing data
            if (r == onsets.length || Math.abs(onsets[r] - (onsets[r - 1] + dur)) > 1e-6) {
                out.add(new Segment(onsets[segStart] - first, segStart * spr, (long) (r - segStart) * spr));
                segStart = r;
            }
        }
        return List.copyOf(out);
    }
}
