package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's files (queries/, fuseki-config.ttl, examples/) first in the working directory, then in the
 * installation directory that the {@code newsgraph} script passes as {@code NEWSGRAPH_HOME}.
 */
final class Home {
    private Home() {
    }

    static Path resolve(String relative) {
        Path here = Path.of(relative);
        if (Files.exists(here) || here.isAbsolute()) return here;
        String home = System.getenv("NEWSGRAPH_HOME");
        if (home != null) {
            Path there = Path.of(home).resolve(relative);
            if (Files.exists(there)) return there;
        }
        return here;
    }
}
