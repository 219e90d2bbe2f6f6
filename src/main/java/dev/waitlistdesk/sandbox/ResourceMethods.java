package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * booking.v1.resource.add|update|delete, booking.v1.resourceType.add|get|update|delete and
 * booking.v1.resource.slots.set|unset, with the codes their pages list (each page its own).
 */
final class ResourceMethods {

    private static final String RESOURCE = "booking.v1.resource.";
    private static final String TYPE = "booking.v1.resourceType.";

    private final SandboxData data;

    private ResourceMethods(SandboxData data) {
        this.data = data;
    }

    static void register(Methods methods, SandboxData data) {
        ResourceMethods resources = new ResourceMethods(data);
        methods.add(RESOURCE + "add", resources::resourceAdd);
        methods.add(RESOURCE + "update", resources::resourceUpdate);
        methods.add(RESOURCE + "delete", p -> resources.found(data.deleteResource(p.requiredLong("id")),
                1008, "Resource has not been found"));
        methods.add(TYPE + "add", resources::typeAdd);
        methods.add(TYPE + "get", resources::typeGet);
        methods.add(TYPE + "update", resources::typeUpdate);
        methods.add(TYPE + "delete", p -> resources.found(data.deleteResourceType(p.requiredLong("id")),
                1012, "Resource type has not been found"));
        methods.add(RESOURCE + "slots.set", resources::slotsSet);
        methods.add(RESOURCE + "slots.unset", p -> resources.slots(p.requiredLong("resourceId"), List.of()));
    }

    // ---- resources

    private Answer resourceAdd(Params params) {
        JsonNode fields = BookingMethods.fields(params);
        String name = Params.text(Params.node(fields, "name"));
        if (name == null) {
            throw ApiError.requiredFields("name");
        }
        if (!Params.present(Params.node(fields, "typeId"))) {
            throw ApiError.booking(1006, "ResourceType not found");
        }
        Resource added = data.putResource(0, none -> edited(
                new Resource(0, name, "", 0, true, List.of(), Notifications.DEFAULTS), fields));
        return Answer.of(WaitlistMethods.object().put("id", added.id()));
    }

    private Answer resourceUpdate(Params params) {
        long id = params.requiredLong("id");
        JsonNode fields = BookingMethods.fields(params);
        return found(data.putResource(id, old -> edited(old, fields)) != null, 1007, "Resource not found");
    }

    /** The resource with the fields given; a value of the wrong kind: 422. */
    private static Resource edited(Resource base, JsonNode fields) {
        String name = textOr(fields, "name", base.name());
        String description = textOr(fields, "description", base.description());
        long typeId = base.typeId();
        if (Params.present(Params.node(fields, "typeId"))) {
            Long given = Params.asLong(Params.node(fields, "typeId"));
            if (given == null) {
                throw Notifications.invalid();
            }
            typeId = given;
        }
        String isMain = textOr(fields, "isMain", base.isMain() ? "Y" : "N");
        if (!isMain.equals("Y") && !isMain.equals("N")) {
            throw Notifications.invalid();
        }
        return new Resource(base.id(), name, description, typeId, isMain.equals("Y"), base.slots(),
                base.notifications().with(fields));
    }

    // ---- resource types

    private Answer typeAdd(Params params) {
        JsonNode fields = BookingMethods.fields(params);
        for (String required : List.of("name", "code")) {
            if (Params.text(Params.node(fields, required)) == null) {
                throw ApiError.requiredFields(required);
            }
        }
        ResourceType added = data.putResourceType(0, none -> typeEdited(
                new ResourceType(0, "", "", Notifications.DEFAULTS), fields), 1010);
        return Answer.of(WaitlistMethods.object().put("id", added.id()));
    }

    private Answer typeGet(Params params) {
        ResourceType type = data.resourceType(params.requiredLong("id"))
                .orElseThrow(() -> ApiError.booking(1013, "Resource type not found"));
        return Answer.of(WaitlistMethods.object().set("resourceType", BookingMethods.typeRow(type)));
    }

    private Answer typeUpdate(Params params) {
        long id = params.requiredLong("id");
        JsonNode fields = BookingMethods.fields(params);
        return found(data.putResourceType(id, old -> typeEdited(old, fields), 1011) != null,
                1007, "Resource type not found");
    }

    private static ResourceType typeEdited(ResourceType base, JsonNode fields) {
        return new ResourceType(base.id(), textOr(fields, "code", base.code()), textOr(fields, "name", base.name()),
                base.notifications().with(fields));
    }

    // ---- slots

    /** Every slot needs all five fields (code 0); minutes outside 0–1440, to before from, an unknown day or zone: 422. */
    private Answer slotsSet(Params params) {
        long resourceId = params.requiredLong("resourceId");
        List<Slot> slots = new ArrayList<>();
        for (JsonNode slot : params.requiredList("slots")) {
            for (String required : List.of("from", "to", "timezone", "weekDays", "slotSize")) {
                if (!Params.present(Params.node(slot, required))) {
                    throw ApiError.requiredFields(required);
                }
            }
            Long from = Params.asLong(slot.get("from"));
            Long to = Params.asLong(slot.get("to"));
            Long size = Params.asLong(slot.get("slotSize"));
            List<String> days = new ArrayList<>();
            Params.elements(slot.get("weekDays")).forEach(day -> days.add(day.asText()));
            if (from == null || to == null || size == null || from < 0 || to > 1440 || to < from || size <= 0
                    || !Slot.WEEK_DAYS.containsAll(days) || !knownZone(slot.get("timezone").asText())) {
                throw Notifications.invalid();
            }
            slots.add(new Slot(0, from.intValue(), to.intValue(), size.intValue(), slot.get("timezone").asText(), days));
        }
        return slots(resourceId, slots);
    }

    private Answer slots(long resourceId, List<Slot> slots) {
        if (!data.setSlots(resourceId, slots)) {
            throw BookingMethods.noResource();
        }
        return Answer.of(BooleanNode.TRUE);
    }

    private static boolean knownZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    }

    // ---- helpers

    /** {@code true}, or the page's "not found" code. */
    private Answer found(boolean found, int code, String text) {
        if (!found) {
            throw ApiError.booking(code, text);
        }
        return Answer.of(BooleanNode.TRUE);
    }

    private static String textOr(JsonNode fields, String name, String fallback) {
        String value = Params.text(Params.node(fields, name));
        return value == null ? fallback : value;
    }
}
