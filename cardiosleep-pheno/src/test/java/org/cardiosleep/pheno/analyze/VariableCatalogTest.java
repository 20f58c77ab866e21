package org.cardiosleep.pheno.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VariableCatalogTest {

    private static Path doc() {
        String root = System.getProperty("cardiosleep.root", "..");
        return Path.of(root).resolve("docs/VARIABLES.md");
    }

    @Test
    void namesAreUniqueCamelCaseAndDocumented() {
        Set<String> seen = new HashSet<>();
        for (VariableCatalog.Variable v : VariableCatalog.all()) {
            assertTrue(seen.add(v.name()), v.name());
            assertTrue(v.name().matches("[a-z][A-Za-z0-9]*"), v.name());
            assertTrue(!v.unit().isEmpty() && !v.label().isEmpty() && v.definition().endsWith("."), v.name());
        }
    }

    /** docs/VARIABLES.md is generated from the catalog; regenerate with -Dcardiosleep.writeDocs=true. */
    @Test
    void documentationIsUpToDate() throws Exception {
        Path doc = doc();
        if (Boolean.getBoolean("cardiosleep.writeDocs")) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, VariableCatalog.markdown());
        }
        assertEquals(VariableCatalog.markdown(), Files.readString(doc),
                "docs/VARIABLES.md is stale: run mvn -pl cardiosleep-pheno test -Dtest=VariableCatalogTest -Dcardiosleep.writeDocs=true");
    }
}
