package dev.waitlistdesk.portal.booking;

import static dev.waitlistdesk.portal.RestFailures.translated;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.Method;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.Paging;
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
 * only if it still holds what the desk loaded does a second batch write, reading the record just
 * before and after the write ({@link RecordWrite}): a colleague's write in between is merged at once.
 * Whether client.set replaces or appends (bitrix24-api.md §5.8) is a fact of the portal, kept in
 * {@link PortalFacts}; a record is never cleared because its read-back holds unknown clients.
 */
public final class BookingWaitlistStore implements WaitlistStore {

    private static final System.Logger LOG = System.getLogger(BookingWaitlistStore.class.getName());
    private static final Method GET = BookingCalls.WAITLIST_GET;
    private static final Method CLIENTS = BookingCalls.WAITLIST_CLIENT_LIST;
    private static final Method LIST = BookingCalls.WAITLIST_LIST;
    private static final Method TYPES = BookingCalls.CLIENTTYPE_LIST;
    private static final int PAGE = RestClient.PAGE_SIZE;

    private final RestClient client;
    private final RestWaitlistApi api;
    private final PortalFacts facts;
    private final CreatedDaysFile createdDays;
    /** How many records each list (whole or by dates) held when last read: where its newest end is. */
    private final Map<Optional<DateRange>, Integer> ends = new ConcurrentHashMap<>();

    /** A store that learns what the portal's client.set does anew each run. */
    public BookingWaitlistStore(RestClient client) {
        this(client, PortalFacts.inMemory(), null);
    }

    public BookingWaitlistStore(RestClient client, PortalFacts facts) {
        this(client, facts, null);
    }

    /** With {@code createdDays}, the creation days found are kept there (per portal) and not asked again. */
    public BookingWaitlistStore(RestClient client, PortalFacts facts, CreatedDaysFile createdDays) {
        this.client = client;
        this.api = new RestWaitlistApi(client);
        this.facts = facts;
        this.createdDays = createdDays;
    }

    /** Known days from the file; the rest derived in a few batches (see {@link CreatedDays}) and kept. */
    @Override
    public Map<Long, java.time.LocalDate> createdDays(java.util.Collection<Long> ids, java.time.LocalDate today) {
        Map<Long, java.time.LocalDate> days = new LinkedHashMap<>(createdDays == null ? Map.of() : createdDays.known(ids));
        List<Long> unknown = ids.stream().filter(id -> !days.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            Map<Long, java.time.LocalDate> found = translated(() -> new CreatedDays(client).of(unknown, today));
            if (createdDays != null) {
                createdDays.add(found);
            }
            days.putAll(found);
        }
        return days;
    }

    /**
     * waitlist.list pages with {@code start} (bitrix24-api.md §5.4): 50 pages go in one batch, so 2,500
     * records cost one request ({@link Paging.Offset} says where reading stops).
     */
    @Override
    public RecordList records(Optional<DateRange> createdWithin) {
        return translated(() -> {
            Paging.Offset pages = new Paging.Offset("page", LIST, filter(createdWithin),
                    result -> Answers.field(LIST, result, "waitList"), RecordList.LIMIT / PAGE);
            // the client types ride along in the first request, in place of one page
            List<BatchCommand> first = new ArrayList<>(pages.next(PAGE - 1));
            first.add(new BatchCommand("kinds", TYPES, Map.of()));
            BatchResult batch = client.batch(first, true);
            List<ClientId.Kind> kinds = kinds(batch);
            pages.read(batch);
            while (pages.more()) {
                pages.read(client.batch(pages.next(PAGE), true));
            }
            Map<Long, RecordHeader> records = new LinkedHashMap<>();
            for (JsonNode row : pages.rows()) {
                WaitlistRecord record = RestWaitlistApi.record(row);
                records.putIfAbsent(record.id(), new RecordHeader(record.id(), record.note()));
            }
            ends.put(createdWithin, records.size());
            return newestFirst(records.values(), pages.cut(), kinds);
        });
    }

    /** The kinds the portal listed; none when it could not say (the desk then offers both). */
    private List<ClientId.Kind> kinds(BatchResult batch) {
        try {
            List<ClientType> types = batch.result("kinds").map(RestWaitlistApi::clientTypes).orElse(List.of());
            facts.learned(types);
            return types.stream().map(BookingWaitlistStore::kind).flatMap(Optional::stream).distinct().toList();
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
                commands.add(Holder.WAITLIST.listClients("clients" + id, id));
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
                            Holder.WAITLIST.clients(clients.get())));
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
        return Answers.isGone(batch, key) ? Optional.empty()
                : Optional.of(batch.result(key).orElseThrow(() -> unreadable(GET)));
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
        return translated(() -> readBack(client.batch(readCommands(id, ""), true)));
    }

    @Override
    public SaveOutcome save(long id, RecordState base, RecordState desired) {
        return translated(() -> {
            RecordState now = read(id);
            if (now.clients().isEmpty() && !base.clients().isEmpty()) {
                now = read(id); // maybe read between a colleague's clear and set (a portal whose set appends)
            }
            if (now.equals(desired)) {
                return new SaveOutcome.Saved(now); // nothing to write: e.g. a save sent again after a cancel
            }
            if (!now.equals(base)) {
                return new SaveOutcome.Conflict(now);
            }
            return new RecordWrite(client, facts, id).run(now, desired);
        });
    }

    @Override
    public long create(RecordState state, List<Long> dealIds) {
        return translated(() -> {
            long id = api.add(state.note());
            if (!state.clients().isEmpty()) {
                api.setClients(id, refs(state.clients()));
            }
            if (!dealIds.isEmpty()) { // a new record links nothing yet: one set, no unset first
                api.setExternalData(id, dealIds.stream().map(ExternalLink::deal).toList());
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

    /** get and client.list of one record, their keys prefixed (a write batch reads before and after). */
    static List<BatchCommand> readCommands(long id, String prefix) {
        return List.of(new BatchCommand(prefix + "get", GET, Map.of("id", id)),
                Holder.WAITLIST.listClients(prefix + "clients", id));
    }

    /** The record as the batch's get and client.list read it; a failed command (1040...) is thrown. */
    static RecordState readBack(BatchResult batch) {
        batch.throwFirstError();
        return state(batch, "");
    }

    static RecordState state(BatchResult batch, String prefix) {
        JsonNode record = batch.result(prefix + "get").orElseThrow(() -> unreadable(GET));
        JsonNode clients = batch.result(prefix + "clients").orElseThrow(() -> unreadable(CLIENTS));
        return state(RestWaitlistApi.record(Answers.field(GET, record, "waitList")).note(),
                Holder.WAITLIST.clients(clients));
    }

    private static RestException unreadable(Method method) {
        return new RestException(RestException.Kind.UNREADABLE_RESPONSE, method.name(), 200, "",
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

    static List<ClientRef> refs(Set<ClientId> ids) {
        return ids.stream().map(id -> id.kind() == ClientId.Kind.COMPANY
                ? ClientRef.company(id.id()) : ClientRef.contact(id.id())).toList();
    }
}
