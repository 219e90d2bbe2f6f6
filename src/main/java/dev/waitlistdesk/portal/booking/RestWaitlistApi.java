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
        return Holder.WAITLIST.clients(call(Holder.WAITLIST.listClients("clients", waitListId)));
    }

    /** Records that no longer exist (1040) are left out of the map; any other failure is thrown. */
    public Map<Long, List<ClientRef>> clientsOf(Collection<Long> waitListIds) {
        List<BatchCommand> commands = new ArrayList<>();
        for (long id : new LinkedHashSet<>(waitListIds)) {
            commands.add(Holder.WAITLIST.listClients("cl_" + id, id));
        }
        BatchResult batch = client.batch(commands);
        Map<Long, List<ClientRef>> clients = new LinkedHashMap<>();
        for (BatchCommand command : commands) {
            long id = ((Number) command.params().get("waitListId")).longValue();
            Answers.unlessGone(batch, command.key()).ifPresent(result -> clients.put(id, Holder.WAITLIST.clients(result)));
        }
        return clients;
    }

    public void setClients(long waitListId, List<ClientRef> clients) {
        call(Holder.WAITLIST.setClients("set", waitListId, clients));
    }

    /** booking.v1.waitlist.externalData.set on a record that links nothing yet (a new one). */
    public void setExternalData(long waitListId, List<ExternalLink> links) {
        call(Holder.WAITLIST.setLinks("set", waitListId, links));
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
        return Holder.WAITLIST.links(call(Holder.WAITLIST.listLinks("links", waitListId)));
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
            commands.add(Holder.WAITLIST.setLinks("set", waitListId, links));
        }
        client.batch(commands, true).throwFirstError();
        return dealIds(waitListId);
    }

    /** booking.v1.booking.createfromwaitlist's parameters (WaitlistBooking sends it inside its batch). */
    static Map<String, Object> createFromWaitlistParams(long waitListId, List<Long> resourceIds, DatePeriod period,
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
        return params;
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

    /** One command sent on its own. */
    private JsonNode call(BatchCommand command) {
        return client.call(command.method(), command.params());
    }
}
