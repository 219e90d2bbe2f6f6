package dev.waitlistdesk.portal.booking;

import static dev.waitlistdesk.portal.RestFailures.translated;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.DateRange;
import dev.waitlistdesk.port.Glance;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.SaveOutcome;
import dev.waitlistdesk.port.RecordHeader;
import dev.waitlistdesk.port.RecordList;
import dev.waitlistdesk.port.WaitlistStore;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The desk's waitlist on Bitrix24. A save is read-compare-write: one batch reads the record, and
 * only if it still holds what the desk loaded does a second batch write and read it back, so the
 * window in which a colleague's change could be overwritten is one request long. The docs do not
 * say whether client.set replaces or appends (bitrix24-api.md §5.8): if the read-back shows a
 * client that was removed, a third batch clears and sets the list again.
 */
public final class BookingWaitlistStore implements WaitlistStore {

    private static final System.Logger LOG = System.getLogger(BookingWaitlistStore.class.getName());
    private static final String GET = "booking.v1.waitlist.get";
    private static final String CLIENTS = "booking.v1.waitlist.client.list";
    private static final String LIST = "booking.v1.waitlist.list";
    private static final String TYPES = "booking.v1.clienttype.list";
    private static final int PAGE = RestClient.PAGE_SIZE;
    private static final int PAGES_PER_REQUEST = RestClient.PAGE_SIZE; // commands per batch

    private final RestClient client;
    private final RestWaitlistApi api;
    /** How many records each list (whole or by dates) held when last read: where its newest end is. */
    private final Map<Optional<DateRange>, Integer> ends = new ConcurrentHashMap<>();

    public BookingWaitlistStore(RestClient client) {
        this.client = client;
        this.api = new RestWaitlistApi(client);
    }

    /**
     * waitlist.list answers 50 records at a time and pages with {@code start} (bitrix24-api.md §5.4):
     * 50 pages go in one batch, so 2,500 records cost one request; reading stops at a short page, at
     * a page with no new id (a portal that ignores {@code start} sends the first page again), or, where
     * the portal tells the list's {@code total} (Bitrix24's list methods do; these docs show none), at
     * the page that reaches it: then exactly 2,500 records need no second request for an empty page.
     */
    @Override
    public RecordList records(Optional<DateRange> createdWithin) {
        return translated(() -> {
            Map<String, Object> filter = filter(createdWithin);
            Map<Long, RecordHeader> records = new LinkedHashMap<>();
            List<ClientId.Kind> kinds = List.of();
            int page = 0;
            while (page < RecordList.LIMIT / PAGE) {
                // the client types ride along in the first request, in place of one page
                boolean first = page == 0;
                List<BatchCommand> pages = new ArrayList<>();
                for (int i = page; i < page + PAGES_PER_REQUEST - (first ? 1 : 0); i++) {
                    Map<String, Object> params = new LinkedHashMap<>(filter);
                    params.put("start", i * PAGE);
                    pages.add(new BatchCommand("page" + i, LIST, params));
                }
                List<BatchCommand> commands = new ArrayList<>(pages);
                if (first) {
                    commands.add(new BatchCommand("kinds", TYPES, Map.of()));
                }
                BatchResult batch = client.batch(commands, true);
                if (first) {
                    kinds = kinds(batch);
                }
                for (BatchCommand command : pages) {
                    String key = command.key();
                    int before = records.size();
                    JsonNode rows = Answers.field(LIST, batch.result(key).orElseThrow(
                            () -> unreadable(LIST)), "waitList");
                    for (JsonNode row : rows) {
                        WaitlistRecord record = RestWaitlistApi.record(row);
                        records.putIfAbsent(record.id(), new RecordHeader(record.id(), record.note()));
                    }
                    page++;
                    int end = page * PAGE; // records up to the end of this page
                    boolean allCounted = batch.total(key).filter(total -> total > 0 && end >= total).isPresent();
                    if (rows.size() < PAGE || records.size() == before || allCounted) {
                        ends.put(createdWithin, records.size());
                        return newestFirst(records.values(), false, kinds);
                    }
                }
            }
            ends.put(createdWithin, records.size());
            return newestFirst(records.values(), true, kinds);
        });
    }

    /** The kinds the portal listed; none when it could not say (the desk then offers both). */
    private static List<ClientId.Kind> kinds(BatchResult batch) {
        try {
            return batch.result("kinds").map(result -> RestWaitlistApi.clientTypes(result).stream()
                    .map(BookingWaitlistStore::kind).flatMap(Optional::stream).distinct().toList()).orElse(List.of());
        } catch (RestException e) {
            LOG.log(Level.WARNING, "The client types could not be read: {0}", e.code());
            return List.of();
        }
    }

