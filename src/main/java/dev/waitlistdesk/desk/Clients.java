package dev.waitlistdesk.desk;

import dev.waitlistdesk.booking.ClientRef;
import dev.waitlistdesk.booking.ClientType;
import dev.waitlistdesk.crm.CrmKind;
import dev.waitlistdesk.crm.CrmParty;
import dev.waitlistdesk.crm.CrmRef;
import dev.waitlistdesk.settings.DraftStore.Pick;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Conversions between the booking's client refs, the CRM's parties and the stored drafts. */
final class Clients {

    private Clients() {
    }

    static ClientRef toClientRef(CrmRef ref) {
        return ref.kind() == CrmKind.COMPANY ? ClientRef.company(ref.id()) : ClientRef.contact(ref.id());
    }

    /** Empty for client types other than CRM contacts and companies: the desk does not show them. */
    static Optional<CrmRef> toCrmRef(ClientRef client) {
        if (ClientType.CONTACT.equals(client.type())) {
            return Optional.of(new CrmRef(CrmKind.CONTACT, client.id()));
        }
        if (ClientType.COMPANY.equals(client.type())) {
            return Optional.of(new CrmRef(CrmKind.COMPANY, client.id()));
        }
        return Optional.empty();
    }

    static List<ClientRef> refs(Collection<CrmParty> parties) {
        return parties.stream().map(p -> toClientRef(p.ref())).toList();
    }

    static boolean sameClients(Collection<CrmParty> a, Collection<CrmParty> b) {
        return new HashSet<>(refs(a)).equals(new HashSet<>(refs(b)));
    }

    /** A client the CRM no longer has (or does not let us see): shown by its number. */
    static CrmParty unnamed(Texts texts, CrmRef ref) {
        return new CrmParty(ref, texts.get("client.unnamed", ref.id()), "", "");
    }

    static Pick toPick(CrmParty party) {
        return new Pick(party.ref().kind().name(), party.ref().id(), party.name(), party.phone());
    }

    static CrmParty fromPick(Pick pick) {
        CrmKind kind = "COMPANY".equals(pick.kind()) ? CrmKind.COMPANY : CrmKind.CONTACT;
        return new CrmParty(new CrmRef(kind, pick.id()), pick.name(), pick.phone(), "");
    }
}
