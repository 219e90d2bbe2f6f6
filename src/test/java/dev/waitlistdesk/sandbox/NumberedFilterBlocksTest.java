package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch command with numbered filter blocks, {@code filter[0][logic]=OR&filter[0][0][%name]=...},
 * parses as a list (keys 0..n); PHP reads it the same as an object, so the sandbox must too.
 * Found by the desk's client search (RestCrmDirectory sends exactly this).
 */
class NumberedFilterBlocksTest {

    @TempDir
    Path folder;
    SandboxServer sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(new SandboxConfig(folder.resolve("portal.json"), 0, 3,
                new SandboxConfig.Scale(20, 2, 0), SandboxConfig.RateLimit.OFF, true));
        sandbox.data().addContact("Zelda", "", "Quarry", "", null, List.of());
        sandbox.data().addContact("Quentin", "", "Zeldovich", "", null, List.of());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void numberedOrBlocksInABatchFindByFirstOrLastName() {
        RestCall.Reply reply = RestCall.postJson(sandbox.webhookUrl() + "batch", "{\"cmd\":{\"c\":\"crm.item.list?"
                + "entityTypeId=3&select[]=id&select[]=name&select[]=lastName"
                + "&filter[0][logic]=OR&filter[0][0][%25name]=zeld&filter[0][1][%25lastName]=zeld\"}}");

        JsonNode result = reply.result();
        assertEquals(0, result.get("result_error").size(), result.toString());
        List<String> names = new ArrayList<>();
        result.get("result").get("c").get("items").forEach(i -> names.add(i.get("name").asText()));
        assertEquals(List.of("Zelda", "Quentin"), names);
    }
}
