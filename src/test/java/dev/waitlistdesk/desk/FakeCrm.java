package dev.waitlistdesk.desk;

import dev.waitlistdesk.crm.CrmDirectory;
import dev.waitlistdesk.crm.CrmKind;
import dev.waitlistdesk.crm.CrmParty;
import dev.waitlistdesk.crm.CrmRef;
import dev.waitlistdesk.crm.NewContact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An in-memory CRM for view-model tests; it counts searches. */
final class FakeCrm implements CrmDirectory {

    final Map<CrmRef, CrmParty> parties = new LinkedHashMap<>();
    final List<String> searches = new ArrayList<>();
    private long nextId = 500;

    CrmParty contact(long id, String name, String phone) {
        CrmParty party = new CrmParty(new CrmRef(CrmKind.CONTACT, id), name, phone, "");
        parties.put(party.ref(), party);
        return party;
    }

    CrmParty company(long id, String name) {
        CrmParty party = new CrmParty(new CrmRef(CrmKind.COMPANY, id), name, "", "");
        parties.put(party.ref(), party);
        return party;
    }

    @Override
    public List<CrmParty> search(String text, int limit) {
        searches.add(text);
        String needle = text.toLowerCase();
        return parties.values().stream()
                .filter(p -> p.name().toLowerCase().contains(needle) || p.phone().contains(text))
                .limit(limit).toList();
    }

    @Override
    public Map<CrmRef, CrmParty> resolve(Collection<CrmRef> refs) {
        Map<CrmRef, CrmParty> found = new LinkedHashMap<>();
        refs.stream().filter(parties::containsKey).forEach(r -> found.put(r, parties.get(r)));
        return found;
    }

    @Override
    public CrmParty addContact(NewContact contact) {
        return contact(nextId++, (contact.name() + " " + contact.lastName()).strip(), contact.phone());
    }
}
