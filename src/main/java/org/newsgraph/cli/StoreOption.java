package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.InputException;
import picocli.CommandLine.Option;

/** {@code --db DIR}, shared by every command that touches the store. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path db;

    /** The store directory, which must exist already: reading commands never create an empty store. */
    Path existing() {
        if (!Files.isDirectory(db)) {
            throw new InputException("no store at " + db + " (run `newsgraph ingest` first, or give --db DIR)");
        }
        return db;
    }
}
