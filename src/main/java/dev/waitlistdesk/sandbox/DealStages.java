package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code crm.status.list} for deal stages: the default funnel ({@code DEAL_STAGE}) and funnel 1
 * ({@code DEAL_STAGE_1}), with the names a new portal gives them. Rows are an array directly in
 * {@code result}, as the CRM's classic list methods answer; other entities answer no rows.
 */
final class DealStages {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("NEW", "New");
        NAMES.put("PREPARATION", "Preparing documents");
        NAMES.put("PREPAYMENT_INVOICE", "Prepayment invoice");
        NAMES.put("EXECUTING", "In progress");
        NAMES.put("FINAL_INVOICE", "Final invoice");
        NAMES.put("WON", "Deal won");
        NAMES.put("LOSE", "Deal lost");
        NAMES.put("C1:NEW", "New");
        NAMES.put("C1:WON", "Deal won");
    }

    private DealStages() {
    }

    static void register(Methods methods) {
        methods.add("crm.status.list", DealStages::list);
    }

    /** The funnel a stage belongs to: {@code C1:WON} is in DEAL_STAGE_1, {@code WON} in DEAL_STAGE. */
    private static String entityOf(String stageId) {
        int colon = stageId.indexOf(':');
        return colon > 1 && stageId.charAt(0) == 'C' ? "DEAL_STAGE_" + stageId.substring(1, colon) : "DEAL_STAGE";
    }

    private static Answer list(Params params) {
        String entity = Params.text(Params.node(params.get("filter"), "ENTITY_ID"));
        ArrayNode rows = SandboxJson.MAPPER.createArrayNode();
        int sort = 10;
        for (Map.Entry<String, String> stage : NAMES.entrySet()) {
            String stageEntity = entityOf(stage.getKey());
            if (entity == null || entity.equals(stageEntity)) {
                rows.addObject().put("ID", String.valueOf(rows.size() + 1)).put("ENTITY_ID", stageEntity)
                        .put("STATUS_ID", stage.getKey()).put("NAME", stage.getValue()).put("SORT", sort);
            }
            sort += 10;
        }
        return new Answer(rows, rows.size(), null);
    }
}
