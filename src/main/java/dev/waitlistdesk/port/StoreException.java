package dev.waitlistdesk.port;

import java.util.Objects;

/** A failed call of a port, carrying the failure in the desk's own terms. */
public final class StoreException extends RuntimeException {

    private final transient Failure failure;

    public StoreException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public Failure failure() {
        return failure;
    }
}
