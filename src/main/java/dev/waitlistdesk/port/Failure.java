package dev.waitlistdesk.port;

/** Why a call to the portal failed, in the terms the desk decides on. */
public sealed interface Failure {

    /** What the portal said, for the small print: its code, its text, the HTTP status (0 without an answer). */
    record Evidence(String code, String description, int httpStatus) {

        public static final Evidence NONE = new Evidence("", "", 0);

        public Evidence {
            code = code == null ? "" : code;
            description = description == null ? "" : description;
        }
    }

    Evidence evidence();

    /** The record no longer exists (1040 and its siblings). */
    record RecordGone(Evidence evidence) implements Failure {
    }

    /** The portal refused the content of the request. */
    record Refused(Evidence evidence) implements Failure {
    }

    /** The webhook or token is wrong, expired or lacks a scope. */
    record NotAllowed(Evidence evidence) implements Failure {
    }

    /** The portal's rate limit; the transport has already waited and retried. */
    record Busy(Evidence evidence) implements Failure {
    }

    /** The portal's address names no host that can be found: a typo in it, or no name service. */
    record UnknownHost(Evidence evidence) implements Failure {
    }

    /** No answer: no network, the portal is down, or it did not answer in time. */
    record Offline(Evidence evidence) implements Failure {
    }

    /** The portal's certificate is not trusted: not a network problem, and not retried. */
    record Untrusted(Evidence evidence) implements Failure {
    }

    /** The portal did not answer within the time one action may take (about 30 s, retries included). */
    record TimedOut(Evidence evidence) implements Failure {
    }

    /** The portal sent the request on to another address; the desk does not send credentials there. */
    record Moved(Evidence evidence) implements Failure {
    }

    /** The answer to a write was lost after it was sent: the portal may have done it. */
    record OutcomeUnknown(Evidence evidence) implements Failure {
    }

    /** The portal failed (5xx) or answered something unreadable. */
    record PortalTrouble(Evidence evidence) implements Failure {
    }

    /** An answer larger than any the desk asks for: not read; retrying cannot help. */
    record TooLarge(Evidence evidence) implements Failure {
    }

    /** A bug or a local problem; logged where it was caught. */
    record Unexpected(Evidence evidence) implements Failure {
    }
}
