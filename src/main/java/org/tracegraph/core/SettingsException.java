package org.tracegraph.core;

/** A setting or start-up condition the user must fix; its message is shown to them as it is. */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
