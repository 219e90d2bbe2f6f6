package dev.waitlistdesk.port;

import java.util.List;

/** A record's note and its clients with their names, as the desk shows them. */
public record RecordContent(String note, List<Client> clients) {

    public RecordContent {
        note = note == null ? "" : note;
        clients = List.copyOf(clients);
    }

    public RecordState state() {
        return RecordState.of(note, clients.stream().map(Client::id).toList());
    }
}
