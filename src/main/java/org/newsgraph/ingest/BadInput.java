package org.newsgraph.ingest;

import org.newsgraph.InputException;

/**
 * A problem found inside this package, before the caller's {@link org.newsgraph.ProblemListener} has seen it. Kept
 * apart from {@link InputException} so that an exception thrown by a strict listener passes through unchanged.
 */
final class BadInput extends InputException {
    BadInput(String message) {
        super(message);
    }

    BadInput(String message, Throwable cause) {
        super(message, cause);
    }
}
