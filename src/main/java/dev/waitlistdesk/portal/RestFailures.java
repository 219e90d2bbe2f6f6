package dev.waitlistdesk.portal;

import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.Failure.Evidence;
import dev.waitlistdesk.port.StoreException;
import java.util.function.Supplier;

/**
 * The one translation of transport failures into the desk's terms, shared by the booking and the
 * CRM adapters (which may not know each other) and the composition root.
 */
public final class RestFailures {

    private RestFailures() {
    }

    /** Runs a call of the transport; its RestException leaves as the desk's StoreException. */
    public static <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (RestException e) {
            throw translate(e);
        }
    }

    public static StoreException translate(RestException e) {
        Evidence evidence = new Evidence(e.code(), e.description(), e.httpStatus());
        Failure failure = switch (e.reason()) {
            case UNTRUSTED_CERTIFICATE -> new Failure.Untrusted(evidence);
            case ANSWER_LOST -> new Failure.OutcomeUnknown(evidence);
            case TIMED_OUT -> new Failure.TimedOut(evidence);
            case UNKNOWN_HOST -> new Failure.UnknownHost(evidence);
            case REDIRECT_REFUSED -> new Failure.Moved(evidence);
            case ANSWER_TOO_LARGE -> new Failure.TooLarge(evidence);
            case PAGING_STUCK, NONE -> byKind(e.kind(), evidence);
        };
        return new StoreException(failure, e.getMessage(), e);
    }

    private static Failure byKind(RestException.Kind kind, Evidence evidence) {
        return switch (kind) {
            case NOT_FOUND -> new Failure.RecordGone(evidence);
            case INVALID_REQUEST -> new Failure.Refused(evidence);
            case AUTH -> new Failure.NotAllowed(evidence);
            case RATE_LIMITED -> new Failure.Busy(evidence);
            case NETWORK -> new Failure.Offline(evidence);
            case SERVER, UNREADABLE_RESPONSE -> new Failure.PortalTrouble(evidence);
        };
    }
}
