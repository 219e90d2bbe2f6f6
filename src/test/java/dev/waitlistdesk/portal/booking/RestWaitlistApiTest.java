package dev.waitlistdesk.portal.booking;

import static dev.waitlistdesk.bitrix.TestPortal.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.waitlistdesk.bitrix.Method;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.bitrix.TestPortal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every booking method: the request it sends and how its documented answer is read. */
class RestWaitlistApiTest {

    private final TestPortal portal = new TestPortal();
    private final RestWaitlistApi api = new RestWaitlistApi(portal.client);

    @AfterEach
    void stop() {
        portal.close();
    }


    @Test
    void aRecordWithoutAUsableIdMakesTheAnswerUnreadable_neverRecordZero() {
        for (String row : List.of("{\"note\":\"x\"}", "{\"id\":null}", "{\"id\":\"abc\"}", "{\"id\":-3}")) {
            RestException e = assertThrows(RestException.class, () -> RestWaitlistApi.record(json(row)), row);

            assertEquals(RestException.Kind.UNREADABLE_RESPONSE, e.kind());
        }
    }

    @Test
    void aRecordWithoutANoteHasAnEmptyOne() {
        assertEquals(new WaitlistRecord(7, ""), RestWaitlistApi.record(json("{\"id\":7,\"note\":null}")));
    }

    @Test
    void addAcceptsAnObjectWithIdOrABareInteger() {
        portal.ok("{\"result\":{\"id\":107}}");
        portal.ok("{\"result\":108}");

        assertEquals(107, api.add("Note"));
        assertEquals(108, api.add(null));

        portal.expect("booking.v1.waitlist.add", "{\"fields\":{\"note\":\"Note\"}}");
        portal.expect("booking.v1.waitlist.add", "{\"fields\":{\"note\":\"\"}}");
    }

    @Test
    void deleteSendsTheId() {
        portal.ok("{\"result\":true}");

        api.delete(5);

        portal.expect("booking.v1.waitlist.delete", "{\"id\":5}");
    }

    @Test
    void notFoundCodesDifferPerMethodButAllAreNotFound() {
        portal.error(400, "1040", "Wait list not found");
        portal.error(400, "1036", "wait list item not found");
        portal.error(400, "1037", "booking not found");

        assertEquals(RestException.Kind.NOT_FOUND, assertThrows(RestException.class, () -> api.clients(9)).kind());
        assertEquals(RestException.Kind.NOT_FOUND, assertThrows(RestException.class, () -> api.delete(9)).kind());
        RestException e = assertThrows(RestException.class, () -> portal.client.call(
                Method.write("booking.v1.waitlist.createfrombooking"), Map.of("bookingId", 9)));
        assertEquals(RestException.Kind.NOT_FOUND, e.kind());
        assertEquals("1037", e.code());
    }

    @Test
    void clientListAndSetUseTypeObjects() {
        portal.ok("{\"result\":{\"waitListClient\":[{\"id\":1,\"type\":{\"code\":\"COMPANY\",\"module\":\"crm\"}},"
                + "{\"id\":2,\"type\":{\"code\":\"CONTACT\",\"module\":\"crm\"}}]}}");
        portal.ok("{\"result\":true}");

        List<ClientRef> clients = api.clients(4);
        api.setClients(4, List.of(ClientRef.contact(1), ClientRef.contact(2)));

        assertEquals(List.of(ClientRef.company(1), ClientRef.contact(2)), clients);
        portal.expect("booking.v1.waitlist.client.list", "{\"waitListId\":4}");
        portal.expect("booking.v1.waitlist.client.set", "{\"waitListId\":4,\"clients\":[{\"id\":1,\"type\":"
                + "{\"module\":\"crm\",\"code\":\"CONTACT\"}},{\"id\":2,\"type\":{\"module\":\"crm\",\"code\":\"CONTACT\"}}]}");
    }

