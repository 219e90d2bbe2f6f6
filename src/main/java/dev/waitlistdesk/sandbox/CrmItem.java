package dev.waitlistdesk.sandbox;

import java.util.List;
import java.util.Set;

/** A CRM contact or company seen through crm.item.* field names (camelCase). */
interface CrmItem {

    long id();

    int entityTypeId();

    List<Multifield> fm();

    /** Contacts and companies carry phones and e-mails ({@code fm}); deals do not. */
    default boolean hasMultifields() {
        return true;
    }

    /** Every field name this kind has, in answer order; {@code fm} excluded. */
    Set<String> fieldNames();

    /** A field's value: Long, String, List or null. Call only with a name from {@link #fieldNames()}. */
    Object field(String name);

    /** Fields every contact and company share; the caller handles the rest. */
    default Object commonField(String name, String createdTime) {
        switch (name) {
            case "id": return id();
            case "entityTypeId": return (long) entityTypeId();
            case "opened": return "Y";
            case "assignedById": case "createdBy": case "updatedBy": return 1L;
            case "createdTime": case "updatedTime": return createdTime;
            case "hasPhone": return first("PHONE", null) == null ? "N" : "Y";
            case "hasEmail": return first("EMAIL", null) == null ? "N" : "Y";
            case "hasImol": return "N";
            case "phone": return first("PHONE", null);
            case "email": return first("EMAIL", null);
            case "phoneWork": return first("PHONE", "WORK");
            case "phoneMobile": return first("PHONE", "MOBILE");
            case "phoneMailing": return first("PHONE", "MAILING");
            case "emailWork": return first("EMAIL", "WORK");
            case "emailHome": return first("EMAIL", "HOME");
            case "emailMailing": return first("EMAIL", "MAILING");
            default: return null;
        }
    }

    /** The first value of this type (and value type, unless null), or null. */
    default String first(String typeId, String valueType) {
        for (Multifield field : fm()) {
            if (field.typeId().equals(typeId) && (valueType == null || field.valueType().equals(valueType))) {
                return field.value();
            }
        }
        return null;
    }

    List<String> COMMON_FIELDS = List.of("id", "entityTypeId", "opened", "assignedById", "createdBy",
            "updatedBy", "createdTime", "updatedTime", "hasPhone", "hasEmail", "hasImol", "phone", "email",
            "phoneWork", "phoneMobile", "phoneMailing", "emailWork", "emailHome", "emailMailing");

    /** Flat phone and e-mail fields: selectable, but crm.item.list does not document filtering on them. */
    static boolean isMultifieldAlias(String name) {
        return name.startsWith("phone") || name.startsWith("email");
    }
}
