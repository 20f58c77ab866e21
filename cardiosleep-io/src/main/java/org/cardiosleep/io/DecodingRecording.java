package org.cardiosleep.io;

import java.io.IOException;

/**
 * A recording that decodes samples from its file straight into the caller's array, as digital
 * values or converted to physical units, without an intermediate array (EDF, ISHNE): subclasses
 * implement one {@link #decode} and get every read.
 */
public abstract class DecodingRecording implements Recording {

    @Override
    public final int[] readDigital(int channel, long startSample, int count) throws IOException {
        checkRange(channel, startSample, count);
        int[] out = new int[count];
        decode(channel, startSample, count, out, null, 0);
        return out;
    }

    /** Physical values decoded straight from the file, without an intermediate digital array. */
    @Override
    public final double[] readPhysical(int channel, long startSample, int count) throws IOException {
        checkRange(channel, startSample, count);
        double[] out = new double[count];
        readPhysical(channel, startSample, count, out, 0);
        return out;
    }

    @Override
    public final void readPhysical(int channel, long startSample, int count, double[] dst, int offset)
            throws IOException {
        if (offset < 0 || count < 0 || offset > dst.length - count) {
            throw new IndexOutOfBoundsException("destination range " + offset + ".." + (offset + count)
                    + " outside an array of " + dst.length);
        }
        checkRange(channel, startSample, count);
        decode(channel, startSample, count, null, dst, offset);
    }

    /** A channel that exists and a sample range inside it, else a one-line IndexOutOfBoundsException naming the file. */
    private void checkRange(int channel, long startSample, int count) {
        if (channel < 0 || channel >= signals().size()) {
            throw new IndexOutOfBoundsException(source() + ": no channel " + channel + " (the file has "
                    + signals().size() + " signals)");
        }
        long total = signals().get(channel).sampleCount();
        if (startSample < 0 || count < 0 || startSample > total - count) {
            throw new IndexOutOfBoundsException(source() + ": samples " + startSample + ".." + (startSample + count)
                    + " outside 0.." + total + " of channel " + channel);
        }
    }

    /**
     * Decodes samples {@code startSample ..+count} of {@code channel} into {@code digital[0..count)}
     * or, when {@code digital} is null, in physical units ({@code (d - baseline) / gain}, computed as
     * a multiply by {@code 1 / gain} like {@link Recording#readPhysical(int, long, int)}) into
     * {@code physical[physicalOffset..)}. The channel and the range have been checked.
     */
    protected abstract void decode(int channel, long startSample, int count, int[] digital, double[] physical,
                                   int physicalOffset) throws IOException;
}