    @Test
    void clientSetOverOAuthGoesToTheRestBaseWithAuthInTheBody() {
        RestClient oauth = new RestClient(Portal.oauth(portal.base() + "rest/", "acc3ss", "refr3sh", "app", "s"),
                RestOptions.defaults().withTime(portal.time, portal.time));
        portal.ok("{\"result\":true}");

        new RestWaitlistApi(oauth).setClients(4, List.of(ClientRef.company(3)));

        RecordedRequest request = portal.take();
        assertEquals("/rest/booking.v1.waitlist.client.set", request.getTarget());
        assertEquals(json("{\"waitListId\":4,\"clients\":[{\"id\":3,\"type\":{\"module\":\"crm\",\"code\":\"COMPANY\"}}],"
                + "\"auth\":\"acc3ss\"}"), json(request.getBody().utf8()));
    }

    @Test
    void clientsOfManyRecordsGoInOneBatchPerFiftyAndSkipDeletedRecords() {
        StringBuilder first = new StringBuilder("{\"result\":{\"result\":{");
        for (int id = 1; id <= 50; id++) {
            if (id != 7) {
                first.append(id > 1 ? "," : "").append("\"cl_").append(id).append("\":{\"waitListClient\":[{\"id\":")
                        .append(id * 10).append(",\"type\":{\"code\":\"CONTACT\",\"module\":\"crm\"}}]}");
            }
        }
        first.append("},\"result_error\":{\"cl_7\":{\"error\":1040,\"error_description\":\"Wait list not found\"}}}}");
        portal.ok(first.toString());
        portal.ok("{\"result\":{\"result\":{\"cl_51\":{\"waitListClient\":[]}},\"result_error\":[]}}");
        List<Long> ids = new java.util.ArrayList<>();
        for (long id = 1; id <= 51; id++) {
            ids.add(id);
        }

        Map<Long, List<ClientRef>> clients = api.clientsOf(ids);

        assertEquals(2, portal.server.getRequestCount());
        assertEquals("booking.v1.waitlist.client.list?waitListId=1", portal.takeJson().path("cmd").path("cl_1").asText());
        assertEquals(50, clients.size());
        assertEquals(List.of(ClientRef.contact(30)), clients.get(3L));
        assertEquals(List.of(), clients.get(51L));
        assertEquals(null, clients.get(7L));
    }

    @Test
    void clientsOfThrowsOtherFailures() {
        portal.ok("{\"result\":{\"result\":[],\"result_error\":{\"cl_1\":{\"error\":\"insufficient_scope\","
                + "\"error_description\":\"higher privileges\"}}}}");

        RestException e = assertThrows(RestException.class, () -> api.clientsOf(List.of(1L)));

        assertEquals(RestException.Kind.AUTH, e.kind());
        assertEquals("cl_1", e.command());
    }

    @Test
    void clientTypesAreExactlyTheListedOnes() {
        assertEquals(List.of(ClientType.COMPANY), RestWaitlistApi.clientTypes(
                json("{\"clientType\":[{\"code\":\"COMPANY\",\"module\":\"crm\"}]}")));
        assertEquals(List.of(ClientType.CONTACT, ClientType.COMPANY, new ClientType("crm", "LEAD")),
                RestWaitlistApi.clientTypes(json("{\"clientType\":[{\"code\":\"CONTACT\",\"module\":\"crm\"},"
                        + "{\"code\":\"COMPANY\",\"module\":\"crm\"},{\"code\":\"LEAD\",\"module\":\"crm\"}]}")));
    }

    @Test
    void externalDataListReadsTheLinks() {
        portal.ok("{\"result\":{\"externalData\":[{\"entityTypeId\":\"DEAL\",\"moduleId\":\"crm\",\"value\":\"1\"}]}}");

        List<ExternalLink> links = api.externalData(14);

        assertEquals(List.of(ExternalLink.deal(1)), links);
        portal.expect("booking.v1.waitlist.externalData.list", "{\"waitListId\":14}");
    }

