package dev.waitlistdesk.sandbox;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A CRM company (entityTypeId 4): a title, no name fields. */
public record Company(long id, String title, String industry, String createdTime, List<Multifield> fm)
        implements CrmItem {

    static final int ENTITY_TYPE_ID = 4;
    static final Set<String> FIELDS = fields();

    public Company {
        fm = List.copyOf(fm == null ? List.of() : fm);
    }

    private static Set<String> fields() {
        Set<String> names = new LinkedHashSet<>(List.of("id", "entityTypeId", "title", "typeId", "industry",
                "isMyCompany", "comments"));
        names.addAll(COMMON_FIELDS);
        return Collections.unmodifiableSet(names);
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
            case "title": return title;
            case "industry": return industry;
            case "typeId": return "CUSTOMER";
            case "isMyCompany": return "N";
            case "comments": return "";
            default: return commonField(field, createdTime);
        }
    }
}
