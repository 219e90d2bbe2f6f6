package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.check.PortalCheckCommand;
import dev.waitlistdesk.sandbox.RunningSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** --check-portal --write-test whose waitlist.add ran but lost its answer: the scratch record is found by its note. */
class LostScratchRecordTest {

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();

    @Test
    void aScratchRecordWhoseAddAnswerIsLost_isNamedAndRemoved() {
        int records = running.server().data().waitlistCount();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PortalInTheMiddle middle = new PortalInTheMiddle(running.server().oauthEndpoint().replace("/rest/", "/"))) {
            middle.cutAnswersOf("booking.v1.waitlist.add");
            PortalCheckCommand.run(Optional.of(middle.webhookUrl(running.server().webhookUrl())), true,
                    url -> new RestClient(Portal.webhook(url.orElseThrow()),
                            RestOptions.defaults().withTime(Clock.systemUTC(), d -> { })),
                    new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(output.matches("(?s).*clean-up +scratch record #\\d+ was made after all; deleted.*"), output);
        assertEquals(records, running.server().data().waitlistCount(), output);
    }
}
