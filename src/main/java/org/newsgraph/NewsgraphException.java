package org.newsgraph;

/** Root of every unchecked exception newsgraph throws; the message names what failed and where. */
public class NewsgraphException extends RuntimeException {
    public NewsgraphException(String message) {
        super(message);
    }

    public NewsgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
