package dev.waitlistdesk.check;

import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.portal.RestFailures;
import dev.waitlistdesk.portal.booking.BookingCalls;
import dev.waitlistdesk.portal.crm.CrmCalls;
import dev.waitlistdesk.port.StoreException;
import java.util.List;
import java.util.Map;

/** The settings form's "Test connection": one cheap request that proves what a desk needs. */
public final class ConnectionCheck {

    private ConnectionCheck() {
    }

    /**
     * Proves the address, the credentials and both scopes the desk needs (booking and crm) in one HTTP
     * request: a batch of booking.v1.clienttype.list and a one-page crm.item.list.
     * @throws StoreException in the desk's terms when the portal cannot be used
     */
    public static void run(RestClient client) {
        RestFailures.translated(() -> client.batch(List.of(
                new BatchCommand("booking", BookingCalls.CLIENTTYPE_LIST, Map.of()),
                new BatchCommand("crm", CrmCalls.ITEM_LIST,
                        Map.of("entityTypeId", 3, "select", List.of("id"), "start", -1))), false)
                .throwFirstError());
    }
}
