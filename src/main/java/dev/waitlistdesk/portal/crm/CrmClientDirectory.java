package dev.waitlistdesk.portal.crm;

import static dev.waitlistdesk.portal.RestFailures.translated;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientDirectory;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.NewContact;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The desk's client directory on the Bitrix24 CRM; CRM ids are converted in RestCrmDirectory, at this edge. */
public final class CrmClientDirectory implements ClientDirectory {

    private final CrmDirectory crm;

    public CrmClientDirectory(CrmDirectory crm) {
        this.crm = crm;
    }

    @Override
    public List<Client> search(String text, int limit) {
        return translated(() -> crm.search(text, limit));
    }

    @Override
    public Map<ClientId, Client> names(Collection<ClientId> ids) {
        return translated(() -> {
            Map<ClientId, Client> named = new LinkedHashMap<>();
            crm.resolve(ids.stream().map(CrmRef::of).toList())
                    .values().forEach(client -> named.put(client.id(), client));
            return named;
        });
    }

    @Override
    public List<Client> contactsWith(String phone, String email) {
        return translated(() -> crm.contactsWith(phone, email));
    }

    @Override
    public Client addContact(NewContact contact) {
        return translated(() -> crm.addContact(contact));
    }
}