    private static Map<String, Object> filter(Optional<DateRange> createdWithin) {
        Map<String, Object> filter = new LinkedHashMap<>();
        createdWithin.ifPresent(r -> filter.put("filter", RestWaitlistApi.createdWithin(
                CreatedWithin.days(r.from(), r.to()))));
        return filter;
    }

    /**
     * One batch: list pages where new records appear (the docs give no order, so both ends: the first
     * page, and the last known page with the one after it) and get + client.list of each asked record.
     * A record whose get or client.list answers 1040 is gone; any other failed command fails the glance.
     */
    @Override
    public Glance glance(Optional<DateRange> createdWithin, Collection<Long> ids) {
        if (ids.size() > GLANCE_RECORDS) {
            throw new IllegalArgumentException("At most " + GLANCE_RECORDS + " records per glance, not " + ids.size());
        }
        return translated(() -> {
            int end = ends.getOrDefault(createdWithin, 0);
            Set<Integer> starts = new LinkedHashSet<>(List.of(0, Math.max(0, end - PAGE), end));
            List<BatchCommand> commands = new ArrayList<>();
            for (int start : starts) {
                Map<String, Object> params = new LinkedHashMap<>(filter(createdWithin));
                params.put("start", start);
                commands.add(new BatchCommand("page" + start, LIST, params));
            }
            for (long id : ids) {
                commands.add(new BatchCommand("get" + id, GET, Map.of("id", id)));
                commands.add(new BatchCommand("clients" + id, CLIENTS, Map.of("waitListId", id)));
            }
            BatchResult batch = client.batch(commands, false);
            Map<Long, RecordHeader> newest = new LinkedHashMap<>();
            int lastPage = Math.max(0, end - PAGE);
            int counted = end;
            for (int start : starts) {
                JsonNode rows = Answers.field(LIST, page(batch, "page" + start), "waitList");
                for (JsonNode row : rows) {
                    WaitlistRecord record = RestWaitlistApi.record(row);
                    newest.putIfAbsent(record.id(), new RecordHeader(record.id(), record.note()));
                }
                if (start == lastPage && rows.size() < PAGE) {
                    counted = start + rows.size(); // records before it were deleted: the end moved back
                } else if (start == end && start > lastPage && rows.size() > 0) {
                    counted = end + rows.size();
                }
            }
            ends.put(createdWithin, counted);
            Map<Long, RecordState> states = new LinkedHashMap<>();
            Set<Long> gone = new LinkedHashSet<>();
            for (long id : ids) {
                Optional<JsonNode> record = answer(batch, "get" + id);
                Optional<JsonNode> clients = answer(batch, "clients" + id);
                if (record.isEmpty() || clients.isEmpty()) {
                    gone.add(id);
                } else {
                    states.put(id, state(RestWaitlistApi.record(Answers.field(GET, record.get(), "waitList")).note(),
                            RestWaitlistApi.clientRefs(CLIENTS, clients.get())));
                }
            }
            return new Glance(newestFirst(newest.values(), false, List.of()).records(), states, gone);
        });
    }

    private static JsonNode page(BatchResult batch, String key) {
        return batch.result(key).orElseThrow(() -> unreadable(LIST));
    }

