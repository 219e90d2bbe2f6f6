package dev.waitlistdesk.sandbox;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A CRM deal (entityTypeId 2): a title and a stage; no name fields, no phones. */
public record Deal(long id, String title, String stageId, long categoryId, Long contactId, Long companyId,
                   long opportunity, String currencyId, String createdTime) implements CrmItem {

    static final int ENTITY_TYPE_ID = 2;
    static final Set<String> FIELDS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("id", "entityTypeId",
            "title", "stageId", "categoryId", "stageSemanticId", "closed", "opportunity", "currencyId", "companyId",
            "contactId", "contactIds", "opened", "assignedById", "createdBy", "updatedBy", "createdTime",
            "updatedTime", "movedTime")));

    @Override
    public int entityTypeId() {
        return ENTITY_TYPE_ID;
    }

    @Override
    public List<Multifield> fm() {
        return List.of();
    }

    @Override
    public boolean hasMultifields() {
        return false;
    }

    @Override
    public Set<String> fieldNames() {
        return FIELDS;
    }

    /** P in progress, S won, F lost: from the stage id as the default funnel names them. */
    String stageSemanticId() {
        String stage = stageId.contains(":") ? stageId.substring(stageId.indexOf(':') + 1) : stageId;
        return stage.equals("WON") ? "S" : stage.equals("LOSE") ? "F" : "P";
    }

    @Override
    public Object field(String field) {
        switch (field) {
            case "title": return title;
            case "stageId": return stageId;
            case "categoryId": return categoryId;
            case "stageSemanticId": return stageSemanticId();
            case "closed": return stageSemanticId().equals("P") ? "N" : "Y";
            case "opportunity": return opportunity;
            case "currencyId": return currencyId;
            case "companyId": return companyId;
            case "contactId": return contactId;
            case "contactIds": return contactId == null ? List.of() : List.of(contactId);
            case "movedTime": return createdTime;
            default: return commonField(field, createdTime);
        }
    }
}
