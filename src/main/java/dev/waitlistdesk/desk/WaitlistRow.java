package dev.waitlistdesk.desk;

import dev.waitlistdesk.booking.WaitlistRecord;
import dev.waitlistdesk.crm.CrmParty;
import java.util.List;
import java.util.stream.Collectors;

/** One line of the waitlist: the record and its clients with their names. */
public record WaitlistRow(WaitlistRecord record, List<CrmParty> clients) {

    public WaitlistRow {
        clients = List.copyOf(clients);
    }

    public long id() {
        return record.id();
    }

    public String note() {
        return record.note();
    }

    public String clientNames() {
        return clients.stream().map(CrmParty::name).collect(Collectors.joining(", "));
    }

    /** The quick filter: id, note, a client's name or phone contain the text, ignoring case. */
    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase();
        return String.valueOf(id()).contains(needle)
                || note().toLowerCase().contains(needle)
                || clients.stream().anyMatch(c -> c.name().toLowerCase().contains(needle)
                        || (!c.phone().isEmpty() && c.phone().contains(needle)));
    }
}
