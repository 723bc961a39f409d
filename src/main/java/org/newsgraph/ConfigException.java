package org.newsgraph;

/** A configuration file, option or resource that is missing or wrong; nothing can run until it is fixed. */
public class ConfigException extends NewsgraphException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