    @Test
    void createFromWaitlistReturnsABareId() {
        portal.ok("{\"result\":582}");
        DatePeriod period = new DatePeriod(Instant.ofEpochSecond(1723446900), Instant.ofEpochSecond(1723447800),
                ZoneId.of("Europe/Berlin"));

        assertEquals(582, createFromWaitlist(portal.client, 10, List.of(1L, 2L, 3L), period, "", ""));

        portal.expect("booking.v1.booking.createfromwaitlist", "{\"waitListId\":10,\"fields\":{\"resourceIds\":[1,2,3],"
                + "\"datePeriod\":{\"from\":{\"timestamp\":1723446900,\"timezone\":\"Europe/Berlin\"},"
                + "\"to\":{\"timestamp\":1723447800,\"timezone\":\"Europe/Berlin\"}}}}");
    }

    @Test
    void createFromWaitlistReportsInvalidPeriod() {
        portal.error(400, "422", "Invalid date period");
        DatePeriod period = new DatePeriod(Instant.ofEpochSecond(1), Instant.ofEpochSecond(2), ZoneId.of("UTC"));

        RestException e = assertThrows(RestException.class,
                () -> createFromWaitlist(portal.client, 10, List.of(1L), period, "Visit", "From the desk"));

        assertEquals(RestException.Kind.INVALID_REQUEST, e.kind());
        assertEquals("Visit", portal.takeJson().path("fields").path("name").asText());
    }

    @Test
    void anAnswerWithoutTheExpectedKeyIsUnreadable() {
        portal.ok("{\"result\":{\"something\":[]}}");

        RestException e = assertThrows(RestException.class, () -> api.clients(1));

        assertEquals(RestException.Kind.UNREADABLE_RESPONSE, e.kind());
    }

    @Test
    void clientsOfNoRecordsSendsNothing() {
        assertEquals(Map.of(), api.clientsOf(List.of()));
        assertEquals(0, portal.server.getRequestCount());
    }

    @Test
    void everyMethodOverOAuthGoesToTheClientEndpointWithAuthInTheBody() {
        RestClient oauthClient = new RestClient(
                Portal.oauth(portal.base() + "rest/", "acc3ss", "refr3sh", "app", "s"),
                RestOptions.defaults().withTime(portal.time, portal.time));
        RestWaitlistApi oauth = new RestWaitlistApi(oauthClient);
        portal.ok("{\"result\":{\"id\":2}}");
        portal.ok("{\"result\":true}");
        portal.ok("{\"result\":{\"waitListClient\":[]}}");
        portal.ok("{\"result\":{\"externalData\":[]}}");
        portal.ok("{\"result\":4}");
        portal.ok("{\"result\":{\"result\":{\"cl_1\":{\"waitListClient\":[]}}}}");

        oauth.add("n");
        oauth.delete(1);
        oauth.clients(1);
        oauth.externalData(1);
        createFromWaitlist(oauthClient, 1, List.of(1L), new DatePeriod(Instant.ofEpochSecond(1), Instant.ofEpochSecond(2),
                ZoneId.of("UTC")), "", "");
        oauth.clientsOf(List.of(1L));

        List<String> methods = List.of("booking.v1.waitlist.add", "booking.v1.waitlist.delete",
                "booking.v1.waitlist.client.list", "booking.v1.waitlist.externalData.list",
                "booking.v1.booking.createfromwaitlist", "batch");
        for (String method : methods) {
            RecordedRequest request = portal.take();
            assertEquals("/rest/" + method, request.getTarget());
            assertEquals("acc3ss", json(request.getBody().utf8()).path("auth").asText(), method);
            assertEquals("application/json", request.getHeaders().get("Accept"));
        }
    }

    /** The booking call as WaitlistBooking's batch sends it, here on its own. */
    private static long createFromWaitlist(RestClient client, long waitListId, List<Long> resourceIds, DatePeriod period,
                                           String name, String description) {
        return Answers.id(BookingCalls.BOOKING_CREATEFROMWAITLIST, client.call(BookingCalls.BOOKING_CREATEFROMWAITLIST,
                RestWaitlistApi.createFromWaitlistParams(waitListId, resourceIds, period, name, description)));
    }
}
