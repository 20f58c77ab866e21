package org.cardiosleep.io;

/**
 * A stretch of contiguous data in a recording that may be discontinuous (EDF+D, multi-segment
 * WFDB): {@code sampleCount} samples of the reference signal starting at file sample
 * {@code firstSample}, taken at {@code onsetSec} seconds after the recording start.
 */
public record Segment(double onsetSec, long firstSample, long sampleCount) {
}
