package dev.waitlistdesk.port;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory CRM for view-model tests; it counts searches and lookups. */
public final class FakeDirectory implements ClientDirectory {

    public final Map<ClientId, Client> clients = new LinkedHashMap<>();
    public final List<String> searches = new ArrayList<>();
    public int lookups;
    /** Thrown by the next search, then cleared. */
    public Failure failNext;
    private long nextId = 500;

    public Client contact(long id, String name, String phone) {
        Client client = new Client(ClientId.contact(id), name, phone, "");
        clients.put(client.id(), client);
        return client;
    }

    public Client company(long id, String name) {
        Client client = new Client(ClientId.company(id), name, "", "");
        clients.put(client.id(), client);
        return client;
    }

    @Override
    public List<Client> search(String text, int limit) {
        searches.add(text);
        if (failNext != null) {
            Failure failure = failNext;
            failNext = null;
            throw new StoreException(failure, "search failed", null);
        }
        String needle = text.toLowerCase();
        return clients.values().stream()
                .filter(c -> c.name().toLowerCase().contains(needle) || c.phone().contains(text))
                .limit(limit).toList();
    }

    @Override
    public Map<ClientId, Client> names(Collection<ClientId> ids) {
        lookups++;
        Map<ClientId, Client> found = new LinkedHashMap<>();
        ids.stream().filter(clients::containsKey).forEach(id -> found.put(id, clients.get(id)));
        return found;
    }

    @Override
    public List<Client> contactsWith(String phone, String email) {
        String digits = phone.replaceAll("\\D", "");
        return clients.values().stream().filter(c -> c.id().kind() == ClientId.Kind.CONTACT)
                .filter(c -> !digits.isEmpty() && c.phone().replaceAll("\\D", "").equals(digits)
                        || !email.isBlank() && c.email().equalsIgnoreCase(email.strip()))
                .toList();
    }

    @Override
    public Client addContact(NewContact contact) {
        return contact(nextId++, (contact.name() + " " + contact.lastName()).strip(), contact.phone());
    }
}
