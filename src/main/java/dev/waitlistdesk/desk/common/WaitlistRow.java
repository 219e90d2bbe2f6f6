package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.RecordContent;

import java.util.List;
import java.util.stream.Collectors;

/** One line of the waitlist: the record, its clients with their names, and whether the portal lost it. */
public record WaitlistRow(long id, RecordContent content, boolean gone) {

    public String note() {
        return content.note();
    }

    public List<Client> clients() {
        return content.clients();
    }

    public String clientNames() {
        return content.clients().stream().map(Client::name).collect(Collectors.joining(", "));
    }

    /** The quick filter: id, note, a client's name or phone contain the text, ignoring case. */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase();
        return String.valueOf(id).contains(needle)
                || note().toLowerCase().contains(needle)
                || clients().stream().anyMatch(c -> c.name().toLowerCase().contains(needle)
                        || (!c.phone().isEmpty() && c.phone().contains(needle)));
    }
}
