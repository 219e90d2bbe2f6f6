package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading whole lists over a real socket: by offset a page a request or a batch of pages at a time,
 * and by id (finding 2: keyset paging stops when a page brings no new id, and refuses rows without a
 * numeric id).
 */
class PagingTest {

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

    /** A waitlist-like page: its rows under {@code rows}. */
    private static String offsetPage(long firstId, int rows) {
        return page(firstId, rows).replace("\"items\"", "\"rows\"");
    }

    private List<JsonNode> byOffset(int maxPages) {
        return Paging.byOffset(portal.client, Method.read("booking.v1.resource.list"), Map.of(),
                result -> result.path("rows"), maxPages);
    }

    @Test
    void offsetPagesAreReadUntilAShortPage_eachNamingItsStart() {
        portal.ok(offsetPage(1, 50));
        portal.ok(offsetPage(51, 50));
        portal.ok(offsetPage(101, 7));

        assertEquals(107, byOffset(40).size());
        for (int start : new int[] {0, 50, 100}) {
            assertEquals(start, portal.takeJson().path("start").asInt());
        }
        assertEquals(3, portal.server.getRequestCount());
    }

    @Test
    void aPortalThatIgnoresStartIsAskedTwiceNotForever() {
        for (int i = 0; i < 5; i++) {
            portal.ok(offsetPage(1, 50));
        }

        assertEquals(50, byOffset(40).size());
        assertEquals(2, portal.server.getRequestCount());
    }

    @Test
    void aBatchOfPagesStopsAtTheMostPagesAsked_andSaysTheListWasCut() {
        // given two full pages in one batch answer, and room for two pages
        portal.ok(twoFullPages("[]"));
        Paging.Offset pages = offset(2);

        List<BatchCommand> asked = pages.next(50);
        pages.read(portal.client.batch(asked));

        assertEquals(2, asked.size());
        assertEquals(100, pages.rows().size());
        assertTrue(pages.cut());
        assertFalse(pages.more());
    }

    @Test
    void aBatchOfPagesEndsAtThePageThatReachesTheTotal() {
        portal.ok(twoFullPages("{\"p0\":100,\"p1\":100}"));
        Paging.Offset pages = offset(400);

        pages.read(portal.client.batch(pages.next(2)));

        assertEquals(100, pages.rows().size());
        assertFalse(pages.more(), "no request for an empty third page");
        assertFalse(pages.cut());
    }

    /** A batch answer with pages p0 (ids 1-50) and p1 (51-100), and these totals. */
    private static String twoFullPages(String totals) {
        return "{\"result\":{\"result\":{\"p0\":" + rows(1) + ",\"p1\":" + rows(51) + "},"
                + "\"result_error\":[],\"result_total\":" + totals + ",\"result_next\":[]}}";
    }

    private static String rows(long firstId) {
        return offsetPage(firstId, 50).replaceFirst("^\\{\"result\":", "").replaceFirst("}$", "");
    }

    private static Paging.Offset offset(int maxPages) {
        return new Paging.Offset("p", Method.read("booking.v1.waitlist.list"), Map.of(), result -> result.path("rows"),
                maxPages);
    }

    @Test
    void idsGoFiftyToAList() {
        List<Long> ids = new java.util.ArrayList<>();
        for (long id = 1; id <= 101; id++) {
            ids.add(id);
        }

        assertEquals(List.of(50, 50, 1), Paging.chunks(ids).stream().map(List::size).toList());
        assertEquals(List.of(), Paging.chunks(List.of()));
    }

    @Test
    void aPortalThatIgnoresTheIdFilterIsStoppedAtTheSecondPage() {
        // given a portal that sends ids 1..50 whatever ">id" says (the old code paged until memory ran out)
        for (int i = 0; i < 5; i++) {
            portal.ok(page(1, 50));
        }

        RestException e = assertThrows(RestException.class,
                () -> Paging.byId(portal.client, Method.read("crm.item.list"), Map.of("entityTypeId", 3), "items"));

        assertEquals(RestException.Reason.PAGING_STUCK, e.reason());
        assertTrue(e.getMessage().contains("same page again"), e.getMessage());
        assertEquals(2, portal.server.getRequestCount());
    }

    @Test
    void pagesThatAdvanceAreAllRead() {
        portal.ok(page(1, 50));
        portal.ok(page(51, 50));
        portal.ok(page(101, 3));

        assertEquals(103, Paging.byId(portal.client, Method.read("crm.item.list"), Map.of(), "items").size());
        assertEquals(0, portal.takeJson().path("filter").path(">id").asLong());
        assertEquals(50, portal.takeJson().path("filter").path(">id").asLong());
        assertEquals(100, portal.takeJson().path("filter").path(">id").asLong());
    }

    @Test
    void numericStringIdsAreRead() {
        portal.ok("{\"result\":{\"items\":[{\"id\":\"7\"},{\"id\":8}]}}");

        assertEquals(2, Paging.byId(portal.client, Method.read("crm.item.list"), Map.of(), "items").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"no id\"}", "{\"id\":null}", "{\"id\":\"abc\"}", "{\"id\":1.5}",
            "{\"id\":{\"x\":1}}", "{\"id\":-3}", "{\"id\":99999999999999999999999}"})
    void aRowWithoutANumericIdMakesTheAnswerUnreadable(String row) {
        portal.ok("{\"result\":{\"items\":[{\"id\":1}," + row + "]}}");

        RestException e = assertThrows(RestException.class,
                () -> Paging.byId(portal.client, Method.read("crm.item.list"), Map.of(), "items"));

        assertEquals(RestException.Kind.UNREADABLE_RESPONSE, e.kind());
        assertTrue(e.getMessage().contains("without a numeric id"), e.getMessage());
    }
}
