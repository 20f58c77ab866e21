package org.cardiosleep.app.beats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cardiosleep.io.wfdb.AnnotationCodes;
import org.cardiosleep.io.wfdb.WfdbAnnotation;
import org.cardiosleep.io.wfdb.WfdbAnnotationReader;

/**
 * Beat times of a WFDB annotation file, with the ventricular flutter/fibrillation episodes that
 * EC57 excludes from QRS detection statistics (from a {@code [} annotation to the next {@code ]}).
 *
 * @param beats    sample index of every beat annotation ({@code isqrs}), ascending
 * @param vfEpisodes intervals {@code [from, to)} in samples between VF onset and offset
 */
public record ReferenceBeats(long[] beats, long[][] vfEpisodes) {

    /** Reads an annotation file. */
    public static ReferenceBeats read(Path file) throws IOException {
        return of(WfdbAnnotationReader.read(file));
    }

    /** Builds from parsed annotations. */
    public static ReferenceBeats of(List<WfdbAnnotation> anns) {
        long[] b = new long[anns.size()];
        int n = 0;
        List<long[]> vf = new ArrayList<>();
        long vfOn = -1;
        for (WfdbAnnotation a : anns) {
            if (a.isBeat()) {
                b[n++] = a.sample();
            } else if (a.code() == AnnotationCodes.VFON) {
                vfOn = a.sample();
            } else if (a.code() == AnnotationCodes.VFOFF && vfOn >= 0) {
                vf.add(new long[] {vfOn, a.sample() + 1});
                vfOn = -1;
            }
        }
        if (vfOn >= 0) {
            vf.add(new long[] {vfOn, Long.MAX_VALUE});
        }
        long[] beats = Arrays.copyOf(b, n);
        Arrays.sort(beats);
        return new ReferenceBeats(beats, vf.toArray(new long[0][]));
    }

    /** The same annotations on a time base {@code factor} times finer (after resampling). */
    public ReferenceBeats scaled(double factor) {
        long[] b = new long[beats.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.round(beats[i] * factor);
        }
        long[][] vf = new long[vfEpisodes.length][];
        for (int i = 0; i < vf.length; i++) {
            vf[i] = new long[] {Math.round(vfEpisodes[i][0] * factor),
                vfEpisodes[i][1] == Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(vfEpisodes[i][1] * factor)};
        }
        return new ReferenceBeats(b, vf);
    }

    /** Total samples inside VF episodes, clipped to {@code [0, length)}. */
    public long vfSamples(long length) {
        long s = 0;
        for (long[] e : vfEpisodes) {
            s += Math.max(0, Math.min(length, e[1]) - Math.max(0, e[0]));
        }
        return s;
    }
}
