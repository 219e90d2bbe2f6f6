package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * booking.v1.resourceType.list, booking.v1.resource.list|get, booking.v1.resource.slots.list,
 * booking.v1.booking.list|get|add and the booking's client.* and externalData.* sub-resources.
 */
final class BookingMethods {

    private static final String BOOKING = "booking.v1.booking.";

    private final SandboxData data;

    private BookingMethods(SandboxData data) {
        this.data = data;
    }

    static void register(Methods methods, SandboxData data) {
        BookingMethods booking = new BookingMethods(data);
        methods.add("booking.v1.resourceType.list", booking::resourceTypeList);
        methods.add("booking.v1.resource.list", booking::resourceList);
        methods.add("booking.v1.resource.get", booking::resourceGet);
        methods.add("booking.v1.resource.slots.list", booking::slotsList);
        methods.add(BOOKING + "list", booking::list);
        methods.add(BOOKING + "get", booking::get);
        methods.add(BOOKING + "add", booking::add);
        methods.add(BOOKING + "update", booking::update);
        methods.add(BOOKING + "delete", p -> done(data.deleteBooking(p.requiredLong("id"))));
        methods.add(BOOKING + "client.list", booking::clientList);
        methods.add(BOOKING + "client.set", booking::clientSet);
        methods.add(BOOKING + "client.unset", p -> done(data.setBookingClients(bookingId(p), List.of())));
        methods.add(BOOKING + "externalData.list", booking::externalDataList);
        methods.add(BOOKING + "externalData.set", booking::externalDataSet);
        methods.add(BOOKING + "externalData.unset", p -> done(data.setBookingExternalData(bookingId(p), List.of())));
    }

    // ---- resource types and resources

    private Answer resourceTypeList(Params params) {
        JsonNode filter = object(params, "filter");
        Predicate<ResourceType> keep = type -> contains(type.name(), filter.get("searchQuery"))
                && equal(type.name(), filter.get("name")) && equal(type.code(), filter.get("code"))
                && equal("booking", filter.get("moduleId"));
        Comparator<ResourceType> order = order(object(params, "order"), Map.of(
                "id", ResourceType::id, "name", ResourceType::name, "code", ResourceType::code), ResourceType::id);
        ArrayNode rows = WaitlistMethods.array();
        data.resourceTypes().stream().filter(keep).sorted(order).forEach(type -> rows.add(typeRow(type)));
        return Answer.of(WaitlistMethods.object().set("resource", rows)); // sic: "resource", as the docs show
    }

    private Answer resourceList(Params params) {
        JsonNode filter = object(params, "filter");
        Long typeId = Params.asLong(Params.node(filter, "typeId"));
        Predicate<Resource> keep = resource -> contains(resource.name(), filter.get("searchQuery"))
                && equal(resource.name(), filter.get("name"))
                && equal(resource.description() == null ? "" : resource.description(), filter.get("description"))
                && equal(resource.isMain() ? "Y" : "N", filter.get("isMain"))
                && (typeId == null || resource.typeId() == typeId);
        Comparator<Resource> order = order(object(params, "order"), Map.of(
                "id", Resource::id, "name", Resource::name), Resource::id);
        ArrayNode rows = WaitlistMethods.array();
        data.resources().stream().filter(keep).sorted(order).skip(start(params)).limit(WaitlistMethods.PAGE)
                .forEach(resource -> rows.add(resourceRow(resource)));
        return Answer.of(WaitlistMethods.object().set("resource", rows));
    }

    private Answer resourceGet(Params params) {
        Resource resource = data.resource(params.requiredLong("id")).orElseThrow(BookingMethods::noResource);
        return Answer.of(WaitlistMethods.object().set("resource", resourceRow(resource)));
    }

    private Answer slotsList(Params params) {
        Resource resource = data.resource(params.requiredLong("resourceId")).orElseThrow(BookingMethods::noResource);
        ArrayNode slots = WaitlistMethods.array();
        for (Slot slot : resource.slots()) {
            ArrayNode days = WaitlistMethods.array();
            slot.weekDays().forEach(days::add);
            slots.add(WaitlistMethods.object().put("id", slot.id()).put("from", slot.from()).put("to", slot.to())
                    .put("slotSize", slot.slotSize()).put("timezone", slot.timezone()).set("weekDays", days));
        }
        return Answer.of(WaitlistMethods.object().set("slots", slots));
    }

