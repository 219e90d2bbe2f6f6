package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notification settings a resource type or resource carries: for each kind of message
 * (Info, Confirmation, Reminder, Feedback, Delayed) whether it is on and its template, and the
 * delays in seconds. The add/update pages name the delays {@code infoDelay}…, the answers' examples
 * {@code infoNotificationDelay}…: both are read, the answers use the examples' names.
 */
record Notifications(Map<String, String> switches, Map<String, Long> delays) {

    static final List<String> KINDS = List.of("Info", "Confirmation", "Reminder", "Feedback", "Delayed");
    /** Parameter name (add/update pages) → answer name (list/get examples), with the documented default. */
    private static final Map<String, String> DELAY_NAMES = new LinkedHashMap<>();
    private static final Map<String, Long> DEFAULT_DELAYS = new LinkedHashMap<>();

    static {
        delay("infoDelay", "infoNotificationDelay", 300);
        delay("reminderDelay", "reminderNotificationDelay", -1);
        delay("delayedDelay", "delayedNotificationDelay", 300);
        delay("delayedCounterDelay", "delayedCounterDelay", 7200);
        delay("confirmationDelay", "confirmationNotificationDelay", 86_400);
        delay("confirmationRepetitions", "confirmationNotificationRepetitions", 0);
        delay("confirmationRepetitionsInterval", "confirmationNotificationRepetitionsInterval", 0);
        delay("confirmationCounterDelay", "confirmationCounterDelay", 7200);
    }

    /** The documented defaults of resource.add and resourceType.add: everything on. */
    static final Notifications DEFAULTS = defaults();

    Notifications {
        switches = Map.copyOf(switches == null ? DEFAULTS.switches : switches);
        delays = Map.copyOf(delays == null ? DEFAULTS.delays : delays);
    }

    private static void delay(String parameter, String answer, long fallback) {
        DELAY_NAMES.put(parameter, answer);
        DEFAULT_DELAYS.put(answer, fallback);
    }

    private static Notifications defaults() {
        Map<String, String> switches = new LinkedHashMap<>();
        for (String kind : KINDS) {
            switches.put("is" + kind + "NotificationOn", "Y");
            switches.put("templateType" + kind, kind.equals("Reminder") ? "base" : "inanimate");
        }
        return new Notifications(switches, DEFAULT_DELAYS);
    }

    /** Demo settings: the given kinds on, the rest off, default delays. */
    static Notifications only(String... kindsOn) {
        Map<String, String> switches = new LinkedHashMap<>(DEFAULTS.switches);
        for (String kind : KINDS) {
            switches.put("is" + kind + "NotificationOn", List.of(kindsOn).contains(kind) ? "Y" : "N");
        }
        return new Notifications(switches, DEFAULTS.delays);
    }

    /** These settings with the ones given in {@code fields}; a value out of range: 422, as documented. */
    Notifications with(JsonNode fields) {
        Map<String, String> newSwitches = new LinkedHashMap<>(switches);
        Map<String, Long> newDelays = new LinkedHashMap<>(delays);
        for (String kind : KINDS) {
            put(newSwitches, fields, "is" + kind + "NotificationOn", Set.of("Y", "N"));
            put(newSwitches, fields, "templateType" + kind,
                    kind.equals("Reminder") ? Set.of("base") : Set.of("animate", "inanimate"));
        }
        DELAY_NAMES.forEach((parameter, answer) -> {
            JsonNode value = Params.present(Params.node(fields, parameter))
                    ? Params.node(fields, parameter) : Params.node(fields, answer);
            if (Params.present(value)) {
                Long seconds = Params.asLong(value);
                if (seconds == null || seconds < -1) {
                    throw invalid();
                }
                newDelays.put(answer, seconds);
            }
        });
        return new Notifications(newSwitches, newDelays);
    }

    private static void put(Map<String, String> target, JsonNode fields, String name, Set<String> allowed) {
        String value = Params.text(Params.node(fields, name));
        if (value == null) {
            return;
        }
        if (!allowed.contains(value)) {
            throw invalid();
        }
        target.put(name, value);
    }

    static ApiError invalid() {
        return ApiError.booking(422, "Invalid value of the field");
    }

    ObjectNode writeTo(ObjectNode row) {
        for (String kind : KINDS) {
            String on = "is" + kind + "NotificationOn";
            String template = "templateType" + kind;
            row.put(on, switches.getOrDefault(on, "Y")).put(template, switches.getOrDefault(template, "inanimate"));
        }
        DEFAULT_DELAYS.keySet().forEach(name -> row.put(name, delays.getOrDefault(name, DEFAULT_DELAYS.get(name))));
        return row;
    }
}
