package dev.waitlistdesk.desk;

import dev.waitlistdesk.settings.DraftStore;
import dev.waitlistdesk.settings.DraftStore.Draft;
import dev.waitlistdesk.settings.DraftStore.Pick;
import java.util.Optional;
import java.util.Set;

/** Unsaved work per record, kept in the settings' draft file: the one place picks become stored text. */
public final class Drafts {

    private final DraftStore store;

    public Drafts(DraftStore store) {
        this.store = store;
    }

    Optional<RecordContent> get(long recordId) {
        return store.get(recordId).map(d -> new RecordContent(d.note(), d.picks().stream().map(Drafts::client).toList()));
    }

    void put(long recordId, RecordContent content) {
        store.put(recordId, new Draft(content.note(), content.clients().stream().map(Drafts::pick).toList()));
    }

    void remove(long recordId) {
        store.remove(recordId);
    }

    Set<Long> recordIds() {
        return store.all().keySet();
    }

    /** Where an unreadable drafts file was moved to, to tell the receptionist once; empty otherwise. */
    Optional<java.nio.file.Path> setAside() {
        return store.setAside();
    }

    private static Pick pick(Client client) {
        return new Pick(client.id().kind().name(), client.id().id(), client.name(), client.phone());
    }

    private static Client client(Pick pick) {
        ClientId.Kind kind = "COMPANY".equals(pick.kind()) ? ClientId.Kind.COMPANY : ClientId.Kind.CONTACT;
        return new Client(new ClientId(kind, pick.id()), pick.name(), pick.phone(), "");
    }
}
