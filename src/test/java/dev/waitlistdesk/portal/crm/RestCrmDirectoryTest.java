package dev.waitlistdesk.portal.crm;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.NewContact;
import static dev.waitlistdesk.bitrix.TestPortal.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.bitrix.TestPortal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestCrmDirectoryTest {

    private final TestPortal portal = new TestPortal();
    private final RestCrmDirectory crm = new RestCrmDirectory(portal.client);

    @AfterEach
    void stop() {
        portal.close();
    }

    /** The cmd strings of the next request, which must be a batch. */
    private JsonNode takeBatchCmd() {
        RecordedRequest request = portal.take();
        assertEquals("/rest/7/" + TestPortal.CODE + "/batch", request.getTarget());
        return json(request.getBody().utf8()).path("cmd");
    }

    @Test
    void nameSearchAsksContactsByEveryWordAndCompaniesByTitleInOneRequest() {
        portal.ok("""
                {"result":{"result":{
                  "contacts":{"items":[{"id":255,"name":"Anna","secondName":"","lastName":"Weber","phone":"+49 30 1234","email":""}]},
                  "companies":{"items":[{"id":12,"title":"Anna Weber GmbH","phone":"","email":"info@aw.example"}]}},
                 "result_error":[]}}""");

        List<Client> found = crm.search("  Anna Weber ", 10);

        JsonNode cmd = takeBatchCmd();
        assertEquals("crm.item.list?entityTypeId=3&select[]=id&select[]=name&select[]=secondName&select[]=lastName"
                + "&select[]=phone&select[]=email"
                + "&filter[0][logic]=OR&filter[0][0][%3D%25name]=Anna%25&filter[0][1][%3D%25lastName]=Anna%25"
                + "&filter[0][2][%3D%25secondName]=Anna%25"
                + "&filter[1][logic]=OR&filter[1][0][%3D%25name]=Weber%25&filter[1][1][%3D%25lastName]=Weber%25"
                + "&filter[1][2][%3D%25secondName]=Weber%25"
                + "&order[lastName]=ASC&order[name]=ASC&start=-1", cmd.path("starting").asText());
        assertEquals("crm.item.list?entityTypeId=3&select[]=id&select[]=name&select[]=secondName&select[]=lastName"
                + "&select[]=phone&select[]=email"
                + "&filter[0][logic]=OR&filter[0][0][%25name]=Anna&filter[0][1][%25lastName]=Anna&filter[0][2][%25secondName]=Anna"
                + "&filter[1][logic]=OR&filter[1][0][%25name]=Weber&filter[1][1][%25lastName]=Weber&filter[1][2][%25secondName]=Weber"
                + "&order[lastName]=ASC&order[name]=ASC&start=-1", cmd.path("contacts").asText());
        assertEquals("crm.item.list?entityTypeId=4&select[]=id&select[]=title&select[]=phone&select[]=email"
                + "&filter[%25title]=Anna+Weber&order[title]=ASC&start=-1", cmd.path("companies").asText());
        assertEquals(List.of(
                new Client(ClientId.contact(255), "Anna Weber", "+49 30 1234", ""),
                new Client(ClientId.company(12), "Anna Weber GmbH", "", "info@aw.example")), found);
        assertEquals(1, portal.server.getRequestCount());
    }

    @Test
    void searchCutsToTheLimitAndIgnoresBlankText() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            items.append(i > 1 ? "," : "").append("{\"id\":").append(i).append(",\"name\":\"Ann").append(i).append("\"}");
        }
        portal.ok("{\"result\":{\"result\":{\"contacts\":{\"items\":[" + items + "]},\"companies\":{\"items\":[]}}}}");

        assertEquals(3, crm.search("ann", 3).size());
        assertEquals(List.of(), crm.search("   ", 10));
        assertEquals(1, portal.server.getRequestCount());
    }

    @Test
    void aPhoneIsLookedUpWithFindByCommThenLoadedById() {
        portal.ok("""
                {"result":{"result":{"find_contact":{"CONTACT":[275,2297]},"find_company":[]},
                 "result_error":[]}}""");
        portal.ok("""
                {"result":{"result":{"contact_0":{"items":[
                   {"id":275,"name":"Klaus","lastName":"Weber","phone":"+49 (30) 555-12"},
                   {"id":2297,"name":"Eva","lastName":"Braun","fm":[{"id":1,"typeId":"PHONE","valueType":"WORK","value":"+49 (30) 555-12"}]}]}},
                 "result_error":[]}}""");

        List<Client> found = crm.search("+49 (30) 555-12", 10);

        JsonNode finds = takeBatchCmd();
        assertEquals("crm.duplicate.findbycomm?entity_type=CONTACT&type=PHONE&values[]=%2B49+%2830%29+555-12"
                + "&values[]=%2B493055512&values[]=493055512", finds.path("find_contact").asText());
        assertTrue(finds.path("find_company").asText().startsWith("crm.duplicate.findbycomm?entity_type=COMPANY&type=PHONE"));
        JsonNode loads = takeBatchCmd();
        assertEquals("crm.item.list?entityTypeId=3&select[]=id&select[]=name&select[]=secondName&select[]=lastName"
                + "&select[]=phone&select[]=email&filter[%40id][]=275&filter[%40id][]=2297&order[id]=ASC&start=-1",
                loads.path("contact_0").asText());
        assertEquals(List.of("Klaus Weber", "Eva Braun"), found.stream().map(Client::name).toList());
        assertEquals("+49 (30) 555-12", found.get(1).phone());
    }

    @Test
    void anEmailIsLookedUpAsEmailAndNoHitsMeanNoSecondRequest() {
        portal.ok("{\"result\":{\"result\":{\"find_contact\":[],\"find_company\":[]},\"result_error\":[]}}");

        assertEquals(List.of(), crm.search("Anna@Example.com", 10));

        JsonNode finds = takeBatchCmd();
        assertEquals("crm.duplicate.findbycomm?entity_type=CONTACT&type=EMAIL&values[]=Anna%40Example.com"
                + "&values[]=anna%40example.com", finds.path("find_contact").asText());
        assertEquals(1, portal.server.getRequestCount());
    }

    @Test
    void findByCommErrorsAreThrown() {
        portal.ok("{\"result\":{\"result\":[],\"result_error\":{\"find_contact\":{\"error\":\"Access denied.\","
                + "\"error_description\":\"\"}}}}");

        RestException e = assertThrows(RestException.class, () -> crm.search("+4930555", 10));

        assertEquals("crm.duplicate.findbycomm", e.method());
        assertEquals("find_contact", e.command());
    }

    @Test
    void resolveAskFiftyIdsPerCommandAllInOneRequest() {
        List<CrmRef> refs = new ArrayList<>();
        for (long id = 1; id <= 60; id++) {
            refs.add(new CrmRef(CrmKind.CONTACT, id));
        }
        refs.add(new CrmRef(CrmKind.COMPANY, 9));
        refs.add(new CrmRef(CrmKind.COMPANY, 10)); // deleted meanwhile
        StringBuilder first = new StringBuilder();
        for (int id = 1; id <= 50; id++) {
            first.append(id > 1 ? "," : "").append("{\"id\":").append(id).append(",\"name\":\"N").append(id).append("\"}");
        }
        portal.ok("{\"result\":{\"result\":{\"contact_0\":{\"items\":[" + first + "]},"
                + "\"contact_1\":{\"items\":[{\"id\":51,\"name\":\"N51\"}]},"
                + "\"company_0\":{\"items\":[{\"id\":9,\"title\":\"Acme\",\"phone\":\"1\",\"email\":\"a@acme\"}]}},"
                + "\"result_error\":[]}}");

        Map<CrmRef, Client> parties = crm.resolve(refs);

        JsonNode cmd = takeBatchCmd();
        assertEquals(3, cmd.size());
        assertTrue(cmd.path("contact_1").asText().contains("filter[%40id][]=51&"), cmd.path("contact_1").asText());
        assertTrue(cmd.path("company_0").asText().startsWith("crm.item.list?entityTypeId=4&select[]=id&select[]=title"));
        assertEquals(1, portal.server.getRequestCount());
        assertEquals(52, parties.size());
        assertEquals(new Client(ClientId.company(9), "Acme", "1", "a@acme"),
                parties.get(new CrmRef(CrmKind.COMPANY, 9)));
        assertEquals("N51", parties.get(new CrmRef(CrmKind.CONTACT, 51)).name());
        assertEquals(Map.of(), crm.resolve(List.of()));
        assertEquals(1, portal.server.getRequestCount());
    }

    @Test
    void addContactSendsNamesAndMultifields() {
        portal.ok("{\"result\":{\"item\":{\"id\":301,\"name\":\"Anna\",\"lastName\":\"Weber\",\"fm\":["
                + "{\"id\":5,\"typeId\":\"PHONE\",\"valueType\":\"WORK\",\"value\":\"+4930555\"}]}}}");

        Client added = crm.addContact(new NewContact(" Anna ", "Weber", "+4930555", "anna@example.com"));

        RecordedRequest request = portal.take();
        assertEquals("/rest/7/" + TestPortal.CODE + "/crm.item.add", request.getTarget());
        assertEquals(json("{\"entityTypeId\":3,\"fields\":{\"name\":\"Anna\",\"lastName\":\"Weber\",\"fm\":["
                + "{\"valueType\":\"WORK\",\"value\":\"+4930555\",\"typeId\":\"PHONE\"},"
                + "{\"valueType\":\"WORK\",\"value\":\"anna@example.com\",\"typeId\":\"EMAIL\"}]}}"),
                json(request.getBody().utf8()));
        assertEquals(new Client(ClientId.contact(301), "Anna Weber", "+4930555", "anna@example.com"), added);
    }

    @Test
    void anEmptyNewContactIsRefusedBeforeAnyRequest() {
        assertThrows(IllegalArgumentException.class, () -> crm.addContact(new NewContact("", " ", null, "")));
        assertEquals(0, portal.server.getRequestCount());
    }

    @Test
    void allReadsEveryPageById() {
        StringBuilder page = new StringBuilder();
        for (int id = 1; id <= 50; id++) {
            page.append(id > 1 ? "," : "").append("{\"id\":").append(id).append(",\"title\":\"C").append(id).append("\"}");
        }
        portal.ok("{\"result\":{\"items\":[" + page + "]},\"total\":0}");
        portal.ok("{\"result\":{\"items\":[]},\"total\":0}");

        List<Client> companies = crm.all(CrmKind.COMPANY);

        JsonNode first = portal.takeJson();
        JsonNode second = portal.takeJson();
        assertEquals(50, companies.size());
        assertEquals(4, first.path("entityTypeId").asInt());
        assertEquals(0, first.path("filter").path(">id").asInt());
        assertEquals(50, second.path("filter").path(">id").asInt());
        assertEquals(-1, second.path("start").asInt());
    }

    @Test
    void searchTextRecognisesPhonesAndEmails() {
        assertEquals("PHONE", SearchText.commType("+49 30 1234-56"));
        assertEquals("PHONE", SearchText.commType("(030) 12345"));
        assertEquals("EMAIL", SearchText.commType("a.b@c.de"));
        assertEquals(null, SearchText.commType("Anna"));
        assertEquals(null, SearchText.commType("1234"));
        assertEquals(null, SearchText.commType("Room 12345"));
    }
}
