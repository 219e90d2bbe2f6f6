package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.bitrix.RestException;
import java.util.Objects;

/** createfromwaitlist refused with 1038; {@link #refusal()} says which of its meanings it was. */
public final class BookingRefusedException extends RuntimeException {

    private final transient BookingRefusal refusal;

    public BookingRefusedException(BookingRefusal refusal, RestException cause) {
        super("The booking was refused: " + refusal.reason(), cause);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public BookingRefusal refusal() {
        return refusal;
    }

    /** The portal's own error (code 1038). */
    public RestException restException() {
        return (RestException) getCause();
    }
}
