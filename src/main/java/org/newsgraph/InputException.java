package org.newsgraph;

/** An article or other input that cannot be used; the caller skips it and the batch goes on. */
public class InputException extends NewsgraphException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
