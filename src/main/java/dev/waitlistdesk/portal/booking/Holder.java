package dev.waitlistdesk.portal.booking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A waitlist record or a booking: each holds clients and deal links, through client.list/set and
 * externalData.list/set methods of the same shape that differ only in their names, the id's name
 * and the key the client rows come under.
 */
enum Holder {

    WAITLIST("waitListId", "waitListClient", BookingCalls.WAITLIST_CLIENT_LIST, BookingCalls.WAITLIST_CLIENT_SET,
            BookingCalls.WAITLIST_EXTERNAL_DATA_LIST, BookingCalls.WAITLIST_EXTERNAL_DATA_SET),
    BOOKING("bookingId", "bookingClient", BookingCalls.BOOKING_CLIENT_LIST, BookingCalls.BOOKING_CLIENT_SET,
            BookingCalls.BOOKING_EXTERNAL_DATA_LIST, BookingCalls.BOOKING_EXTERNAL_DATA_SET);

    private final String idName;
    private final String clientRows;
    private final Method clientList;
    private final Method clientSet;
    private final Method linkList;
    private final Method linkSet;

    Holder(String idName, String clientRows, Method clientList, Method clientSet, Method linkList, Method linkSet) {
        this.idName = idName;
        this.clientRows = clientRows;
        this.clientList = clientList;
        this.clientSet = clientSet;
        this.linkList = linkList;
        this.linkSet = linkSet;
    }

    BatchCommand listClients(String key, long id) {
        return new BatchCommand(key, clientList, Map.of(idName, id));
    }

    BatchCommand listLinks(String key, long id) {
        return new BatchCommand(key, linkList, Map.of(idName, id));
    }

    BatchCommand setClients(String key, long id, List<ClientRef> clients) {
        return new BatchCommand(key, clientSet, params(id, "clients", Wire.clients(clients)));
    }

    /** Whether externalData.set replaces or adds to the links is not documented. */
    BatchCommand setLinks(String key, long id, List<ExternalLink> links) {
        return new BatchCommand(key, linkSet, params(id, "externalData", Wire.links(links)));
    }

    /** The clients in a client.list result. */
    List<ClientRef> clients(JsonNode result) {
        return Wire.clients(clientList, result, clientRows);
    }

    /** The links in an externalData.list result. */
    List<ExternalLink> links(JsonNode result) {
        return Wire.links(linkList, result);
    }

    private Map<String, Object> params(long id, String name, Object value) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(idName, id);
        params.put(name, value);
        return params;
    }
}
