package org.cardiosleep.pheno.beats;

/**
 * What {@code bench beats} measured for the shipped beat classifier on MIT-BIH Arrhythmia DS2 (de Chazal
 * 2004 inter-patient protocol; {@code docs/benchmarks/beats.json}, which a test holds these figures to),
 * so that a report which counts beats by class can say how far its S and V counts can be trusted.
 */
public final class ShippedModelValidation {
    /** Ventricular ectopic beats: sensitivity (%), positive predictivity (%), F1. */
    public static final double VEB_SE = 95.19, VEB_PPV = 97.06, VEB_F1 = 0.9611;
    /** Supraventricular ectopic beats: sensitivity (%), positive predictivity (%), F1. */
    public static final double SVEB_SE = 10.45, SVEB_PPV = 42.86, SVEB_F1 = 0.1681;

    private ShippedModelValidation() {
    }

    /** One sentence for a report's ectopy table, where the beat classes come from the shipped classifier. */
    public static String reportNote() {
        return "Beat classes from the shipped classifier. On the MIT-BIH inter-patient test (de Chazal 2004) it found "
                + Math.round(VEB_SE) + " % of ventricular ectopic beats (" + Math.round(VEB_PPV) + " % of its V calls "
                + "right) but only " + Math.round(SVEB_SE) + " % of supraventricular ones (" + Math.round(SVEB_PPV)
                + " % of its S calls right), missing most where atrial ectopy is frequent: read S counts as unreliable.";
    }
}
