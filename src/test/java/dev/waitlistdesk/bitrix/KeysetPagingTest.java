package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding 2: keyset paging stops when a page brings no new id, and refuses rows without a numeric id. */
class KeysetPagingTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void stop() {
        portal.close();
    }

    private static String page(long firstId, int rows) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":").append(firstId + i).append('}');
        }
        return "{\"result\":{\"items\":[" + items + "]}}";
    }

    @Test
    void aPortalThatIgnoresTheIdFilterIsStoppedAtTheSecondPage() {
        // given a portal that sends ids 1..50 whatever ">id" says (the old code paged until memory ran out)
        for (int i = 0; i < 5; i++) {
            portal.ok(page(1, 50));
        }

        RestException e = assertThrows(RestException.class,
                () -> KeysetPaging.all(portal.client, Method.read("crm.item.list"), Map.of("entityTypeId", 3), "items"));

        assertEquals(RestException.Reason.PAGING_STUCK, e.reason());
        assertTrue(e.getMessage().contains("same page again"), e.getMessage());
        assertEquals(2, portal.server.getRequestCount());
    }

    @Test
    void pagesThatAdvanceAreAllRead() {
        portal.ok(page(1, 50));
        portal.ok(page(51, 50));
        portal.ok(page(101, 3));

        assertEquals(103, KeysetPaging.all(portal.client, Method.read("crm.item.list"), Map.of(), "items").size());
        assertEquals(0, portal.takeJson().path("filter").path(">id").asLong());
        assertEquals(50, portal.takeJson().path("filter").path(">id").asLong());
        assertEquals(100, portal.takeJson().path("filter").path(">id").asLong());
    }

    @Test
    void numericStringIdsAreRead() {
        portal.ok("{\"result\":{\"items\":[{\"id\":\"7\"},{\"id\":8}]}}");

        assertEquals(2, KeysetPaging.all(portal.client, Method.read("crm.item.list"), Map.of(), "items").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"no id\"}", "{\"id\":null}", "{\"id\":\"abc\"}", "{\"id\":1.5}",
            "{\"id\":{\"x\":1}}", "{\"id\":-3}", "{\"id\":99999999999999999999999}"})
    void aRowWithoutANumericIdMakesTheAnswerUnreadable(String row) {
        portal.ok("{\"result\":{\"items\":[{\"id\":1}," + row + "]}}");

        RestException e = assertThrows(RestException.class,
                () -> KeysetPaging.all(portal.client, Method.read("crm.item.list"), Map.of(), "items"));

        assertEquals(RestException.Kind.UNREADABLE_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("without a numeric id"), e.getMessage());
    }
}
