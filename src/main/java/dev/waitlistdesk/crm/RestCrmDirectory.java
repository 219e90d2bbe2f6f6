package dev.waitlistdesk.crm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.RestClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** INTERIM (desk branch): minimal adapter until the transport branch's RestCrmDirectory is merged. */
public final class RestCrmDirectory implements CrmDirectory {

    private final RestClient client;

    public RestCrmDirectory(RestClient client) {
        this.client = client;
    }

    @Override
    public List<CrmParty> search(String text, int limit) {
        List<CrmParty> found = new ArrayList<>();
        found.addAll(items(CrmKind.CONTACT, Map.of("0", Map.of("logic", "OR", "0", Map.of("%name", text),
                "1", Map.of("%lastName", text)))));
        found.addAll(items(CrmKind.COMPANY, Map.of("%title", text)));
        return found.stream().limit(limit).toList();
    }

    private List<CrmParty> items(CrmKind kind, Map<String, ?> filter) {
        JsonNode result = client.call("crm.item.list", Map.of("entityTypeId", kind.entityTypeId(),
                "select", List.of("*"), "filter", filter, "start", -1));
        List<CrmParty> parties = new ArrayList<>();
        result.path("items").forEach(n -> parties.add(party(kind, n)));
        return parties;
    }

    private static CrmParty party(CrmKind kind, JsonNode n) {
        String name = kind == CrmKind.COMPANY ? n.path("title").asText("")
                : (n.path("name").asText("") + " " + n.path("lastName").asText("")).strip();
        String phone = "";
        String email = "";
        for (JsonNode fm : n.path("fm")) {
            if (phone.isEmpty() && "PHONE".equals(fm.path("typeId").asText())) {
                phone = fm.path("value").asText();
            }
            if (email.isEmpty() && "EMAIL".equals(fm.path("typeId").asText())) {
                email = fm.path("value").asText();
            }
        }
        return new CrmParty(new CrmRef(kind, n.path("id").asLong()), name, phone, email);
    }

    @Override
    public Map<CrmRef, CrmParty> resolve(Collection<CrmRef> refs) {
        Map<CrmRef, CrmParty> found = new LinkedHashMap<>();
        for (CrmKind kind : CrmKind.values()) {
            List<Long> ids = refs.stream().filter(r -> r.kind() == kind).map(CrmRef::id).toList();
            if (!ids.isEmpty()) {
                items(kind, Map.of("@id", ids)).forEach(p -> found.put(p.ref(), p));
            }
        }
        return found;
    }

    @Override
    public CrmParty addContact(NewContact contact) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", contact.name());
        fields.put("lastName", contact.lastName());
        List<Map<String, String>> fm = new ArrayList<>();
        if (!contact.phone().isBlank()) {
            fm.add(Map.of("typeId", "PHONE", "valueType", "WORK", "value", contact.phone()));
        }
        if (!contact.email().isBlank()) {
            fm.add(Map.of("typeId", "EMAIL", "valueType", "WORK", "value", contact.email()));
        }
        fields.put("fm", fm);
        JsonNode item = client.call("crm.item.add", Map.of("entityTypeId", 3, "fields", fields)).path("item");
        return party(CrmKind.CONTACT, item);
    }
}
