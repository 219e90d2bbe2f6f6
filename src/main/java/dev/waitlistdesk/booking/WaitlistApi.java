package dev.waitlistdesk.booking;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The booking.v1.waitlist.* calls the desk uses. Every method blocks on the network: call it from a
 * background task, never on the FX thread. Failures are {@link dev.waitlistdesk.bitrix.RestException}.
 */
public interface WaitlistApi {

    List<WaitlistRecord> list(Optional<CreatedWithin> createdWithin);

    WaitlistRecord get(long id);

    /** booking.v1.waitlist.add; returns the new record's id. */
    long add(String note);

    void updateNote(long id, String note);

    void delete(long id);

    List<ClientRef> clients(long waitListId);

    /** client.list for many records in as few HTTP requests as batch allows (50 per request). */
    Map<Long, List<ClientRef>> clientsOf(Collection<Long> waitListIds);

    /** client.set with the complete list the record should have. */
    void setClients(long waitListId, List<ClientRef> clients);

    /** client.unset: removes all clients of the record. */
    void unsetClients(long waitListId);

    /** booking.v1.clienttype.list, with CONTACT and COMPANY always present. */
    List<ClientType> clientTypes();
}
