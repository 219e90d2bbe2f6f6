package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.portal.booking.PortalFacts.ClientSet;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds out on a scratch record, which nobody else writes, whether client.set replaces or appends:
 * two clients set, then one, read back, record deleted. A read-back of a shared record cannot prove
 * it, since a colleague may write in between. Done once per portal; the answer is kept.
 */
final class ClientSetProbe {

    static final String NOTE = "Waitlist Desk: scratch record to learn how this portal sets clients; safe to delete";
    private static final System.Logger LOG = System.getLogger(ClientSetProbe.class.getName());

    private ClientSetProbe() {
    }

    /** Empty when the portal refused a step or answered neither way; then nothing is kept. */
    static Optional<ClientSet> run(RestWaitlistApi api, ClientRef first, ClientRef second) {
        long id;
        try {
            id = api.add(NOTE);
        } catch (RestException e) {
            LOG.log(Level.WARNING, "Could not create a scratch record to learn how client.set works: {0}", e.getMessage());
            return Optional.empty();
        }
        Optional<ClientSet> mode = Optional.empty();
        try {
            api.setClients(id, List.of(first, second));
            api.setClients(id, List.of(second));
            Set<ClientRef> held = Set.copyOf(api.clients(id));
            mode = held.equals(Set.of(second)) ? Optional.of(ClientSet.REPLACES)
                    : held.equals(Set.of(first, second)) ? Optional.of(ClientSet.APPENDS) : Optional.empty();
        } catch (RestException e) {
            LOG.log(Level.WARNING, "Could not learn how client.set works: {0}", e.getMessage());
        } finally {
            try {
                api.delete(id);
            } catch (RestException e) {
                LOG.log(Level.WARNING, "Scratch record {0} could not be deleted; delete it by hand: {1}",
                        String.valueOf(id), e.getMessage());
            }
        }
        return mode;
    }
}
