package org.cardiosleep.cohort.assoc;

import org.cardiosleep.stats.agreement.BlandAltman;
import org.cardiosleep.stats.agreement.Correlation;
import org.cardiosleep.stats.agreement.IntraclassCorrelation;

/**
 * Objective (ECG-derived) against subjective (diary) values of one sleep metric.
 *
 * @param objective   the phenotype (e.g. tst_min)
 * @param subjective  the diary answer (e.g. diary_tst_min)
 * @param blandAltman bias and limits of agreement of objective - subjective
 * @param icc         ICC(2,1), absolute agreement
 * @param pearson     Pearson correlation
 * @param spearman    Spearman correlation
 * @param objectiveValues  complete-pair objective values (for plots)
 * @param subjectiveValues complete-pair subjective values
 */
public record ConsistencyRow(String objective, String subjective, BlandAltman blandAltman, IntraclassCorrelation icc,
                             Correlation pearson, Correlation spearman, double[] objectiveValues,
                             double[] subjectiveValues) {
}
