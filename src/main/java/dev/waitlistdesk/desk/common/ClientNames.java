package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientDirectory;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordContent;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.StoreException;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Names for client ids: those seen in lists, picks and searches are remembered; others are asked
 * of the CRM in the background. A client the CRM cannot name is shown by its number.
 */
public final class ClientNames {

    private final ClientDirectory directory;
    private final Texts texts;
    private final Map<ClientId, Client> known = new ConcurrentHashMap<>();

    public ClientNames(ClientDirectory directory, Texts texts) {
        this.directory = directory;
        this.texts = texts;
    }

    void remember(Collection<Client> clients) {
        clients.forEach(c -> known.put(c.id(), c));
    }

    /** Asks the CRM for the names not known yet; blocking, so call it in the background. */
    public void resolve(Collection<ClientId> ids) {
        List<ClientId> unknown = ids.stream().filter(id -> !known.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            known.putAll(directory.names(unknown));
        }
    }

    /** The state with names, asking the CRM for unknown ones; blocking. A failed lookup shows numbers. */
    public RecordContent name(RecordState state, List<RecordContent> seen) {
        seen.forEach(content -> remember(content.clients()));
        try {
            resolve(state.clients());
        } catch (StoreException e) {
            // The save went through or the conflict is real; names are a nicety.
        }
        return nameKnown(state, seen);
    }

    /** The state with the names known now; does not block. */
    public RecordContent nameKnown(RecordState state, List<RecordContent> seen) {
        seen.forEach(content -> remember(content.clients()));
        // Clients keep the order the receptionist saw them in; new ones follow, by name.
        Map<ClientId, Integer> order = new HashMap<>();
        seen.forEach(content -> content.clients().forEach(c -> order.putIfAbsent(c.id(), order.size())));
        return new RecordContent(state.note(), state.clients().stream().map(this::client)
                .sorted(Comparator.comparing((Client c) -> order.getOrDefault(c.id(), Integer.MAX_VALUE))
                        .thenComparing(Client::name))
                .toList());
    }

    List<Client> clients(Collection<ClientId> ids) {
        return ids.stream().map(this::client).toList();
    }

    Client client(ClientId id) {
        Client client = known.get(id);
        return client != null ? client : new Client(id, texts.get("client.unnamed", id.id()), "", "");
    }

    /** "added Boris Ivanov; removed Anna Lange; changed the note to …", in the receptionist's words. */
    public String describe(RecordContent from, RecordContent to) {
        remember(from.clients());
        remember(to.clients());
        Changes changes = Changes.between(from.state(), to.state());
        if (changes.isEmpty()) {
            return texts.get("changes.none");
        }
        StringBuilder text = new StringBuilder();
        append(text, changes.added(), "changes.added");
        append(text, changes.removed(), "changes.removed");
        if (changes.noteChanged()) {
            text.append(text.length() == 0 ? "" : "; ").append(texts.get("changes.note", to.note()));
        }
        return text.toString();
    }

    private void append(StringBuilder text, Set<ClientId> ids, String key) {
        if (!ids.isEmpty()) {
            String names = ids.stream().map(this::client).map(Client::name).sorted().collect(Collectors.joining(", "));
            text.append(text.length() == 0 ? "" : "; ").append(texts.get(key, names));
        }
    }
}
