package dev.waitlistdesk.sandbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A CRM contact (entityTypeId 3). {@code createdTime} is YYYY-MM-DDThh:mm:ss±hh:mm. */
public record Contact(long id, String name, String secondName, String lastName, String post,
                      Long companyId, String createdTime, List<Multifield> fm) implements CrmItem {

    static final int ENTITY_TYPE_ID = 3;
    static final Set<String> FIELDS = fields();

    public Contact {
        fm = List.copyOf(fm == null ? List.of() : fm);
    }

    private static Set<String> fields() {
        Set<String> names = new LinkedHashSet<>(List.of("id", "entityTypeId", "name", "secondName", "lastName",
                "honorific", "post", "companyId", "companyIds", "birthdate", "typeId", "sourceId", "comments"));
        names.addAll(COMMON_FIELDS);
        return java.util.Collections.unmodifiableSet(names);
    }

    @Override
    public int entityTypeId() {
        return ENTITY_TYPE_ID;
    }

    @Override
    public Set<String> fieldNames() {
        return FIELDS;
    }

    @Override
    public Object field(String field) {
        switch (field) {
            case "name": return name;
            case "secondName": return secondName;
            case "lastName": return lastName;
            case "post": return post;
            case "companyId": return companyId;
            case "companyIds": return companyId == null ? List.of() : List.of(companyId);
            case "typeId": return "CLIENT";
            case "sourceId": return "CALL";
            case "comments": return "";
            case "honorific": case "birthdate": return null;
            default: return commonField(field, createdTime);
        }
    }

    /** "First Middle Last", skipping empty parts. */
    public String fullName() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {name, secondName, lastName}) {
            if (part != null && !part.isBlank()) {
                text.append(text.length() == 0 ? "" : " ").append(part);
            }
        }
        return text.toString();
    }
}
