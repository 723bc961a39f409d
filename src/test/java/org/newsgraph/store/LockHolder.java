package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;

/** Run in a second JVM by the lock test: opens a store, says so, and holds it until its stdin closes. */
public final class LockHolder {
    public static final String READY = "store open";

    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            store.size();
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close our stdin
            }
        }
    }
}
