package dev.waitlistdesk.portal.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.TestPortal;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.DateRange;
import dev.waitlistdesk.port.RecordHeader;
import dev.waitlistdesk.port.RecordList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The waitlist's pages as the store reads them: 50 pages per batch, over a real socket. */
class BookingWaitlistStoreTest {

    private final TestPortal portal = new TestPortal();
    private final BookingWaitlistStore store = new BookingWaitlistStore(portal.client);

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void fortyNinePagesAndTheClientTypesGoInOneBatch_andAShortPageEndsTheList() {
        List<List<Long>> pages = new ArrayList<>(List.of(ids(1, 50), ids(51, 3)));
        portal.ok(batch(pages, 0, false));

        RecordList list = store.records(Optional.empty());

        JsonNode cmd = portal.takeJson().path("cmd");
        assertEquals(50, cmd.size());
        assertEquals("booking.v1.waitlist.list?start=0", cmd.path("page0").asText());
        assertEquals("booking.v1.waitlist.list?start=2400", cmd.path("page48").asText());
        assertEquals("booking.v1.clienttype.list", cmd.path("kinds").asText(), "no request of their own");
        assertEquals(53, list.records().size());
        assertEquals(53, list.records().get(0).id(), "newest first");
        assertFalse(list.cut());
        assertEquals(1, portal.server.getRequestCount());
    }

    @Test
    void eachPageCarriesTheDaysAsDdMmYyyy_withTheEndExclusive() {
        portal.ok(batch(List.of(ids(15, 2)), 0, false));

        store.records(Optional.of(new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 15))));

        assertEquals("booking.v1.waitlist.list?filter[createdWithin][from]=01.04.2025"
                + "&filter[createdWithin][to]=16.04.2025&start=0",
                portal.takeJson().path("cmd").path("page0").asText());
    }

    @Test
    void aPortalThatIgnoresStartIsNotAskedForever() {
        List<List<Long>> same = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            same.add(ids(1, 50));
        }
        portal.ok(batch(same, 0, false));

        assertEquals(50, store.records(Optional.empty()).records().size());
        assertEquals(1, portal.server.getRequestCount());
    }

    @Test
    void fortyNineFullPagesNeedAnotherBatch_thatEndsAtAnEmptyPage() {
        List<List<Long>> full = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            full.add(ids(page * 50L + 1, 50));
        }
        portal.ok(batch(full.subList(0, 49), 0, false));
        portal.ok(batch(List.of(full.get(49), List.of()), 49, false));
        assertEquals(2_500, store.records(Optional.empty()).records().stream().map(RecordHeader::id)
                .distinct().count());
        assertEquals(2, portal.server.getRequestCount(), "the empty page that proves the end is in the second");
    }

    @Test
    void theClientTypesComeWithTheFirstPage() {
        portal.ok("{\"result\":{\"result\":{\"page0\":{\"waitList\":[{\"id\":1,\"note\":\"n\"}]},"
                + "\"kinds\":{\"clientType\":[{\"module\":\"crm\",\"code\":\"CONTACT\"}]}},"
                + "\"result_error\":[],\"result_total\":[],\"result_next\":[]}}");

        RecordList list = store.records(Optional.empty());

        assertEquals(List.of(ClientId.Kind.CONTACT), list.kinds());
        assertEquals(1, portal.server.getRequestCount());
    }

    private static List<Long> ids(long first, int count) {
        List<Long> ids = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            ids.add(id);
        }
        return ids;
    }

    /** A batch answer with these pages under page{first}, page{first + 1}..., with result_total when asked. */
    private static String batch(List<List<Long>> pages, int first, boolean total) {
        StringBuilder results = new StringBuilder();
        StringBuilder totals = new StringBuilder();
        int all = pages.stream().mapToInt(List::size).sum();
        for (int page = 0; page < pages.size(); page++) {
            StringBuilder rows = new StringBuilder();
            for (long id : pages.get(page)) {
                rows.append(rows.length() == 0 ? "" : ",").append("{\"id\":").append(id).append(",\"note\":\"n\"}");
            }
            results.append(page == 0 ? "" : ",").append("\"page").append(first + page).append("\":{\"waitList\":[")
                    .append(rows).append("]}");
            totals.append(page == 0 ? "" : ",").append("\"page").append(first + page).append("\":").append(all);
        }
        return "{\"result\":{\"result\":{" + results + "},\"result_error\":[],\"result_total\":"
                + (total ? "{" + totals + "}" : "[]") + ",\"result_next\":[]}}";
    }
}
