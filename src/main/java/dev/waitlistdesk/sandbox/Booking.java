package dev.waitlistdesk.sandbox;

import java.util.List;

/** A booking of resources for a period (unix seconds), made from or turned into a waitlist record. */
public record Booking(long id, String name, String description, List<Long> resourceIds,
                      long from, long to, String timezone, List<Client> clients) {

    public Booking {
        resourceIds = List.copyOf(resourceIds == null ? List.of() : resourceIds);
        clients = List.copyOf(clients == null ? List.of() : clients);
    }
}