    /** The command's result; empty when it answered "not found"; any other failure is thrown. */
    private static Optional<JsonNode> answer(BatchResult batch, String key) {
        RestException failed = batch.errors().get(key);
        if (failed != null) {
            if (failed.kind() == RestException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw failed;
        }
        return Optional.of(batch.result(key).orElseThrow(() -> unreadable(GET)));
    }

    @Override
    public Map<Long, RecordState> clientsOf(List<RecordHeader> records) {
        return translated(() -> {
            Map<Long, List<ClientRef>> clients = api.clientsOf(records.stream().map(RecordHeader::id).toList());
            Map<Long, RecordState> states = new LinkedHashMap<>();
            records.stream().filter(r -> clients.containsKey(r.id())) // deleted between the requests
                    .forEach(r -> states.put(r.id(), state(r.note(), clients.get(r.id()))));
            return states;
        });
    }

    private static RecordList newestFirst(Collection<RecordHeader> records, boolean cut, List<ClientId.Kind> kinds) {
        return new RecordList(records.stream().sorted(Comparator.comparingLong(RecordHeader::id).reversed())
                .toList(), cut, kinds); // ids grow: newest first
    }

    @Override
    public RecordState read(long id) {
        return translated(() -> readBack(client.batch(readCommands(id), true)));
    }

    @Override
    public SaveOutcome save(long id, RecordState base, RecordState desired) {
        return translated(() -> {
            RecordState now = read(id);
            if (now.equals(desired)) {
                return new SaveOutcome.Saved(now); // nothing to write: e.g. a save sent again after a cancel
            }
            if (!now.equals(base)) {
                return new SaveOutcome.Conflict(now);
            }
            List<BatchCommand> write = new ArrayList<>();
            if (!now.note().equals(desired.note())) {
                write.add(new BatchCommand("note", "booking.v1.waitlist.update",
                        Map.of("id", id, "fields", Map.of("note", desired.note()))));
            }
            boolean clientsChanged = !now.clients().equals(desired.clients());
            if (clientsChanged) {
                write.addAll(setClients(id, desired.clients()));
            }
            write.addAll(readCommands(id));
            RecordState held = readBack(client.batch(write, true));
            if (clientsChanged && !desired.clients().containsAll(held.clients())) {
                LOG.log(Level.INFO, "Record {0}: client.set kept clients that were removed; clearing and "
                        + "setting the chosen {1} again", id, desired.clients().size());
                List<BatchCommand> repair = new ArrayList<>();
                repair.add(new BatchCommand("clear", "booking.v1.waitlist.client.unset", Map.of("waitListId", id)));
                repair.addAll(setClients(id, desired.clients()));
                repair.addAll(readCommands(id));
                // Without halt the read-back runs even if the set fails: the desk then shows what the
                // record holds (maybe no clients) and keeps the picks as a draft, instead of guessing.
                BatchResult repaired = client.batch(repair, false);
                held = repaired.results().containsKey("get") && repaired.results().containsKey("clients")
                        ? state(repaired) : readBack(repaired);
            }
            return new SaveOutcome.Saved(held);
        });
    }

    @Override
    public long create(RecordState state) {
        return translated(() -> {
            long id = api.add(state.note());
            if (!state.clients().isEmpty()) {
                api.setClients(id, refs(state.clients()));
            }
            return id;
        });
    }

    @Override
    public void delete(long id) {
        translated(() -> {
            api.delete(id);
            return id;
        });
    }

    private static List<BatchCommand> readCommands(long id) {
        return List.of(new BatchCommand("get", GET, Map.of("id", id)),
                new BatchCommand("clients", CLIENTS, Map.of("waitListId", id)));
    }

    /** client.set needs at least one client; an empty list is client.unset. */
    private static List<BatchCommand> setClients(long id, Set<ClientId> clients) {
        return List.of(clients.isEmpty()
                ? new BatchCommand("set", "booking.v1.waitlist.client.unset", Map.of("waitListId", id))
                : new BatchCommand("set", "booking.v1.waitlist.client.set",
                        RestWaitlistApi.clientSetParams(id, refs(clients))));
    }

    /** The record as the batch's get and client.list read it; a failed command (1040...) is thrown. */
    private static RecordState readBack(BatchResult batch) {
        batch.throwFirstError();
        return state(batch);
    }

    private static RecordState state(BatchResult batch) {
        JsonNode record = batch.result("get").orElseThrow(() -> unreadable(GET));
        JsonNode clients = batch.result("clients").orElseThrow(() -> unreadable(CLIENTS));
        return state(RestWaitlistApi.record(Answers.field(GET, record, "waitList")).note(),
                RestWaitlistApi.clientRefs(CLIENTS, clients));
    }

    private static RestException unreadable(String method) {
        return new RestException(RestException.Kind.UNREADABLE_RESPONSE, method, 200, "",
                "The batch answer has no result for this command.");
    }

    private static RecordState state(String note, List<ClientRef> refs) {
        Set<ClientId> ids = new LinkedHashSet<>();
        refs.forEach(ref -> kind(ref.type()).ifPresent(kind -> ids.add(new ClientId(kind, ref.id()))));
        return new RecordState(note, ids);
    }

    /** Empty for client types other than CRM contacts and companies: the desk does not show them. */
    private static Optional<ClientId.Kind> kind(ClientType type) {
        if (ClientType.CONTACT.equals(type)) {
            return Optional.of(ClientId.Kind.CONTACT);
        }
        return ClientType.COMPANY.equals(type) ? Optional.of(ClientId.Kind.COMPANY) : Optional.empty();
    }

    private static List<ClientRef> refs(Set<ClientId> ids) {
        return ids.stream().map(id -> id.kind() == ClientId.Kind.COMPANY
                ? ClientRef.company(id.id()) : ClientRef.contact(id.id())).toList();
    }
}
