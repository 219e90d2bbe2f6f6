package dev.waitlistdesk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.TestPortal;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.StoreException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionCheckTest {

    final TestPortal portal = new TestPortal();

    @AfterEach
    void close() {
        portal.close();
    }

    @Test
    void provesBothScopesInOneRequest() {
        portal.ok("""
                {"result":{"result":{"booking":{"clientType":[]},"crm":{"items":[]}},
                 "result_error":[],"result_total":[],"result_next":[],"result_time":[]}}""");

        ConnectionCheck.run(portal.client);

        RecordedRequest request = portal.take();
        assertEquals("/rest/7/" + TestPortal.CODE + "/batch", request.getTarget());
        JsonNode cmd = TestPortal.json(request.getBody().utf8()).path("cmd");
        assertEquals("booking.v1.clienttype.list", cmd.path("booking").asText());
        assertTrue(cmd.path("crm").asText().startsWith("crm.item.list?"), cmd.toString());
        assertEquals(List.of(), portal.time.sleeps());
    }

    @Test
    void aMissingScopeIsNotAllowed() {
        portal.ok("""
                {"result":{"result":{"crm":{"items":[]}},"result_error":{"booking":{"error":"insufficient_scope",
                 "error_description":"The request requires higher privileges than provided by the webhook token"}}}}""");

        StoreException e = assertThrows(StoreException.class, () -> ConnectionCheck.run(portal.client));

        Failure.NotAllowed failure = assertInstanceOf(Failure.NotAllowed.class, e.failure());
        assertEquals("insufficient_scope", failure.evidence().code());
    }
}
