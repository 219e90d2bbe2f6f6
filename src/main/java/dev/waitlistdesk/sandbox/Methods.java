package dev.waitlistdesk.sandbox;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The REST methods the sandbox serves, by name; names match ignoring case. */
final class Methods {

    /** One REST method: parameters in, result out, or an {@link ApiError}. */
    interface RestMethod {
        Answer call(Params params);
    }

    private final Map<String, RestMethod> byName = new HashMap<>();

    Methods(SandboxData data, SandboxFaults faults) {
        WaitlistMethods.register(this, data, faults);
        CrmMethods.register(this, data);
        BookingMethods.register(this, data);
        ResourceMethods.register(this, data);
        DealStages.register(this);
        add("scope", params -> Answer.of(SandboxJson.MAPPER.createArrayNode().add("basic").add("booking").add("crm")));
        add("profile", params -> Answer.of(SandboxJson.MAPPER.createObjectNode().put("ID", "1").put("ADMIN", true)
                .put("NAME", "Sandbox").put("LAST_NAME", "Administrator").put("PERSONAL_GENDER", "")
                .put("PERSONAL_PHOTO", "").put("TIME_ZONE", "").put("TIME_ZONE_OFFSET", 0)));
        add("batch", new BatchMethod(this));
    }

    void add(String name, RestMethod method) {
        byName.put(name.toLowerCase(Locale.ROOT), method);
    }

    Answer call(String name, Params params) {
        RestMethod method = byName.get(name.toLowerCase(Locale.ROOT));
        if (method == null) {
            throw ApiError.of(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
        }
        return method.call(params);
    }
}
