package org.cardiosleep.io.edf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.cardiosleep.io.RecordingFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case is a small generated file broken in one way. The reader must answer with a
 * {@link RecordingFormatException} whose one-line message names the file and the problem.
 */
@Timeout(10)
class EdfMalformedTest {
    @TempDir
    Path dir;

    /** A valid EDF+C file: two 1-s records, ECG at 4 Hz, SpO2 at 1 Hz, an annotation signal. */
    static EdfBuilder valid() {
        return new EdfBuilder().signal("ECG", 4).signal("SpO2", 1).annotations(16);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("empty file", "truncated EDF header", () -> new byte[0]),
                c("truncated fixed header", "truncated EDF header", () -> Arrays.copyOf(valid().build(), 100)),
                c("truncated signal headers", "truncated EDF header", () -> Arrays.copyOf(valid().build(), 600)),
                c("header bytes disagree with signals", "header bytes", () -> {
                    EdfBuilder b = valid();
                    b.headerBytes = "768";
                    return b.build();
                }),
                c("more data than records", "data size disagrees", () -> {
                    EdfBuilder b = valid();
                    b.records = "3";
                    byte[] x = b.build();
                    b.records = "2";
                    b.data = Arrays.copyOfRange(x, b.header().length, x.length);
                    return b.build();
                }),
                c("fewer records than declared", "data size disagrees", () -> {
                    EdfBuilder b = valid();
                    byte[] x = b.build();
                    b.records = "5";
                    b.data = Arrays.copyOfRange(x, b.header().length, x.length);
                    return b.build();
                }),
                c("truncated last record", "truncated last data record", () -> {
                    byte[] x = valid().build();
                    return Arrays.copyOf(x, x.length - 7);
                }),
                c("-1 records with a partial record", "truncated last data record", () -> {
                    EdfBuilder b = valid();
                    byte[] x = b.build();
                    b.records = "-1";
                    b.data = Arrays.copyOfRange(x, b.header().length, x.length - 3);
                    return b.build();
                }),
                c("negative records", "negative number of data records", () -> {
                    EdfBuilder b = valid();
                    b.records = "-5";
                    b.data = new byte[0];
                    return b.build();
                }),
                c("negative samples per record", "samples per record", () -> sig(0, s -> s.spr = "-4")),
                c("zero samples per record", "zero samples per record", () -> sig(0, s -> s.spr = "0")),
                c("NaN samples per record", "samples per record is not an integer", () -> sig(1, s -> s.spr = "NaN")),
                c("NaN record duration", "duration of a data record is not a number: 'NaN'", () -> {
                    EdfBuilder b = valid();
                    b.duration = "NaN";
                    return b.build();
                }),
                c("zero record duration", "zero duration", () -> {
                    EdfBuilder b = valid();
                    b.duration = "0";
                    return b.build();
                }),
                c("negative record duration", "negative duration", () -> {
                    EdfBuilder b = valid();
                    b.duration = "-1";
                    return b.build();
                }),
                c("digital min equals max", "digital minimum 5 is not below", () -> sig(0, s -> {
                    s.dmin = "5";
                    s.dmax = "5";
                })),
                c("digital min above max", "is not below the digital maximum", () -> sig(1, s -> {
                    s.dmin = "100";
                    s.dmax = "-100";
                })),
                c("digital range beyond 16 bits", "exceeds the 16-bit range", () -> sig(0, s -> s.dmax = "40000")),
                c("physical min equals max", "physical minimum equals physical maximum", () -> sig(0, s -> {
                    s.pmin = "7";
                    s.pmax = "7.0";
                })),
                c("infinite physical maximum", "not finite", () -> sig(0, s -> s.pmax = "1e400")),
                c("non-numeric physical maximum", "physical maximum is not a number", () -> sig(0, s -> s.pmax = "abc")),
                c("non-ASCII byte in the number of records", "non-ASCII byte 0xE9", () -> {
                    EdfBuilder b = valid();
                    b.records = "2\u00e9";
                    return b.build();
                }),
                c("non-ASCII byte in the start date", "non-ASCII byte 0x00", () -> {
                    EdfBuilder b = valid();
                    b.date = "02.03\u0000.4";
                    return b.build();
                }),
                c("non-numeric number of signals", "number of signals is not an integer", () -> {
                    EdfBuilder b = valid();
                    b.signalCount = "x";
                    return b.build();
                }),
                c("negative number of signals", "negative number of signals", () -> {
                    EdfBuilder b = valid();
                    b.signalCount = "-1";
                    return b.build();
                }),
                c("huge number of signals", "header bytes", () -> {
                    EdfBuilder b = valid();
                    b.signalCount = "9999";
                    return b.build();
                }),
                c("huge number of signals, consistent header bytes", "truncated EDF header", () -> {
                    EdfBuilder b = valid();
                    b.signalCount = "9999";
                    b.headerBytes = Integer.toString(256 * 10000);
                    return b.build();
                }),
                c("invalid start date", "invalid start date", () -> {
                    EdfBuilder b = valid();
                    b.date = "31.02.04";
                    return b.build();
                }),
                c("start time not dd.dd.dd", "start time is not of the form", () -> {
                    EdfBuilder b = valid();
                    b.time = "5h06m07";
                    return b.build();
                }),
                c("unknown BDF id", "unknown BDF identification", () -> {
                    byte[] x = valid().bdf().build();
                    x[7] = 'X';
                    return x;
                }),
                c("unknown version", "not an EDF/BDF file", () -> {
                    EdfBuilder b = valid();
                    b.version = "1";
                    return b.build();
                }),
                c("unknown EDF+ variant", "unknown EDF+ variant", () -> {
                    EdfBuilder b = valid();
                    b.reserved = "EDF+X";
                    return b.build();
                }),
                c("TAL missing \\x14 after onset", "without the \\x14", () -> tals("+0\u0014\u0014\u0000+5\u0000")),
                c("TAL with a bad onset", "bad TAL onset", () -> tals("+0\u0014\u0014\u0000+1x5\u0014a\u0014\u0000")),
                c("TAL onset without sign", "must start with '+' or '-'", () -> tals("0\u0014\u0014\u0000")),
                c("TAL with a bad duration", "bad TAL duration", () -> tals("+0\u0014\u0014\u0000+1\u0015-3\u0014a\u0014\u0000")),
                c("TAL text not terminated", "not terminated", () -> tals("+0\u0014\u0014\u0000+1\u0014abcdefghijklm")),
                c("EDF+D records out of order", "before the end of the previous one", () -> {
                    EdfBuilder b = valid();
                    b.reserved = "EDF+D";
                    b.tals = r -> bytes("+" + (5 - r) + "\u0014\u0014\u0000");
                    return b.build();
                }),
                c("EDF+D without time-keeping TAL", "no time-keeping annotation", () -> {
                    EdfBuilder b = valid();
                    b.reserved = "EDF+D";
                    b.tals = r -> bytes("+" + r + "\u0014x\u0014\u0000");
                    return b.build();
                }));
    }

    private static Arguments c(String name, String problem, Supplier<byte[]> file) {
        return Arguments.of(name, problem, file);
    }

    private static byte[] sig(int i, java.util.function.Consumer<EdfBuilder.Sig> change) {
        EdfBuilder b = valid();
        change.accept(b.signals.get(i));
        return b.build();
    }

    private static byte[] tals(String firstRecord) {
        EdfBuilder b = valid();
        b.tals = r -> r == 0 ? bytes(firstRecord) : bytes("+" + r + "\u0014\u0014\u0000");
        return b.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWithOneLineNamingFileAndProblem(String name, String problem, Supplier<byte[]> content)
            throws Exception {
        Path p = dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "_") + ".edf");
        Files.write(p, content.get());
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> {
            try (EdfRecording r = EdfReader.open(p)) {
                r.signals();
            }
        });
        String msg = e.getMessage();
        assertTrue(msg.startsWith(p.toString() + ": "), msg);
        assertTrue(msg.contains(problem), () -> "expected '" + problem + "' in: " + msg);
        assertFalse(msg.contains("\n"), msg);
    }

    @Test
    void atLeastEighteenCases() {
        assertTrue(cases().count() >= 18);
    }

    @Test
    void theBaseFileIsValid() throws Exception {
        Path p = dir.resolve("valid.edf");
        Files.write(p, valid().build());
        try (EdfRecording r = EdfReader.open(p)) {
            assertTrue(r.signals().size() == 2);
        }
        Path q = dir.resolve("valid.bdf");
        Files.write(q, valid().bdf().build());
        try (EdfRecording r = EdfReader.open(q)) {
            assertTrue(r.format().equals("BDF+C"));
        }
    }

    @Test
    void missingFile() {
        Path p = dir.resolve("nope.edf");
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> EdfReader.open(p));
        assertTrue(e.getMessage().contains("nope.edf"));
    }
}
