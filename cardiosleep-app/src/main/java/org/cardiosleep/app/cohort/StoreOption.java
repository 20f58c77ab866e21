package org.cardiosleep.app.cohort;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cardiosleep.cohort.store.CohortStore;

/** Opens an existing cohort store for reading commands (never creates an empty one by mistake). */
final class StoreOption {
    private StoreOption() {
    }

    static CohortStore openExisting(Path store) throws Exception {
        if (!Files.isRegularFile(store)) {
            throw new java.io.FileNotFoundException(store + ": cohort store not found (create it with 'cardiosleep cohort run')");
        }
        return CohortStore.open(store);
    }
}
