package dev.waitlistdesk.portal.crm;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.NewContact;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Finding and naming CRM contacts and companies. Every method blocks on the network: call it from a
 * background task. Failures are {@link dev.waitlistdesk.bitrix.RestException}.
 */
public interface CrmDirectory {

    /**
     * Contacts and companies matching what a receptionist typed: a name part, a phone or an e-mail.
     * At most {@code limit} results, contacts and companies mixed.
     */
    List<Client> search(String text, int limit);

    /** Names and phones for these refs, one HTTP request per 50; refs the CRM no longer has are absent. */
    Map<CrmRef, Client> resolve(Collection<CrmRef> refs);

    /** Contacts that have exactly this phone or this e-mail (crm.duplicate.findbycomm); "" asks nothing. */
    List<Client> contactsWith(String phone, String email);

    /** crm.item.add for a contact; returns it as stored. */
    Client addContact(NewContact contact);
}
