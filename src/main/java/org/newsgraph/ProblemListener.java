package org.newsgraph;

/**
 * Receives problems with single inputs (a bad article, a broken line) so that a batch can go on.
 * The CLI prints one line per problem; tests collect them.
 */
@FunctionalInterface
public interface ProblemListener {
    /**
     * @param where the file (and line, where there is one) the problem is about
     * @param message what is wrong, one line
     */
    void problem(String where, String message);

    /** A listener that throws the problem as an {@link InputException}. */
    ProblemListener STRICT = (where, message) -> {
        throw new InputException(where + ": " + message);
    };
}