    static ObjectNode typeRow(ResourceType type) {
        return type.notifications().writeTo(WaitlistMethods.object().put("id", type.id()).put("code", type.code())
                .put("name", type.name()).put("moduleId", "booking"));
    }

    static ObjectNode resourceRow(Resource resource) {
        ObjectNode row = WaitlistMethods.object().put("id", resource.id()).put("name", resource.name());
        if (resource.description() == null) {
            row.putNull("description");
        } else {
            row.put("description", resource.description());
        }
        row.put("typeId", resource.typeId()).put("isMain", resource.isMain() ? "Y" : "N");
        return resource.notifications().writeTo(row);
    }

    // ---- bookings

    /** within: bookings that overlap [dateFrom, dateTo) (our reading); client: any of the entities. */
    private Answer list(Params params) {
        JsonNode filter = object(params, "filter");
        long from = Long.MIN_VALUE;
        long to = Long.MAX_VALUE;
        JsonNode within = Params.node(filter, "within");
        if (Params.present(within)) {
            Long dateFrom = Params.asLong(Params.node(within, "dateFrom"));
            Long dateTo = Params.asLong(Params.node(within, "dateTo"));
            if (dateFrom == null || dateTo == null) {
                throw ApiError.requiredFields(dateFrom == null ? "dateFrom" : "dateTo");
            }
            if (dateTo < dateFrom) {
                throw ApiError.booking(422, "Invalid date period");
            }
            from = dateFrom;
            to = dateTo;
        }
        Predicate<Booking> ofClient = clientFilter(Params.node(filter, "client"));
        Comparator<Booking> order = order(object(params, "order"), Map.of(
                "id", Booking::id, "dateFrom", Booking::from, "dateTo", Booking::to), Booking::id);
        ArrayNode rows = WaitlistMethods.array();
        data.bookingsWithin(from, to).stream().filter(ofClient).sorted(order).skip(start(params))
                .limit(WaitlistMethods.PAGE).forEach(booking -> rows.add(row(booking)));
        return Answer.of(WaitlistMethods.object().set("booking", rows));
    }

    private static Predicate<Booking> clientFilter(JsonNode client) {
        if (!Params.present(client)) {
            return booking -> true;
        }
        List<Client> wanted = new ArrayList<>();
        for (JsonNode entity : Params.elements(Params.node(client, "entities"))) {
            Long id = Params.asLong(Params.node(entity, "id"));
            String code = Params.text(Params.node(entity, "code"));
            String module = Params.text(Params.node(entity, "module"));
            if (id == null || code == null || module == null) {
                throw ApiError.requiredFields(id == null ? "id" : code == null ? "code" : "module");
            }
            wanted.add(new Client(id, module, code));
        }
        return booking -> booking.clients().stream().anyMatch(wanted::contains);
    }

    private Answer get(Params params) {
        Booking booking = data.booking(params.requiredLong("id")).orElseThrow(BookingMethods::noBooking);
        return Answer.of(WaitlistMethods.object().set("booking", row(booking)));
    }

    private Answer add(Params params) {
        JsonNode fields = fields(params);
        BookingFields booking = BookingFields.read(fields, 1018, "Empty resource collection");
        long id = data.addBooking(booking.name(), booking.description(), booking.resourceIds(), booking.from(),
                booking.to(), booking.timezone()).orElseThrow(() -> ApiError.booking(1018, "Empty resource collection"));
        return Answer.of(WaitlistMethods.object().put("id", id));
    }

    /** Unknown booking: 1019, as the update page says (get says 1021). */
    private Answer update(Params params) {
        long id = params.requiredLong("id");
        JsonNode fields = fields(params);
        if (!data.updateBooking(id, old -> BookingFields.over(old, fields))) {
            throw ApiError.booking(1019, "Booking not found");
        }
        return Answer.of(BooleanNode.TRUE);
    }

    /** A required {@code fields} object: code 100 when absent or not an object. */
    static JsonNode fields(Params params) {
        JsonNode fields = params.get("fields");
        if (!fields.isObject()) {
            throw ApiError.missing("fields");
        }
        return fields;
    }

