package dev.waitlistdesk.desk;

import dev.waitlistdesk.booking.ClientRef;
import dev.waitlistdesk.booking.WaitlistApi;
import java.lang.System.Logger.Level;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a record hold exactly the chosen clients. The docs do not say whether client.set replaces
 * or appends (bitrix24-api.md §5.8), so the list is read back; if the server kept a client the
 * receptionist removed, the record is cleared and set again. Blocking: call it in the background.
 */
public final class ClientListWriter {

    private static final System.Logger LOG = System.getLogger(ClientListWriter.class.getName());

    /** What the record holds after the write, and whether it took the clear-and-set repair. */
    public record Outcome(List<ClientRef> held, boolean repaired) {
    }

    private final WaitlistApi api;

    public ClientListWriter(WaitlistApi api) {
        this.api = api;
    }

    public Outcome write(long recordId, List<ClientRef> desired) {
        set(recordId, desired);
        List<ClientRef> held = api.clients(recordId);
        if (!hasExtras(held, desired)) {
            return new Outcome(held, false);
        }
        LOG.log(Level.INFO, "Record {0}: client.set kept {1} client(s) that were removed; clearing and setting "
                + "the chosen {2} again", recordId, held.size() - countKept(held, desired), desired.size());
        api.unsetClients(recordId);
        set(recordId, desired);
        return new Outcome(api.clients(recordId), true);
    }

    private void set(long recordId, List<ClientRef> desired) {
        if (desired.isEmpty()) {
            api.unsetClients(recordId); // client.set requires at least one client
        } else {
            api.setClients(recordId, desired);
        }
    }

    private static boolean hasExtras(List<ClientRef> held, List<ClientRef> desired) {
        return !new HashSet<>(desired).containsAll(held);
    }

    private static long countKept(List<ClientRef> held, List<ClientRef> desired) {
        Set<ClientRef> wanted = new HashSet<>(desired);
        return held.stream().filter(wanted::contains).count();
    }
}
