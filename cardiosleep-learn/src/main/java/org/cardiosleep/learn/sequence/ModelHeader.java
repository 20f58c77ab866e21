package org.cardiosleep.learn.sequence;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The common start of the night-classifier model files: a magic number naming the model type, a
 * format version, the model's kind, its input feature names and its class names. Each model type
 * writes its own parameters after it.
 */
record ModelHeader(String kind, String[] featureNames, String[] classNames) {
    private static final int MAX_NAMES = 100_000;

    void write(DataOutputStream out, int magic, int version) throws IOException {
        out.writeInt(magic);
        out.writeInt(version);
        out.writeUTF(kind);
        writeNames(out, featureNames);
        writeNames(out, classNames);
    }

    /**
     * Reads a header, checking the magic number and version; {@code source} names the file and
     * {@code what} the expected model type in error messages.
     */
    static ModelHeader read(DataInputStream in, int magic, int version, String source, String what) throws IOException {
        if (in.readInt() != magic) {
            throw new IOException(source + ": not a cardiosleep " + what + " model");
        }
        int v = in.readInt();
        if (v != version) {
            throw new IOException(source + ": model version " + v + " is not supported (expected " + version + ")");
        }
        String kind = in.readUTF();
        return new ModelHeader(kind, readNames(in), readNames(in));
    }

    private static void writeNames(DataOutputStream out, String[] names) throws IOException {
        out.writeInt(names.length);
        for (String s : names) {
            out.writeUTF(s);
        }
    }

    private static String[] readNames(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_NAMES) {
            throw new IOException("bad name count " + n);
        }
        String[] s = new String[n];
        for (int i = 0; i < n; i++) {
            s[i] = in.readUTF();
        }
        return s;
    }
}