    static ObjectNode row(Booking booking) {
        ObjectNode row = WaitlistMethods.object().put("id", booking.id()).put("name", booking.name());
        if (booking.description() == null || booking.description().isEmpty()) {
            row.putNull("description");
        } else {
            row.put("description", booking.description());
        }
        ArrayNode resources = row.putArray("resourceIds");
        booking.resourceIds().forEach(resources::add);
        ObjectNode period = row.putObject("datePeriod");
        period.putObject("from").put("timestamp", booking.from()).put("timezone", booking.timezone());
        period.putObject("to").put("timestamp", booking.to()).put("timezone", booking.timezone());
        return row;
    }

    private Answer clientList(Params params) {
        Booking booking = data.booking(bookingId(params)).orElseThrow(BookingMethods::noBooking);
        ArrayNode clients = WaitlistMethods.array();
        booking.clients().forEach(client -> clients.add(WaitlistMethods.json(client)));
        return Answer.of(WaitlistMethods.object().set("bookingClient", clients));
    }

    private Answer clientSet(Params params) {
        return done(data.setBookingClients(bookingId(params), WaitlistMethods.clients(params)));
    }

    private Answer externalDataList(Params params) {
        Booking booking = data.booking(bookingId(params)).orElseThrow(BookingMethods::noBooking);
        ArrayNode links = WaitlistMethods.array();
        booking.externalData().forEach(link -> links.add(WaitlistMethods.link(link)));
        return Answer.of(WaitlistMethods.object().set("externalData", links));
    }

    private Answer externalDataSet(Params params) {
        return done(data.setBookingExternalData(bookingId(params), WaitlistMethods.links(params)));
    }

    // ---- helpers

    private static long bookingId(Params params) {
        return params.requiredLong("bookingId");
    }

    static Answer done(boolean found) {
        if (!found) {
            throw noBooking();
        }
        return Answer.of(BooleanNode.TRUE);
    }

    private static ApiError noBooking() {
        return ApiError.booking(1021, "Booking not found");
    }

    static ApiError noResource() {
        return ApiError.booking(1009, "Resource not found");
    }

    private static int start(Params params) {
        return Math.max(0, params.optionalInt("start", 0));
    }

    /**
     * {@code filter} / {@code order}: the tables spell them upper-case, most examples lower-case; both
     * are read. Given but not an object: code 100, as documented.
     */
    private static JsonNode object(Params params, String name) {
        JsonNode value = Params.present(params.get(name)) ? params.get(name) : params.get(name.toUpperCase(Locale.ROOT));
        if (!Params.present(value)) {
            return WaitlistMethods.object();
        }
        if (!value.isObject()) {
            throw ApiError.booking(100, "Invalid value to match with parameter {" + name
                    + "}. Should be value of type array.");
        }
        return value;
    }

    private static boolean contains(String text, JsonNode wanted) {
        String part = Params.text(wanted);
        return part == null || text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static boolean equal(String text, JsonNode wanted) {
        String value = Params.text(wanted);
        return value == null || text.equalsIgnoreCase(value);
    }

    /** Keys the method knows, ASC or DESC in any case; ties and the default by id ascending. */
    private static <T> Comparator<T> order(JsonNode order, Map<String, Function<T, ? extends Comparable<?>>> keys,
                                           Function<T, Long> id) {
        Comparator<T> comparator = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = order.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Function<T, ? extends Comparable<?>> key = keys.get(entry.getKey())
                    != null ? keys.get(entry.getKey()) : keys.get(entry.getKey().toLowerCase(Locale.ROOT));
            String direction = entry.getValue().asText().toUpperCase(Locale.ROOT);
            if (key == null || !Set.of("ASC", "DESC").contains(direction)) {
                throw ApiError.booking(100, "Invalid value {" + entry.getValue().asText()
                        + "} to match with parameter {order}. Should be value of type array.");
            }
            @SuppressWarnings({"unchecked", "rawtypes"})
            Comparator<T> byKey = Comparator.comparing(item -> (Comparable) key.apply(item),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            byKey = direction.equals("DESC") ? byKey.reversed() : byKey;
            comparator = comparator == null ? byKey : comparator.thenComparing(byKey);
        }
        Comparator<T> byId = Comparator.comparing(id);
        return comparator == null ? byId : comparator.thenComparing(byId);
    }
}
