package org.cardiosleep.app;

/** Bad usage detected after parsing (conflicting options, ...): exit code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
