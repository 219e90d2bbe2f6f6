package dev.waitlistdesk.portal.booking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.Method;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The booking.v1.waitlist.* calls over a {@link RestClient}. */
public final class RestWaitlistApi {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final RestClient client;

    public RestWaitlistApi(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The createdWithin filter: dd.mm.yyyy, {@code to} exclusive, from first (bitrix24-api.md §5.4). */
    static Map<String, Object> createdWithin(CreatedWithin range) {
        Map<String, Object> days = new LinkedHashMap<>();
        days.put("from", DAY.format(range.from()));
        days.put("to", DAY.format(range.toExclusive()));
        return Map.of("createdWithin", days);
    }

    public long add(String note) {
        Method method = BookingCalls.WAITLIST_ADD;
        return Answers.id(method, client.call(method, Map.of("fields", Map.of("note", note == null ? "" : note))));
    }

    public void delete(long id) {
        client.call(BookingCalls.WAITLIST_DELETE, Map.of("id", id));
    }

    public List<ClientRef> clients(long waitListId) {
        Method method = BookingCalls.WAITLIST_CLIENT_LIST;
        return clientRefs(method, client.call(method, Map.of("waitListId", waitListId)));
    }

    /** Records that no longer exist (1040) are left out of the map; any other failure is thrown. */
    public Map<Long, List<ClientRef>> clientsOf(Collection<Long> waitListIds) {
        Method method = BookingCalls.WAITLIST_CLIENT_LIST;
        List<BatchCommand> commands = new ArrayList<>();
        for (long id : new LinkedHashSet<>(waitListIds)) {
            commands.add(new BatchCommand("cl_" + id, method, Map.of("waitListId", id)));
        }
        BatchResult batch = client.batch(commands);
        Map<Long, List<ClientRef>> clients = new LinkedHashMap<>();
        for (BatchCommand command : commands) {
            long id = ((Number) command.params().get("waitListId")).longValue();
            try {
                batch.result(command.key()).ifPresent(result -> clients.put(id, clientRefs(method, result)));
            } catch (RestException e) {
                if (e.kind() != RestException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        return clients;
    }

    public void setClients(long waitListId, List<ClientRef> clients) {
        client.call(BookingCalls.WAITLIST_CLIENT_SET, clientSetParams(waitListId, clients));
    }

    static Map<String, Object> clientSetParams(long waitListId, List<ClientRef> clients) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("waitListId", waitListId);
        params.put("clients", Wire.clients(clients));
        return params;
    }

    /** The types in a booking.v1.clienttype.list result: exactly what the portal lists. */
    static List<ClientType> clientTypes(JsonNode result) {
        Set<ClientType> types = new LinkedHashSet<>();
        for (JsonNode row : Answers.field(BookingCalls.CLIENTTYPE_LIST, result, "clientType")) {
            types.add(new ClientType(row.path("module").asText("crm"), row.path("code").asText()));
        }
        // Exactly what the portal lists: the desk offers only these (it falls back when there are none).
        return List.copyOf(types);
    }

    /** booking.v1.waitlist.externalData.list: the record's links (deals). */
    public List<ExternalLink> externalData(long waitListId) {
        Method method = BookingCalls.WAITLIST_EXTERNAL_DATA_LIST;
        return Wire.links(method, client.call(method, Map.of("waitListId", waitListId)));
    }

    /** The ids of the deals the record links to (links of other kinds are skipped). */
    public List<Long> dealIds(long waitListId) {
        return ExternalLink.dealIds(externalData(waitListId));
    }

    /**
     * Makes the record link exactly these deals and returns what the portal holds afterwards.
     * Whether externalData.set replaces or adds to the links is not documented, so it is unset
     * first (one batch, stopping at a failure): right under both readings. Not atomic: a failure
     * between the two leaves the record without links, which the read-back shows.
     */
    public List<Long> replaceDeals(long waitListId, Collection<Long> dealIds) {
        List<BatchCommand> commands = new ArrayList<>();
        commands.add(new BatchCommand("unset", BookingCalls.WAITLIST_EXTERNAL_DATA_UNSET, Map.of("waitListId", waitListId)));
        List<ExternalLink> links = new ArrayList<>();
        new LinkedHashSet<>(dealIds).forEach(id -> links.add(ExternalLink.deal(id)));
        if (!links.isEmpty()) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("waitListId", waitListId);
            params.put("externalData", Wire.links(links));
            commands.add(new BatchCommand("set", BookingCalls.WAITLIST_EXTERNAL_DATA_SET, params));
        }
        client.batch(commands, true).throwFirstError();
        return dealIds(waitListId);
    }

    /** booking.v1.booking.createfromwaitlist; returns the new booking's id. */
    public long createFromWaitlist(long waitListId, List<Long> resourceIds, DatePeriod period,
                                   String name, String description) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("resourceIds", List.copyOf(resourceIds));
        if (name != null && !name.isEmpty()) {
            fields.put("name", name);
        }
        if (description != null && !description.isEmpty()) {
            fields.put("description", description);
        }
        fields.put("datePeriod", period.toParams());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("waitListId", waitListId);
        params.put("fields", fields);
        Method method = BookingCalls.BOOKING_CREATEFROMWAITLIST;
        return Answers.id(method, client.call(method, params));
    }

    /** A record of the answer; one without a positive whole-number id makes the answer unreadable, never record 0. */
    static WaitlistRecord record(JsonNode row) {
        JsonNode id = row.path("id");
        long value = id.isIntegralNumber() ? id.asLong() : id.isTextual() && id.asText().matches("\\d{1,18}")
                ? Long.parseLong(id.asText()) : 0;
        if (value <= 0) {
            throw new RestException(RestException.Kind.UNREADABLE_RESPONSE, "booking.v1.waitlist", 200, "",
                    "A waitlist record in the answer has no usable id.");
        }
        JsonNode note = row.get("note");
        return new WaitlistRecord(value, note == null || note.isNull() ? null : note.asText());
    }

    static List<ClientRef> clientRefs(Method method, JsonNode result) {
        return Wire.clients(method, result, "waitListClient");
    }
}
