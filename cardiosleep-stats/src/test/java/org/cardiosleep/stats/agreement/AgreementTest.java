package org.cardiosleep.stats.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Against R (cor.test, mean/sd, ANOVA mean squares); see src/test/resources/agreement/make_reference.R. */
class AgreementTest {
    private static double[] ecg;
    private static double[] diary;
    private static Map<String, Double> ref;

    private static void load() throws Exception {
        if (ref != null) {
            return;
        }
        List<String> data = lines("/agreement/tst.data.csv");
        ecg = new double[data.size()];
        diary = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            String[] f = data.get(i).split(",");
            ecg[i] = Double.parseDouble(f[0]);
            diary[i] = Double.parseDouble(f[1]);
        }
        ref = new HashMap<>();
        for (String l : lines("/agreement/tst.reference.csv")) {
            String[] f = l.split(",");
            ref.put(f[0], Double.parseDouble(f[1]));
        }
    }

    private static List<String> lines(String res) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AgreementTest.class.getResourceAsStream(res), StandardCharsets.UTF_8))) {
            return r.lines().skip(1).filter(l -> !l.isBlank()).toList();
        }
    }

    private static void close(String key, double actual) {
        double e = ref.get(key);
        assertEquals(e, actual, 1e-9 * Math.abs(e) + 1e-14, key);
    }

    @Test
    void pearsonAndSpearmanMatchR() throws Exception {
        load();
        Correlation p = Correlation.pearson(ecg, diary);
        close("pearson_r", p.r());
        close("pearson_p", p.pValue());
        close("pearson_lo", p.ciLower());
        close("pearson_hi", p.ciUpper());
        Correlation s = Correlation.spearman(ecg, diary);
        close("spearman_rho", s.r());
        close("spearman_p", s.pValue());
    }

    @Test
    void blandAltmanMatchesR() throws Exception {
        load();
        BlandAltman ba = BlandAltman.of(ecg, diary);
        close("bias", ba.bias());
        close("sd", ba.sdDifference());
        assertEquals(ba.bias() - 1.96 * ba.sdDifference(), ba.lowerLimit(), 1e-12);
        assertTrue(ba.biasCiLower() < ba.bias() && ba.bias() < ba.biasCiUpper());
    }

    @Test
    void icc21MatchesRAnova() throws Exception {
        load();
        IntraclassCorrelation icc = IntraclassCorrelation.icc21(ecg, diary);
        close("icc21", icc.icc());
        assertTrue(icc.ciLower() < icc.icc() && icc.icc() < icc.ciUpper(), icc.toString());
    }

    @Test
    void iccIsOneForIdenticalAndLowForUnrelated() {
        double[] a = {1, 5, 3, 8, 2, 9, 4};
        assertEquals(1.0, IntraclassCorrelation.icc21(a, a.clone()).icc(), 1e-12);
        double[] b = {5, 1, 8, 3, 9, 2, 4};
        assertTrue(IntraclassCorrelation.icc21(a, b).icc() < 0.2);
    }
}
