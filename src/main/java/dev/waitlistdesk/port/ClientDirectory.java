package dev.waitlistdesk.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finding and naming contacts and companies (the port that the CRM adapter implements). Every
 * method blocks on the network: call it in the background. Failures are {@link StoreException}.
 */
public interface ClientDirectory {

    /** Contacts and companies matching a name part, a phone or an e-mail; at most {@code limit}. */
    List<Client> search(String text, int limit);

    /** Names and phones; clients the CRM no longer has (or does not show) are absent. */
    Map<ClientId, Client> names(Collection<ClientId> ids);

    /** Contacts the CRM already has with exactly this phone or this e-mail; "" asks nothing. */
    List<Client> contactsWith(String phone, String email);

    /** Adds a contact to the CRM and returns it as stored. */
    Client addContact(NewContact contact);
}
