package org.newsgraph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Holds a store open in a second JVM, for the lock tests: {@code main} opens the store, says so, and holds it until its
 * stdin closes; {@link #hold} starts that JVM and waits until the store is open.
 */
public final class LockHolder implements AutoCloseable {
    public static final String READY = "store open";

    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    /** Starts a JVM that opens {@code dir} and returns once it holds the store. */
    public static LockHolder hold(Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        LockHolder holder = new LockHolder(p);
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = lines.readLine();
        } while (line != null && !line.equals(READY));
        if (line == null) {
            holder.close();
            throw new IllegalStateException("the other process could not open the store " + dir);
        }
        return holder;
    }

    /** Lets the other JVM close the store and end. */
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
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
