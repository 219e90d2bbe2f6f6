package dev.waitlistdesk.desk.editor;

import dev.waitlistdesk.desk.common.Changes;
import dev.waitlistdesk.desk.common.ClientNames;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Drafts;
import dev.waitlistdesk.desk.common.Problems;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.port.WaitlistStore;
import java.time.Clock;

import dev.waitlistdesk.desk.search.PickTarget;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.RelativeTime;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Command;
import dev.waitlistdesk.desk.common.NextSteps;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.RecordContent;
import dev.waitlistdesk.port.RecordState;
import dev.waitlistdesk.port.SaveOutcome;

import dev.waitlistdesk.port.SaveOutcome.Conflict;
import dev.waitlistdesk.port.SaveOutcome.Saved;
import dev.waitlistdesk.desk.common.Status.Tone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * One waitlist record as the receptionist edits it: the note and the picked clients, what the
 * portal held when this desk last read it (the base of every conflict check), and the inline
 * status. Unsaved work is kept as a draft until the portal holds it.
 */
public final class RecordViewModel implements PickTarget {

    /** How long a save may run before Cancel is offered. */
    public static final Duration CANCEL_AFTER = Duration.ofSeconds(3);
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final WaitlistStore store;
    private final ClientNames names;
    private final Drafts drafts;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Texts texts;
    private final DialogService dialogs;
    private final Problems problems;
    private final RecordHost host;
    private final long id;
    private final ObservableList<Client> picks = FXCollections.observableArrayList();
    private final ObservableList<Client> picksView = FXCollections.unmodifiableObservableList(picks);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(this, "gone");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);
    // What the status offers: a save's next steps, the three answers to a conflict, a gone record's choices.
    private final Command retry = new Command("retry", this::save);
    private final Command cancel = new Command("cancel", this::cancel);
    private final Command undo = new Command("undo", this::undo, canUndo.and(saving.not()).and(dirty.not()));
    private final Command merge = new Command("merge", this::merge);
    private final Command bothNotes = new Command("both-notes", this::bothNotes);
    private final Command keepMine = new Command("keep-mine", this::keepMine);
    private final Command takeTheirs = new Command("take-theirs", () -> takeTheirs(false));
    private final Command reload = new Command("reload", () -> takeTheirs(true));
    private final Command keepEditing = new Command("keep-editing", () -> status.set(Status.NONE));
    private final Command recreate = new Command("recreate", this::recreate);
    private final Command discard = new Command("discard", this::revert);
    private final NextSteps nextSteps = new NextSteps(retry, new Command("refresh-list", this::refreshList),
            new Command("open-settings", this::openSettings));
    /** A notice that a change of this desk was saved over offers to make it again. */
    private final Command addAgain = new Command("add-again", () -> again(false));
    private final Command removeAgain = new Command("remove-again", () -> again(false));
    private final Command noteBack = new Command("note-back", () -> again(true));
    private final BooleanBinding saveKeepsPicks = gone.not().and(
            Bindings.createBooleanBinding(() -> status.get().tone() != Tone.WAITING, status));
    /** What the portal held when last read; every save is checked against it. */
    private RecordContent base;
    /** A colleague's version seen by a conflict or a live refresh, until the receptionist decides. */
    private RecordContent theirs;
    /** What the record held before the last save, for Undo. */
    private RecordContent beforeLastSave;
    /** The last conflict choice, while Undo would take it back; null otherwise. */
    private Choice lastChoice;
    /** This desk's changes of the last minute: a colleague saving over one is told plainly. */
    private final OwnChanges own = new OwnChanges();
    /** What the status offers to make again. */
    private List<OwnChanges.Change> undone = List.of();
    /** The receptionist's last save as they asked it: Merge both and Keep mine carry it on. */
    private Asked asked;
    private BackgroundRunner.Running running = BackgroundRunner.Running.NONE;
    /** The deals the record linked when last read: a record re-created after a deletion links them again. */
    private List<Long> deals = List.of();
    private Scheduler.Cancellable cancelOffer;

    public RecordViewModel(WaitlistStore store, ClientNames names, Drafts drafts, BackgroundRunner runner,
                           Scheduler scheduler, Clock clock, Texts texts, DialogService dialogs, RecordHost host,
                           long id, RecordContent loaded) {
        this.store = store;
        this.names = names;
        this.drafts = drafts;
        this.runner = runner;
        this.scheduler = scheduler;
        this.clock = clock;
        this.texts = texts;
        this.dialogs = dialogs;
        this.problems = new Problems(texts);
        this.host = host;
        this.id = id;
        this.base = loaded;
        Optional<RecordContent> draft = drafts.restore(id, loaded);
        deals = drafts.deals(id); // until the deals box reads them: a record deleted meanwhile keeps them
        RecordContent shown = draft.orElse(loaded);
        note.set(shown.note());
        picks.setAll(shown.clients());
        canSave.bind(dirty.and(saving.not()).and(gone.not()));
        updateDirty();
        if (draft.isPresent() && dirty.get()) {
            status.set(Status.info(texts.get("status.restoredDraft")));
        }
        picks.addListener((ListChangeListener<Client>) change -> edited());
        note.addListener((o, old, now) -> edited());
    }

    public long id() {
        return id;
    }

    public String title() {
        return texts.get("record.title", id);
    }

    /** The receptionist's chosen clients; change them with {@link #add} and {@link #remove}. */
    @Override
    public ObservableList<Client> picks() {
        return picksView;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True while the note or the clients differ from what the portal holds. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once the portal said the record is deleted; the picks stay until the receptionist acts. */
    public ReadOnlyBooleanProperty goneProperty() {
        return gone.getReadOnlyProperty();
    }

    /** Save is offered only when something changed, no save runs, and the record still exists. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** True after a save while nothing else changed: Undo would restore what the record held before. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Told by the deals box whenever it reads or saves the record's deal links. */
    public void dealsLinked(List<Long> dealIds) {
        deals = List.copyOf(dealIds);
        if (dirty.get() || gone.get()) {
            drafts.put(id, shown(), base, deals);
        }
    }

    public List<Long> deals() {
        return deals;
    }

    /** What the portal held when it was last read. */
    public RecordContent saved() {
        return base;
    }

    /** What the receptionist sees now: the note and the picks. */
    public RecordContent shown() {
        return new RecordContent(note.get(), List.copyOf(picks));
    }

    @Override
    public ObservableBooleanValue saveKeepsPicks() {
        return saveKeepsPicks;
    }

    /** Adds a client unless the record has it already; true when added. */
    @Override
    public boolean add(Client client) {
        if (picks.stream().anyMatch(p -> p.id().equals(client.id()))) {
            return false;
        }
        own.forget(client.id());
        picks.add(client);
        return true;
    }

    public void remove(Client client) {
        own.forget(client.id());
        picks.removeIf(p -> p.id().equals(client.id()));
    }

    /** Writes the note and the full client list, if nobody changed the record since it was read. */
    public void save() {
        if (canSave.get()) {
            write(base, shown(), false, null);
        }
    }

    /**
     * Restores what the record held before the last save: a save like any other, conflict-checked.
     * After a conflict choice it also brings back the receptionist's own version and the choice.
     */
    public void undo() {
        if (!canUndo.get() || saving.get() || dirty.get()) {
            return;
        }
        if (lastChoice != null && beforeLastSave == null) { // Take theirs wrote nothing: only the desk goes back
            Choice choice = lastChoice;
            lastChoice = null;
            canUndo.set(false);
            setShown(choice.mine());
            conflict(choice.base(), choice.mine(), choice.theirs());
            return;
        }
        RecordContent before = beforeLastSave;
        setShown(lastChoice != null ? lastChoice.mine() : before);
        write(base, before, true, null);
    }

    /** Drops the unsaved changes and shows what the portal holds, after the receptionist confirms. */
    public void revert() {
        if ((dirty.get() || gone.get()) && !saving.get() && dialogs.confirm(texts.get("revert.title"),
                texts.get("revert.question", id), texts.get("revert.confirm"))) {
            if (gone.get()) {
                host.discarded(this);
                return;
            }
            theirs = null;
            setShown(base);
            status.set(Status.info(texts.get("status.reverted")));
        }
    }

    /** Stops a running save: the picks stay, unsaved, and the next action is not blocked. */
    public void cancel() {
        if (!running.underWay()) {
            return;
        }
        running.cancel();
        finished();
        status.set(new Status(Tone.INFO, texts.get("status.cancelled"), "", retry));
    }

    private void recreate() {
        host.recreate(this);
    }

    private void refreshList() {
        host.refreshList();
    }

    private void openSettings() {
        dialogs.openSettings();
    }

    /**
     * The live refresh saw what the portal holds now. An untouched record follows it quietly; one
     * with unsaved work only gets a notice, so nothing the receptionist typed is replaced.
     */
    public void portalHolds(RecordContent now) {
        if (saving.get() || gone.get() || now.state().equals(base.state())) {
            return;
        }
        if (theirs != null && status.get().commands().contains(keepMine)) {
            if (!now.state().equals(theirs.state())) {
                conflict(base, shown(), now); // a choice is open: it now shows the newest version
            }
            return;
        }
        if (!dirty.get()) {
            base = now;
            setShown(now);
            canUndo.set(false);
            // A notice not answered yet stays, for what is still undone: the refresh must not hide it.
            List<Command> again = List.of(addAgain, removeAgain, noteBack);
            boolean noticeShown = status.get().commands().stream().anyMatch(again::contains);
            undone = new ArrayList<>(noticeShown ? undone.stream().filter(c -> c.undoneIn(now.state())).toList()
                    : List.of());
            undone.addAll(own.undoneIn(now.state(), clock.instant()));
            if (undone.isEmpty()) {
                showAging(clock.instant(), when -> Status.info(texts.get("status.followed", when)));
            } else {
                status.set(undoneStatus(""));
            }
            return;
        }
        theirs = now;
        String changes = describe(base, now);
        showAging(clock.instant(), when -> new Status(Tone.INFO,
                texts.get("status.changedElsewhere", changes, when), "", reload, keepEditing));
    }

    /** A status that says when it happened: worded again every minute, so "a moment ago" ages while it shows. */
    private void showAging(Instant seen, Function<String, Status> worded) {
        Status shown = worded.apply(RelativeTime.since(texts, seen, clock));
        status.set(shown);
        scheduler.schedule(RelativeTime.STEP, () -> {
            if (status.get() == shown) {
                showAging(seen, worded);
            }
        });
    }

    /** The record is gone from the portal (a 1040, or the live refresh no longer finds it). */
    public void portalDeleted() {
        if (saving.get()) {
            return;
        }
        gone.set(true);
        canUndo.set(false);
        status.set(new Status(Tone.ERROR, texts.get(dirty.get() ? "status.goneWithPicks" : "status.gone", id),
                "", dirty.get() ? List.of(recreate, discard) : List.of(discard)));
        host.recordGone(this);
    }

    public boolean hasWork() {
        return dirty.get() || saving.get() || gone.get();
    }

    /** A conflict as the receptionist met it: the common base, their own version, the colleague's. */
    private record Choice(RecordContent base, RecordContent mine, RecordContent theirs) {
    }

    /**
     * "Your added Tom Klein is gone: a colleague saved over it at 10:31." for each kind of undone
     * change, after {@code first} (what a save just did, or nothing), with the way to make it again.
     */
    private Status undoneStatus(String first) {
        String time = LocalTime.now(clock).format(CLOCK_TIME);
        List<String> lines = new ArrayList<>(first.isEmpty() ? List.of() : List.of(first));
        List<Command> commands = new ArrayList<>();
        for (boolean added : new boolean[] {true, false}) {
            List<String> who = undone.stream().filter(c -> !c.isNote() && c.added() == added)
                    .map(c -> c.client().name()).toList();
            if (!who.isEmpty()) {
                lines.add(texts.get(added ? "status.undoneAdded" : "status.undoneRemoved",
                        String.join(", ", who), time));
                commands.add(added ? addAgain : removeAgain);
            }
        }
        if (undone.stream().anyMatch(OwnChanges.Change::isNote)) {
            lines.add(texts.get("status.undoneNote", time));
            commands.add(noteBack);
        }
        return new Status(Tone.ERROR, String.join(" ", lines), "", commands);
    }

    /**
     * Makes the undone client changes (or the note) again, as a save like any other: conflict-checked.
     * The rest of the notice was read, and is not offered again.
     */
    private void again(boolean theNote) {
        if (undone.isEmpty() || saving.get()) {
            return;
        }
        undone.stream().filter(change -> change.isNote() == theNote).forEach(change -> {
            if (change.isNote()) {
                note.set(change.note());
            } else if (change.added()) {
                add(change.client());
            } else {
                remove(change.client());
            }
        });
        undone = List.of();
        save();
    }

    private void merge() {
        if (theirs != null) {
            Changes.merge(base.state(), shown().state(), theirs.state()).ifPresent(this::choose);
        }
    }

    /** Mine, then theirs, one under the other: neither note is lost; the clients merge as in Merge both. */
    private void bothNotes() {
        if (theirs != null) {
            choose(Changes.bothNotes(base.state(), shown().state(), theirs.state()));
        }
    }

    private void keepMine() {
        if (theirs != null) {
            choose(shown().state());
        }
    }

    /** Writes the chosen version over the colleague's, which this desk has now seen; Undo can take it back. */
    private void choose(RecordState chosen) {
        Choice choice = new Choice(base, shown(), theirs);
        RecordContent content = named(chosen);
        setShown(content);
        write(choice.theirs(), content, false, choice);
    }

    private void takeTheirs(boolean askFirst) {
        if (theirs == null || (askFirst && dirty.get() && !dialogs.confirm(texts.get("reload.title"),
                texts.get("reload.question", id), texts.get("reload.confirm")))) {
            return;
        }
        Choice choice = new Choice(base, shown(), theirs);
        base = theirs;
        theirs = null;
        setShown(base);
        beforeLastSave = null;
        lastChoice = choice;
        canUndo.set(true);
        status.set(Status.info(texts.get("status.tookTheirs"), undo));
    }

    /**
     * Saves {@code desired}, checked against {@code checkedBase}. {@code choice}: the conflict choice this
     * write carries out, if it is one; otherwise it is the receptionist's own save, whose change the desk
     * then watches (a choice carries that on).
     */
    private void write(RecordContent checkedBase, RecordContent desired, boolean undoing, Choice choice) {
        RecordContent before = checkedBase; // what the record held just before this write, if it goes through
        if (choice == null) {
            asked = new Asked(checkedBase, desired);
        }
        saving.set(true);
        canUndo.set(false);
        status.set(Status.busy(texts.get(undoing ? "status.undoing" : "status.saving")));
        cancelOffer = scheduler.schedule(CANCEL_AFTER, () -> {
            if (saving.get()) {
                status.set(status.get().with(cancel));
            }
        });
        running = runner.run(() -> named(store.save(id, checkedBase.state(), desired.state()), desired),
                outcome -> {
                    finished();
                    if (outcome.theirs() != null) {
                        conflict(checkedBase, desired, outcome.theirs());
                    } else {
                        saved(before, desired, outcome.held(), undoing, choice);
                    }
                }, this::saveFailed);
    }

    /** A save as the receptionist asked it: from what the record held to what they wanted. */
    private record Asked(RecordContent from, RecordContent to) {
    }

    /** The outcome of a save with names for every client in it; runs in the background. */
    private record NamedOutcome(RecordContent held, RecordContent theirs) {
    }

    private NamedOutcome named(SaveOutcome outcome, RecordContent desired) {
        if (outcome instanceof Conflict conflict) {
            return new NamedOutcome(null, namedInBackground(conflict.theirs(), desired));
        }
        return new NamedOutcome(namedInBackground(((Saved) outcome).held(), desired), null);
    }

    private RecordContent namedInBackground(RecordState state, RecordContent desired) {
        return names.name(state, List.of(desired, base));
    }

    private RecordContent named(RecordState state) {
        return names.nameKnown(state, List.of(shown(), base, theirs == null ? base : theirs));
    }

    private void saved(RecordContent before, RecordContent desired, RecordContent held, boolean undoing,
                       Choice choice) {
        Choice undoneChoice = undoing ? lastChoice : null;
        lastChoice = choice;
        base = held;
        theirs = null;
        boolean editedMeanwhile = !shown().state().equals(desired.state());
        if (!editedMeanwhile) {
            setShown(held); // show what the portal holds now, with its names
        } else {
            edited();
        }
        boolean together = !held.state().equals(desired.state());
        if (together && !Changes.kept(before.state(), desired.state(), held.state())) {
            status.set(new Status(Tone.ERROR, texts.get("status.savedDifferently", held.clients().size(),
                    desired.clients().size()), "", retry));
            return;
        }
        Instant at = clock.instant();
        own.saved(asked.from(), asked.to(), at, held.state());
        // What the save read may show an earlier change of this desk saved over (a colleague's write
        // that this save merged in, or one this desk had not seen yet): told here, not lost quietly.
        undone = own.undoneIn(held.state(), at);
        host.recordSaved(this);
        if (together) {
            // A colleague's change went in with this one (the store merged it, or it came just after).
            // Undo is not offered: it would take their change away too.
            String text = texts.get("status.savedTogether", describe(desired, held));
            status.set(undone.isEmpty() ? Status.success(text) : undoneStatus(text));
            return;
        }
        beforeLastSave = undoing ? null : before;
        canUndo.set(!undoing && !editedMeanwhile && undone.isEmpty());
        if (undoneChoice != null) {
            // the portal holds the colleague's version again; the receptionist's own is back, to choose anew
            conflict(undoneChoice.base(), shown(), held);
            return;
        }
        String text = undoing ? texts.get("status.undone")
                : texts.get("status.saved", held.clients().size());
        if (!undone.isEmpty()) {
            status.set(undoneStatus(text + "."));
        } else {
            status.set(undoing ? Status.success(text) : Status.success(text, undo));
        }
    }

    private void conflict(RecordContent checkedBase, RecordContent desired, RecordContent colleagues) {
        base = checkedBase; // after Keep mine or Merge, the colleague's version is what this desk has read
        theirs = colleagues;
        updateDirty();
        boolean mergeable = Changes.merge(base.state(), desired.state(), colleagues.state()).isPresent();
        String text = texts.get(mergeable ? "conflict.text" : "conflict.noteClash",
                describe(base, colleagues), describe(base, desired));
        status.set(new Status(Tone.WAITING, text, "", mergeable
                ? List.of(merge, keepMine, takeTheirs) : List.of(bothNotes, keepMine, takeTheirs)));
    }

    private void saveFailed(Failure failure) {
        finished();
        if (failure instanceof Failure.RecordGone) {
            portalDeleted();
            return;
        }
        if (failure instanceof Failure.OutcomeUnknown) {
            // Saving again is safe: its first step reads what the record holds, and a save that did
            // arrive is then recognised as done.
            status.set(new Status(Tone.ERROR, texts.get("problem.outcomeUnknownSave"),
                    problems.words(failure).detail(), retry));
            return;
        }
        status.set(problems.keptUnsaved(problems.describe(failure, nextSteps)));
    }

    private void finished() {
        saving.set(false);
        if (cancelOffer != null) {
            cancelOffer.cancel();
            cancelOffer = null;
        }
    }

    private String describe(RecordContent from, RecordContent to) {
        return names.describe(from, to);
    }

    private void setShown(RecordContent content) {
        note.set(content.note());
        picks.setAll(content.clients());
        edited();
    }

    private void edited() {
        updateDirty();
        if (dirty.get() || gone.get()) {
            drafts.put(id, shown(), base, deals);
        } else {
            drafts.remove(id);
        }
        if (dirty.get()) {
            canUndo.set(false);
        }
        Status shownStatus = status.get();
        if (!saving.get() && (shownStatus.tone() == Tone.SUCCESS
                || (shownStatus.tone() == Tone.INFO && shownStatus.commands().isEmpty() && dirty.get()))) {
            status.set(Status.NONE); // "Saved" no longer describes what is on screen
        }
    }

    private void updateDirty() {
        dirty.set(!shown().state().equals(base.state()));
    }
}
