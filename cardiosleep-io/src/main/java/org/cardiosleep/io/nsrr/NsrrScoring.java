package org.cardiosleep.io.nsrr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cardiosleep.io.Annotation;

/**
 * The content of an NSRR annotation file.
 *
 * @param source         the file
 * @param epochLengthSec scoring epoch length (the file's EpochLength, 30 s when absent)
 * @param events         all scored events in file order (stages included)
 */
public record NsrrScoring(Path source, double epochLengthSec, List<NsrrEvent> events) {

    /** Every event as an {@link Annotation}, in file order. */
    public List<Annotation> annotations() {
        List<Annotation> out = new ArrayList<>(events.size());
        for (NsrrEvent e : events) {
            out.add(e.toAnnotation());
        }
        return out;
    }

    /** The non-stage events (respiratory, arousal, desaturation, limb movement ...). */
    public List<NsrrEvent> scoredEvents() {
        return events.stream().filter(e -> !e.isStage()).toList();
    }

    /**
     * The per-epoch stage sequence with the codes of {@link SleepStages}, ending with the last
     * stage event.
     */
    public byte[] sleepStages() {
        return SleepStages.fromEvents(events, epochLengthSec, -1);
    }
}
