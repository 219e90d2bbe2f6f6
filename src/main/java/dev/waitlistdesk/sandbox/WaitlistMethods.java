package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** booking.v1.waitlist.*, its client and externalData sub-resources, and booking.v1.clienttype.list. */
final class WaitlistMethods {

    /** Our choice where the docs are silent: one page is 50 records, oldest first (id order). */
    static final int PAGE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String PREFIX = "booking.v1.waitlist.";

    private final SandboxData data;
    private final SandboxFaults faults;

    private WaitlistMethods(SandboxData data, SandboxFaults faults) {
        this.data = data;
        this.faults = faults;
    }

    static void register(Methods methods, SandboxData data, SandboxFaults faults) {
        WaitlistMethods waitlist = new WaitlistMethods(data, faults);
        methods.add(PREFIX + "add", waitlist::add);
        methods.add(PREFIX + "update", waitlist::update);
        methods.add(PREFIX + "get", waitlist::get);
        methods.add(PREFIX + "list", waitlist::list);
        methods.add(PREFIX + "delete", waitlist::delete);
        methods.add(PREFIX + "createfrombooking", waitlist::createFromBooking);
        methods.add(PREFIX + "client.list", waitlist::clientList);
        methods.add(PREFIX + "client.set", waitlist::clientSet);
        methods.add(PREFIX + "client.unset", waitlist::clientUnset);
        methods.add(PREFIX + "externalData.list", waitlist::externalDataList);
        methods.add(PREFIX + "externalData.set", waitlist::externalDataSet);
        methods.add(PREFIX + "externalData.unset", waitlist::externalDataUnset);
        methods.add("booking.v1.clienttype.list", params -> Answer.of(object().set("clientType", array()
                .add(type("COMPANY")).add(type("CONTACT")))));
        methods.add("booking.v1.booking.createfromwaitlist", new BookingFromWaitlist(data)::call);
    }

    private Answer add(Params params) {
        JsonNode fields = params.get("fields");
        if (!fields.isObject()) {
            throw ApiError.missing("fields");
        }
        String note = Params.text(fields.get("note"));
        long id = data.addWaitlist(note == null ? "" : note);
        return Answer.of(object().put("id", id));
    }

    private Answer update(Params params) {
        long id = params.requiredLong("id");
        JsonNode fields = params.get("fields");
        if (!fields.isObject()) {
            throw ApiError.missing("fields");
        }
        String note = Params.text(fields.get("note"));
        if (note == null) {
            throw ApiError.requiredFields("note");
        }
        return done(data.updateNote(id, note), 1040, "Wait list not found");
    }

    private Answer get(Params params) {
        WaitlistEntry entry = data.waitlist(params.requiredLong("id")).orElseThrow(WaitlistMethods::notFound);
        return Answer.of(object().set("waitList", row(entry)));
    }

