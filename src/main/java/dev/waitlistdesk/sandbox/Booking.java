package dev.waitlistdesk.sandbox;

import java.util.List;

/**
 * A booking of resources for a period (unix seconds), made from or turned into a waitlist record,
 * with its clients and deal links (booking.v1.booking.client.* / externalData.*).
 */
public record Booking(long id, String name, String description, List<Long> resourceIds,
                      long from, long to, String timezone, List<Client> clients, List<ExternalLink> externalData) {

    public Booking {
        resourceIds = List.copyOf(resourceIds == null ? List.of() : resourceIds);
        clients = List.copyOf(clients == null ? List.of() : clients);
        externalData = List.copyOf(externalData == null ? List.of() : externalData);
    }

    boolean overlaps(long start, long end) {
        return from < end && start < to;
    }

    Booking withClients(List<Client> newClients) {
        return new Booking(id, name, description, resourceIds, from, to, timezone, newClients, externalData);
    }

    Booking withExternalData(List<ExternalLink> links) {
        return new Booking(id, name, description, resourceIds, from, to, timezone, clients, links);
    }
}
