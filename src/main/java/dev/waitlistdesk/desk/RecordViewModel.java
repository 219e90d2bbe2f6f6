package dev.waitlistdesk.desk;

import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.booking.ClientRef;
import dev.waitlistdesk.booking.WaitlistRecord;
import dev.waitlistdesk.crm.CrmParty;
import dev.waitlistdesk.crm.CrmRef;
import dev.waitlistdesk.desk.Status.NextStep;
import dev.waitlistdesk.desk.Status.Tone;
import dev.waitlistdesk.settings.DraftStore.Draft;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One waitlist record as the receptionist edits it: the note and the picked clients, what the
 * server last held, and the inline status. Unsaved work is kept as a draft until it is saved.
 */
public final class RecordViewModel {

    static final Duration RATE_LIMIT_WAIT = Duration.ofSeconds(5);
    static final int AUTOMATIC_RETRIES = 3;

    private final DeskContext ctx;
    private final long id;
    private final Runnable refreshList;
    private final Consumer<RecordViewModel> onSaved;
    private final ObservableList<CrmParty> picks = FXCollections.observableArrayList();
    private final ObservableList<CrmParty> picksView = FXCollections.unmodifiableObservableList(picks);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);
    private List<CrmParty> savedClients;
    private String savedNote;
    private int automaticRetriesLeft = AUTOMATIC_RETRIES;

    RecordViewModel(DeskContext ctx, WaitlistRecord record, List<CrmParty> clients, Runnable refreshList,
                    Consumer<RecordViewModel> onSaved) {
        this.ctx = ctx;
        this.id = record.id();
        this.refreshList = refreshList;
        this.onSaved = onSaved;
        this.savedNote = record.note();
        this.savedClients = List.copyOf(clients);
        Optional<Draft> draft = ctx.drafts().get(id);
        note.set(draft.map(Draft::note).orElse(savedNote));
        picks.setAll(draft.map(d -> d.picks().stream().map(Clients::fromPick).toList()).orElse(savedClients));
        canSave.bind(dirty.and(saving.not()));
        updateDirty();
        if (draft.isPresent() && dirty.get()) {
            status.set(Status.info(ctx.texts().get("status.restoredDraft")));
        }
        picks.addListener((javafx.collections.ListChangeListener<CrmParty>) change -> edited());
        note.addListener((o, old, now) -> edited());
    }

    public long id() {
        return id;
    }

    public String title() {
        return ctx.texts().get("record.title", id);
    }

    /** The receptionist's chosen clients; change them with {@link #add} and {@link #remove}. */
    public ObservableList<CrmParty> picks() {
        return picksView;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True while the note or the clients differ from what the server holds. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Save is offered only when something changed and no save is running. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the server held when it was last read. */
    public List<CrmParty> savedClients() {
        return savedClients;
    }

    public String savedNote() {
        return savedNote;
    }

    /** Adds a client unless the record has it already; true when added. */
    public boolean add(CrmParty party) {
        if (picks.stream().anyMatch(p -> p.ref().equals(party.ref()))) {
            return false;
        }
        picks.add(party);
        return true;
    }

    public void remove(CrmParty party) {
        picks.removeIf(p -> p.ref().equals(party.ref()));
    }

    /** Writes the note and the full chosen client list in the background, then reads the record back. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        List<CrmParty> desired = List.copyOf(picks);
        String desiredNote = note.get();
        boolean noteChanged = !desiredNote.equals(savedNote);
        boolean clientsChanged = !Clients.sameClients(desired, savedClients);
        saving.set(true);
        status.set(Status.busy(ctx.texts().get("status.saving")));
        ctx.runner().run(() -> write(desired, desiredNote, noteChanged, clientsChanged),
                held -> saved(desired, desiredNote, held),
                this::saveFailed);
    }

    /** The action offered next to an error: refresh the list, retry, or open the settings. */
    public void runNextStep() {
        switch (status.get().nextStep()) {
            case REFRESH_LIST -> refreshList.run();
            case RETRY -> save();
            case OPEN_SETTINGS -> ctx.dialogs().openSettings();
            case NONE -> { }
        }
    }

    // Runs in the background.
    private List<CrmParty> write(List<CrmParty> desired, String desiredNote, boolean noteChanged,
                                 boolean clientsChanged) {
        if (noteChanged) {
            ctx.api().updateNote(id, desiredNote);
        }
        List<ClientRef> held = clientsChanged
                ? new ClientListWriter(ctx.api()).write(id, Clients.refs(desired)).held()
                : ctx.api().clients(id);
        return named(held, desired);
    }

    /** Gives the refs the server holds their names: from the picks, else from the CRM. */
    private List<CrmParty> named(List<ClientRef> held, List<CrmParty> desired) {
        Map<CrmRef, CrmParty> known = new HashMap<>();
        savedClients.forEach(p -> known.put(p.ref(), p));
        desired.forEach(p -> known.put(p.ref(), p));
        List<CrmRef> refs = held.stream().map(Clients::toCrmRef).flatMap(Optional::stream).toList();
        List<CrmRef> unknown = refs.stream().filter(r -> !known.containsKey(r)).toList();
        if (!unknown.isEmpty()) {
            try {
                known.putAll(ctx.crm().resolve(unknown));
            } catch (RestException e) {
                // The save went through; names are a nicety. Unknown ones show as their number.
            }
        }
        return refs.stream().map(r -> known.getOrDefault(r, Clients.unnamed(ctx.texts(), r))).toList();
    }

    private void saved(List<CrmParty> desired, String desiredNote, List<CrmParty> held) {
        saving.set(false);
        automaticRetriesLeft = AUTOMATIC_RETRIES;
        savedNote = desiredNote;
        savedClients = List.copyOf(held);
        if (Clients.refs(picks).equals(Clients.refs(desired))) {
            picks.setAll(held); // show what the server holds now
        }
        edited();
        status.set(Clients.sameClients(held, desired)
                ? Status.success(ctx.texts().get("status.saved", held.size()))
                : new Status(Tone.ERROR, ctx.texts().get("status.savedDifferently", held.size(), desired.size()),
                        "", NextStep.RETRY));
        onSaved.accept(this);
    }

    private void saveFailed(Exception failure) {
        saving.set(false);
        Status problem = ctx.problems().describe(failure);
        if (problem.tone() == Tone.WAITING) {
            if (automaticRetriesLeft > 0) {
                automaticRetriesLeft--;
                ctx.scheduler().schedule(RATE_LIMIT_WAIT, this::save);
            } else {
                automaticRetriesLeft = AUTOMATIC_RETRIES;
                problem = new Status(Tone.ERROR, ctx.texts().get("problem.rateLimitedGaveUp"), problem.detail(),
                        NextStep.RETRY);
            }
        }
        status.set(ctx.problems().keptUnsaved(problem));
    }

    private void edited() {
        updateDirty();
        if (dirty.get()) {
            ctx.drafts().put(id, new Draft(note.get(), picks.stream().map(Clients::toPick).toList()));
        } else {
            ctx.drafts().remove(id);
        }
        Status shown = status.get();
        if (shown.tone() == Tone.SUCCESS || (shown.tone() == Tone.INFO && !dirty.get())) {
            status.set(Status.NONE); // "Saved" no longer describes what is on screen
        }
    }

    private void updateDirty() {
        dirty.set(!note.get().equals(savedNote) || !Clients.sameClients(picks, savedClients));
    }
}
