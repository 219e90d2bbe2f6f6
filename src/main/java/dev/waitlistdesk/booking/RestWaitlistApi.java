package dev.waitlistdesk.booking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.RestClient;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** INTERIM (desk branch): minimal adapter until the transport branch's RestWaitlistApi is merged. */
public final class RestWaitlistApi implements WaitlistApi {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private final RestClient client;

    public RestWaitlistApi(RestClient client) {
        this.client = client;
    }

    @Override
    public List<WaitlistRecord> list(Optional<CreatedWithin> createdWithin) {
        Map<String, Object> params = new LinkedHashMap<>();
        createdWithin.ifPresent(w -> params.put("filter", Map.of("createdWithin",
                Map.of("from", DAY.format(w.from()), "to", DAY.format(w.toExclusive())))));
        List<WaitlistRecord> records = new ArrayList<>();
        client.call("booking.v1.waitlist.list", params).path("waitList")
                .forEach(n -> records.add(new WaitlistRecord(n.path("id").asLong(), n.path("note").asText(""))));
        return records;
    }

    @Override
    public WaitlistRecord get(long id) {
        JsonNode n = client.call("booking.v1.waitlist.get", Map.of("id", id)).path("waitList");
        return new WaitlistRecord(n.path("id").asLong(), n.path("note").asText(""));
    }

    @Override
    public long add(String note) {
        JsonNode result = client.call("booking.v1.waitlist.add", Map.of("fields", Map.of("note", note)));
        return result.isObject() ? result.path("id").asLong() : result.asLong();
    }

    @Override
    public void updateNote(long id, String note) {
        client.call("booking.v1.waitlist.update", Map.of("id", id, "fields", Map.of("note", note)));
    }

    @Override
    public void delete(long id) {
        client.call("booking.v1.waitlist.delete", Map.of("id", id));
    }

    @Override
    public List<ClientRef> clients(long waitListId) {
        return refs(client.call("booking.v1.waitlist.client.list", Map.of("waitListId", waitListId)));
    }

    private static List<ClientRef> refs(JsonNode result) {
        List<ClientRef> refs = new ArrayList<>();
        result.path("waitListClient").forEach(n -> refs.add(new ClientRef(n.path("id").asLong(),
                new ClientType(n.path("type").path("module").asText(), n.path("type").path("code").asText()))));
        return refs;
    }

    @Override
    public Map<Long, List<ClientRef>> clientsOf(Collection<Long> waitListIds) {
        List<BatchCommand> commands = waitListIds.stream()
                .map(id -> new BatchCommand("w" + id, "booking.v1.waitlist.client.list", Map.of("waitListId", id)))
                .toList();
        var batch = client.batch(commands);
        Map<Long, List<ClientRef>> result = new LinkedHashMap<>();
        for (Long id : waitListIds) {
            result.put(id, batch.results().containsKey("w" + id) ? refs(batch.results().get("w" + id)) : List.of());
        }
        return result;
    }

    @Override
    public void setClients(long waitListId, List<ClientRef> clients) {
        List<Map<String, Object>> list = clients.stream().map(c -> Map.<String, Object>of("id", c.id(),
                "type", Map.of("module", c.type().module(), "code", c.type().code()))).toList();
        client.call("booking.v1.waitlist.client.set", Map.of("waitListId", waitListId, "clients", list));
    }

    @Override
    public void unsetClients(long waitListId) {
        client.call("booking.v1.waitlist.client.unset", Map.of("waitListId", waitListId));
    }

    @Override
    public List<ClientType> clientTypes() {
        return List.of(ClientType.CONTACT, ClientType.COMPANY);
    }
}
