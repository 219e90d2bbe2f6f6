package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.RecordContent;

import dev.waitlistdesk.settings.DraftStore;
import dev.waitlistdesk.settings.DraftStore.Draft;
import dev.waitlistdesk.settings.DraftStore.Pick;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Unsaved work per record, kept in the settings' draft file: the one place picks become stored text. */
public final class Drafts {

    private final DraftStore store;

    public Drafts(DraftStore store) {
        this.store = store;
    }

    public Optional<RecordContent> get(long recordId) {
        return store.get(recordId).map(d -> content(d.note(), d.picks()));
    }

    /** What the record held when the draft was begun, where the draft knows it. */
    public Optional<RecordContent> base(long recordId) {
        return store.get(recordId).filter(d -> d.baseNote() != null && d.basePicks() != null)
                .map(d -> content(d.baseNote(), d.basePicks()));
    }

    /**
     * The draft applied to what the record holds now: only what the receptionist changed since the
     * draft's base is taken over, so a colleague's later change of another field is not undone.
     */
    public Optional<RecordContent> restore(long recordId, RecordContent loaded) {
        return store.get(recordId).map(d -> {
            RecordContent mine = content(d.note(), d.picks());
            if (d.baseNote() == null || d.basePicks() == null) {
                return mine;
            }
            RecordContent base = content(d.baseNote(), d.basePicks());
            return Changes.merge(base.state(), mine.state(), loaded.state())
                    .map(merged -> new RecordContent(merged.note(), merged.clients().stream()
                            .map(id -> find(id, mine, loaded)).toList()))
                    .orElse(mine);
        });
    }

    /** The deal ids the record linked when its draft was last written; empty without a draft. */
    public List<Long> deals(long recordId) {
        return store.get(recordId).map(Draft::deals).orElse(List.of());
    }

    public void put(long recordId, RecordContent content, RecordContent base, List<Long> deals) {
        store.put(recordId, new Draft(content.note(), picks(content), base.note(), picks(base), deals));
    }

    public void remove(long recordId) {
        store.remove(recordId);
    }

    public Set<Long> recordIds() {
        return store.all().keySet();
    }

    /** Where an unreadable drafts file was moved to, to tell the receptionist once; empty otherwise. */
    public Optional<Path> setAside() {
        return store.setAside();
    }

    private static Client find(ClientId id, RecordContent mine, RecordContent loaded) {
        return Stream.concat(mine.clients().stream(), loaded.clients().stream())
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static RecordContent content(String note, List<Pick> picks) {
        return new RecordContent(note, picks.stream().map(Drafts::client).toList());
    }

    private static List<Pick> picks(RecordContent content) {
        return content.clients().stream().map(Drafts::pick).toList();
    }

    private static Pick pick(Client client) {
        return new Pick(client.id().kind().name(), client.id().id(), client.name(), client.phone());
    }

    private static Client client(Pick pick) {
        ClientId.Kind kind = "COMPANY".equals(pick.kind()) ? ClientId.Kind.COMPANY : ClientId.Kind.CONTACT;
        return new Client(new ClientId(kind, pick.id()), pick.name(), pick.phone(), "");
    }
}
