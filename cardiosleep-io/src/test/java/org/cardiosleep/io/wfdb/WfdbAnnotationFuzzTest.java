package org.cardiosleep.io.wfdb;

import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cardiosleep.io.RecordingFormatException;

/**
 * Fuzzes the MIT annotation parser with arbitrary bytes: it may only return or throw
 * {@link RecordingFormatException}; what it returns must survive a write/read round trip, and the
 * columnar reader must agree with it.
 */
class WfdbAnnotationFuzzTest {
    private static final Path FILE = Path.of("fuzz.atr");

    @FuzzTest(maxDuration = "60s")
    void annotations(byte[] data) {
        List<WfdbAnnotation> a;
        try {
            a = WfdbAnnotationReader.parse(FILE, data);
        } catch (RecordingFormatException expected) {
            return; // the only allowed failure
        }
        try {
            List<WfdbAnnotation> back = WfdbAnnotationReader.parse(FILE, WfdbAnnotationWriter.encode(a));
            if (!back.equals(a)) {
                throw new IllegalStateException("annotations changed in a write/read round trip");
            }
            WfdbAnnotationReader.Columns c = WfdbAnnotationReader.columns(FILE, data, false);
            if (c.size() != a.size()) {
                throw new IllegalStateException("columnar reader found " + c.size() + " annotations, not " + a.size());
            }
        } catch (RecordingFormatException e) {
            throw new IllegalStateException("written annotations do not parse: " + e.getMessage(), e);
        }
    }
}
