package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.RestException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Finding 1: an answer is read only up to a limit, counted after decompression. */
class AnswerLimitsTest {

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void aGzipBombEndsInTheProjectsExceptionWithoutInflatingIt() {
        // given 64 KiB on the wire that inflate to 64 MiB (the audit's was 1 MiB → 1 GiB)
        byte[] bomb = gzipOfZeros(64 << 20);
        portal.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("Content-Encoding", "gzip").body(new Buffer().write(bomb)).build());

        // when
        RestException e = assertThrows(RestException.class,
                () -> portal.client.call(Method.write("booking.v1.waitlist.add"), Map.of()));

        // then
        assertEquals(Kind.UNREADABLE_RESPONSE, e.kind());
        assertEquals(RestException.Reason.ANSWER_TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("larger than 8 MB"), e.getMessage());
        assertEquals(1, portal.server.getRequestCount(), "a too large answer is not asked for again");
        String said = new dev.waitlistdesk.desk.common.Problems(dev.waitlistdesk.desk.common.Texts.load(java.util.Locale.ENGLISH))
                .words(dev.waitlistdesk.portal.RestFailures.translate(e).failure()).text();
        assertTrue(said.contains("Retrying will not change that"), said);
        assertFalse(said.contains("Retry in a moment"), said);
    }

    @Test
    void aHugePlainPageIsRefusedEvenForAReadAndNotRetried() {
        StringBuilder page = new StringBuilder("{\"result\":{\"items\":[");
        while (page.length() < (9 << 20)) {
            page.append("{\"id\":1,\"name\":\"Anna Weber\"},");
        }
        page.append("{\"id\":1}]}}");
        portal.ok(page.toString());

        RestException e = assertThrows(RestException.class,
                () -> portal.client.call(Method.read("crm.item.list"), Map.of("entityTypeId", 3)));

        assertEquals(RestException.Reason.ANSWER_TOO_LARGE, e.reason());
        assertEquals(1, portal.server.getRequestCount());
    }

    @Test
    void anAnswerJustUnderTheLimitIsRead() {
        RestOptions small = RestOptions.defaults().withTime(portal.time, portal.time)
                .withLimits(new CallLimits(CallLimits.defaults().connectTimeout(), CallLimits.defaults().readTimeout(),
                        CallLimits.defaults().deadline(), 4096));
        RestClient client = new RestClient(Portal.webhook(portal.webhookUrl()), small);
        String note = "x".repeat(4000);
        portal.ok("{\"result\":\"" + note + "\"}");
        portal.ok("{\"result\":\"" + note + note + "\"}");

        assertEquals(note, client.call(Method.read("booking.v1.waitlist.get"), Map.of()).asText());
        RestException e = assertThrows(RestException.class, () -> client.call(Method.read("booking.v1.waitlist.get"), Map.of()));
        assertEquals(RestException.Reason.ANSWER_TOO_LARGE, e.reason());
    }

    static byte[] gzipOfZeros(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < size; written += zeros.length) {
                gzip.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
