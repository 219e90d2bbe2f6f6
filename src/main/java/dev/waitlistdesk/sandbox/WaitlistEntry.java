package dev.waitlistdesk.sandbox;

import java.util.List;

/**
 * A waitlist record. The API shows only id and note; the creation time (unix seconds) feeds the
 * createdWithin filter, and clients and links are the record's sub-resources.
 */
public record WaitlistEntry(long id, String note, long createdAt, List<Client> clients,
                            List<ExternalLink> externalData) {

    public WaitlistEntry {
        clients = List.copyOf(clients == null ? List.of() : clients);
        externalData = List.copyOf(externalData == null ? List.of() : externalData);
    }

    WaitlistEntry withNote(String newNote) {
        return new WaitlistEntry(id, newNote, createdAt, clients, externalData);
    }

    WaitlistEntry withClients(List<Client> newClients) {
        return new WaitlistEntry(id, note, createdAt, newClients, externalData);
    }

    WaitlistEntry withExternalData(List<ExternalLink> links) {
        return new WaitlistEntry(id, note, createdAt, clients, links);
    }
}
