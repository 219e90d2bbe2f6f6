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

/** The desk's client directory on the Bitrix24 CRM: converts at this edge, and nowhere else. */
public final class CrmClientDirectory implements ClientDirectory {

    private final CrmDirectory crm;

    public CrmClientDirectory(CrmDirectory crm) {
        this.crm = crm;
    }

    @Override
    public List<Client> search(String text, int limit) {
        return translated(() -> crm.search(text, limit).stream().map(CrmClientDirectory::client).toList());
    }

    @Override
    public Map<ClientId, Client> names(Collection<ClientId> ids) {
        return translated(() -> {
            Map<ClientId, Client> named = new LinkedHashMap<>();
            crm.resolve(ids.stream().map(CrmClientDirectory::ref).toList())
                    .values().forEach(party -> named.put(id(party.ref()), client(party)));
            return named;
        });
    }

    @Override
    public Client addContact(NewContact contact) {
        return translated(() -> client(crm.addContact(
                new dev.waitlistdesk.portal.crm.NewContact(contact.name(), contact.lastName(), contact.phone(), contact.email()))));
    }

    private static Client client(CrmParty party) {
        return new Client(id(party.ref()), party.name(), party.phone(), party.email());
    }

    private static ClientId id(CrmRef ref) {
        return ref.kind() == CrmKind.COMPANY ? ClientId.company(ref.id()) : ClientId.contact(ref.id());
    }

    private static CrmRef ref(ClientId id) {
        return new CrmRef(id.kind() == ClientId.Kind.COMPANY ? CrmKind.COMPANY : CrmKind.CONTACT, id.id());
    }
}
