package dev.waitlistdesk.portal.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waitlistdesk.bitrix.TestPortal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stage names are decoration: a portal that will not give them leaves the codes, never an error. */
class RestDealsTest {

    private final TestPortal portal = new TestPortal();
    private final RestDeals deals = new RestDeals(portal.client);

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aRefusedFunnelKeepsItsCodes_andIsNotAskedAgain() {
        portal.ok("""
                {"result":{"result":{"DEAL_STAGE":[{"STATUS_ID":"NEW","NAME":"Neu"}]},
                 "result_error":{"DEAL_STAGE_3":{"error":"ACCESS_DENIED","error_description":"Access denied."}}}}""");

        Map<String, String> names = deals.stageNames(List.of("NEW", "C3:WON"));
        Map<String, String> again = deals.stageNames(List.of("NEW", "C3:WON"));

        assertEquals(Map.of("NEW", "Neu"), names);
        assertEquals(names, again);
        assertEquals(1, portal.server.getRequestCount());
        assertEquals("crm.status.list?filter[ENTITY_ID]=DEAL_STAGE_3",
                portal.takeJson().path("cmd").path("DEAL_STAGE_3").asText());
    }

    @Test
    void aFailedRequestLeavesTheCodesForThisTime_andIsTriedAgainNextTime() {
        portal.reply(400, "{\"error\":\"INVALID_REQUEST\",\"error_description\":\"no\"}");
        portal.ok("{\"result\":{\"result\":{\"DEAL_STAGE\":[{\"STATUS_ID\":\"WON\",\"NAME\":\"Deal won\"}]}}}");

        assertEquals(Map.of(), deals.stageNames(List.of("WON")));
        assertEquals(Map.of("WON", "Deal won"), deals.stageNames(List.of("WON")));
    }
}
