package org.newsgraph.cli;

/** Exit codes scripts can trust. */
final class ExitCodes {
    /** Everything asked for was done. */
    static final int OK = 0;
    /** Nothing could be done: a bad option value, a missing store, a failed server. */
    static final int FAILED = 1;
    /** The command line itself was wrong (picocli's own code). */
    static final int USAGE = 2;
    /** Done in part: some inputs were skipped, each reported on its own line. */
    static final int PARTIAL = 3;

    private ExitCodes() {
    }
}
