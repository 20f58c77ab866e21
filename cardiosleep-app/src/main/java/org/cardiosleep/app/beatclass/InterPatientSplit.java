package org.cardiosleep.app.beatclass;

import java.util.List;

/**
 * The inter-patient split of MIT-BIH Arrhythmia (de Chazal, O'Dwyer, Reilly 2004, IEEE TBME 51(7)):
 * DS1 for training, DS2 for testing, the four paced records (102, 104, 107, 217) in neither.
 */
final class InterPatientSplit {
    static final List<String> DS1 = List.of("101", "106", "108", "109", "112", "114", "115", "116", "118", "119",
            "122", "124", "201", "203", "205", "207", "208", "209", "215", "220", "223", "230");
    static final List<String> DS2 = List.of("100", "103", "105", "111", "113", "117", "121", "123", "200", "202",
            "210", "212", "213", "214", "219", "221", "222", "228", "231", "232", "233", "234");
    static final List<String> PACED = List.of("102", "104", "107", "217");

    private InterPatientSplit() {
    }
}
