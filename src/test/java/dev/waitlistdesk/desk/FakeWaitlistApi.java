package dev.waitlistdesk.desk;

import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.booking.ClientRef;
import dev.waitlistdesk.booking.ClientType;
import dev.waitlistdesk.booking.CreatedWithin;
import dev.waitlistdesk.booking.WaitlistApi;
import dev.waitlistdesk.booking.WaitlistRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An in-memory waitlist for view-model tests; can append on client.set and fail on demand. */
final class FakeWaitlistApi implements WaitlistApi {

    final TreeMap<Long, WaitlistRecord> records = new TreeMap<>();
    final Map<Long, List<ClientRef>> clients = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    /** When true, client.set adds to what the record has, as a portal that appends would. */
    boolean setAppends;
    /** Thrown by the next call, then cleared. */
    RestException failNext;
    private long nextId = 100;

    long put(String note, ClientRef... refs) {
        long id = nextId++;
        records.put(id, new WaitlistRecord(id, note));
        clients.put(id, new ArrayList<>(List.of(refs)));
        return id;
    }

    private void call(String name) {
        calls.add(name);
        if (failNext != null) {
            RestException failure = failNext;
            failNext = null;
            throw failure;
        }
    }

    private void exists(long id, String method) {
        if (!records.containsKey(id)) {
            throw new RestException(RestException.Kind.NOT_FOUND, method, 400, "1040", "Wait list not found");
        }
    }

    @Override
    public List<WaitlistRecord> list(Optional<CreatedWithin> createdWithin) {
        call("list");
        return List.copyOf(records.values());
    }

    @Override
    public WaitlistRecord get(long id) {
        call("get");
        exists(id, "booking.v1.waitlist.get");
        return records.get(id);
    }

    @Override
    public long add(String note) {
        call("add");
        return put(note);
    }

    @Override
    public void updateNote(long id, String note) {
        call("updateNote");
        exists(id, "booking.v1.waitlist.update");
        records.put(id, new WaitlistRecord(id, note));
    }

    @Override
    public void delete(long id) {
        call("delete");
        if (records.remove(id) == null) {
            throw new RestException(RestException.Kind.NOT_FOUND, "booking.v1.waitlist.delete", 400, "1036",
                    "wait list item not found");
        }
        clients.remove(id);
    }

    @Override
    public List<ClientRef> clients(long waitListId) {
        call("clients");
        exists(waitListId, "booking.v1.waitlist.client.list");
        return List.copyOf(clients.get(waitListId));
    }

    @Override
    public Map<Long, List<ClientRef>> clientsOf(Collection<Long> waitListIds) {
        call("clientsOf");
        Map<Long, List<ClientRef>> result = new LinkedHashMap<>();
        waitListIds.forEach(id -> result.put(id, List.copyOf(clients.getOrDefault(id, List.of()))));
        return result;
    }

    @Override
    public void setClients(long waitListId, List<ClientRef> refs) {
        call("setClients");
        exists(waitListId, "booking.v1.waitlist.client.set");
        LinkedHashSet<ClientRef> next = new LinkedHashSet<>(setAppends ? clients.get(waitListId) : List.of());
        next.addAll(refs);
        clients.put(waitListId, new ArrayList<>(next));
    }

    @Override
    public void unsetClients(long waitListId) {
        call("unsetClients");
        exists(waitListId, "booking.v1.waitlist.client.unset");
        clients.put(waitListId, new ArrayList<>());
    }

    @Override
    public List<ClientType> clientTypes() {
        return List.of(ClientType.CONTACT, ClientType.COMPANY);
    }
}