    private Answer list(Params params) {
        JsonNode within = Params.node(params.get("filter"), "createdWithin");
        List<WaitlistEntry> entries;
        if (Params.present(within)) {
            String from = Params.text(within.get("from"));
            String to = Params.text(within.get("to"));
            if (from == null || to == null) {
                throw ApiError.requiredFields(from == null ? "from" : "to");
            }
            entries = data.waitlistCreated(day(from), day(to), ZoneId.systemDefault());
        } else {
            entries = data.waitlist();
        }
        int start = Math.max(0, params.optionalInt("start", 0));
        ArrayNode rows = array();
        entries.stream().skip(start).limit(PAGE).forEach(entry -> rows.add(row(entry)));
        if (!faults.listTotals()) {
            return Answer.of(object().set("waitList", rows));
        }
        return new Answer(object().set("waitList", rows), entries.size(),
                start + PAGE < entries.size() ? start + PAGE : null);
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.trim(), DAY);
        } catch (DateTimeParseException e) {
            throw ApiError.booking(422, "Invalid date");
        }
    }

    private Answer delete(Params params) {
        return done(data.deleteWaitlist(params.requiredLong("id")), 1036, "wait list item not found");
    }

    private Answer createFromBooking(Params params) {
        long id = data.createWaitlistFromBooking(params.requiredLong("bookingId"))
                .orElseThrow(() -> ApiError.booking(1037, "booking not found"));
        return Answer.of(LongNode.valueOf(id));
    }

    private Answer clientList(Params params) {
        WaitlistEntry entry = data.waitlist(params.requiredLong("waitListId")).orElseThrow(WaitlistMethods::notFound);
        ArrayNode clients = array();
        entry.clients().forEach(client -> clients.add(json(client)));
        return Answer.of(object().set("waitListClient", clients));
    }

    private Answer clientSet(Params params) {
        long id = params.requiredLong("waitListId");
        List<Client> clients = clients(params);
        return done(faults.clientSetAppends() ? data.addClients(id, clients) : data.setClients(id, clients),
                1040, "Wait list not found");
    }

    /** One {id, type: {module, code}}: code 0 names what is missing, 1025 an unknown type. */
    /** A client as the portal answers it: {@code {"id": 5, "type": {"code": "CONTACT", "module": "crm"}}}. */
    static ObjectNode json(Client client) {
        return object().put("id", client.id()).set("type", object().put("code", client.code())
                .put("module", client.module()));
    }

    /** The {@code clients} parameter of a client.set, each read as {@link #client(JsonNode)}. */
    static List<Client> clients(Params params) {
        return params.requiredList("clients").stream().map(WaitlistMethods::client).toList();
    }

    /** The {@code externalData} parameter of an externalData.set, each read as {@link #link(JsonNode)}. */
    static List<ExternalLink> links(Params params) {
        return params.requiredList("externalData").stream().map(WaitlistMethods::link).toList();
    }

    static Client client(JsonNode client) {
        Long id = Params.asLong(Params.node(client, "id"));
        JsonNode type = Params.node(client, "type");
        if (id == null || !type.isObject()) {
            throw ApiError.requiredFields(id == null ? "id" : "type");
        }
        String module = Params.text(type.get("module"));
        String code = Params.text(type.get("code"));
        if (module == null || code == null) {
            throw ApiError.requiredFields(module == null ? "module" : "code");
        }
        if (!module.equals("crm") || !(code.equals("CONTACT") || code.equals("COMPANY"))) {
            throw ApiError.booking(1025, "Client type not found");
        }
        return new Client(id, module, code);
    }

    private Answer clientUnset(Params params) {
        return done(data.setClients(params.requiredLong("waitListId"), List.of()), 1040, "Wait list not found");
    }

    private Answer externalDataList(Params params) {
        WaitlistEntry entry = data.waitlist(params.requiredLong("waitListId")).orElseThrow(WaitlistMethods::notFound);
        ArrayNode links = array();
        entry.externalData().forEach(link -> links.add(link(link)));
        return Answer.of(object().set("externalData", links));
    }

    private Answer externalDataSet(Params params) {
        long id = params.requiredLong("waitListId");
        return done(data.setExternalData(id, links(params)), 1040, "Wait list not found");
    }

    /** One {moduleId, entityTypeId, value}: code 0 names what is missing. Not checked against the CRM. */
    static ExternalLink link(JsonNode link) {
        String moduleId = Params.text(Params.node(link, "moduleId"));
        String entityTypeId = Params.text(Params.node(link, "entityTypeId"));
        String value = Params.text(Params.node(link, "value"));
        if (moduleId == null || entityTypeId == null || value == null) {
            throw ApiError.requiredFields(moduleId == null ? "moduleId" : entityTypeId == null ? "entityTypeId" : "value");
        }
        return new ExternalLink(moduleId, entityTypeId, value);
    }

    static ObjectNode link(ExternalLink link) {
        return object().put("entityTypeId", link.entityTypeId()).put("moduleId", link.moduleId())
                .put("value", link.value());
    }

    private Answer externalDataUnset(Params params) {
        return done(data.setExternalData(params.requiredLong("waitListId"), List.of()), 1040, "Wait list not found");
    }

    static ObjectNode row(WaitlistEntry entry) {
        ObjectNode row = object().put("id", entry.id());
        return entry.note() == null ? row.putNull("note") : row.put("note", entry.note());
    }

    private static Answer done(boolean found, int code, String text) {
        if (!found) {
            throw ApiError.booking(code, text);
        }
        return Answer.of(BooleanNode.TRUE);
    }

    private static ApiError notFound() {
        return ApiError.booking(1040, "Wait list not found");
    }

    private static ObjectNode type(String code) {
        return object().put("code", code).put("module", "crm");
    }

    static ObjectNode object() {
        return SandboxJson.MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return SandboxJson.MAPPER.createArrayNode();
    }
}
