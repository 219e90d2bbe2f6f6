package dev.waitlistdesk.desk.search;

import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Problems;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientDirectory;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.NewContact;
import dev.waitlistdesk.port.TypedText;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One search field for contacts and companies by name, phone or e-mail. Typing is debounced, so
 * a burst of keystrokes costs one request; a newer query cancels the older one's request.
 */
public final class ClientSearchViewModel {

    static final Duration DEBOUNCE = Duration.ofMillis(300);
    static final int MIN_CHARACTERS = 2;
    static final int MAX_RESULTS = 20;
    private static final Pattern PHONE = Pattern.compile("[+\\d][\\d\\s()\\-]{4,}");
    private static final Pattern ADDRESS_IN_BRACKETS = Pattern.compile("([^<>]*)<([^<>\\s]+@[^<>\\s]+)>.*");
    private static final Pattern LINK_SCHEME = Pattern.compile("^(?i)(mailto|tel):");
    private static final System.Logger LOG = System.getLogger(ClientSearchViewModel.class.getName());

    private final ClientDirectory directory;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final Texts texts;
    private final DialogService dialogs;
    private final Problems problems;
    private final ReadOnlyObjectProperty<? extends PickTarget> record;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Client> results = FXCollections.observableArrayList();
    private final ObservableList<Client> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyIntegerWrapper highlighted = new ReadOnlyIntegerWrapper(this, "highlighted", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    /** The kinds of client the portal's waitlist takes; both until the portal said otherwise. */
    private final Set<ClientId.Kind> kinds = EnumSet.allOf(ClientId.Kind.class);
    /** Whether the message is about a pick ("… added"): it goes when the picks change again. */
    private boolean messageAboutPicks;
    private boolean adding;
    /** Enter came before the suggestions for the text typed: a single match is added when they come. */
    private boolean addWhenOne;
    /** What waits for that Enter's client: a Save pressed right after it. */
    private Runnable waitingForEnter;
    private final ListChangeListener<Client> picksChanged = change -> {
        if (!adding && messageAboutPicks) {
            setMessage("", false);
        }
    };
    /** The client the message says was added, while it says so: its "Save to keep it" follows Save. */
    private String addedName;
    private final ChangeListener<Boolean> saveChanged = (o, was, now) -> {
        if (addedName != null) {
            showAdded(addedName);
        }
    };
    private Scheduler.Cancellable pending;
    /** The search on its way: a newer query cancels it, which stops its HTTP call and drops its answer. */
    private BackgroundRunner.Running running = BackgroundRunner.Running.NONE;

    /** @param record the open record, which Enter adds to */
    public ClientSearchViewModel(ClientDirectory directory, BackgroundRunner runner, Scheduler scheduler, Texts texts,
                                 DialogService dialogs, ReadOnlyObjectProperty<? extends PickTarget> record) {
        this.directory = directory;
        this.runner = runner;
        this.scheduler = scheduler;
        this.texts = texts;
        this.dialogs = dialogs;
        this.problems = new Problems(texts);
        this.record = record;
        query.addListener((o, old, now) -> queryChanged(now));
        record.addListener((o, old, now) -> {
            if (old != null) {
                old.picks().removeListener(picksChanged);
                old.saveKeepsPicks().removeListener(saveChanged);
            }
            if (now != null) {
                now.picks().addListener(picksChanged);
                now.saveKeepsPicks().addListener(saveChanged);
            }
        });
    }

    /**
     * The kinds of client the portal's waitlist takes (read along with the list): results of other
     * kinds are not offered. When the portal cannot say, both are.
     */
    public void useKinds(List<ClientId.Kind> listed) {
        if (listed.isEmpty()) {
            LOG.log(Level.WARNING, "The portal lists no client types; offering contacts and companies");
        } else {
            kinds.clear();
            kinds.addAll(listed);
        }
    }

    /** True after a search failed: Retry is offered. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Runs the failed search again. */
    public void retry() {
        queryChanged(query.get());
    }

    private void setMessage(String text, boolean aboutPicks) {
        message.set(text);
        messageAboutPicks = aboutPicks;
        addedName = null;
    }

    /** "Anna Petrova added. Save to keep it.", without the Save part where Save would not keep it. */
    private void showAdded(String name) {
        PickTarget open = record.get();
        boolean saveKeeps = open != null && open.saveKeepsPicks().get();
        setMessage(texts.get(saveKeeps ? "search.added" : "search.addedNoSave", name), true);
        addedName = name;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Client> results() {
        return resultsView;
    }

    /** The index of the result Enter would add; -1 when there is none. */
    public ReadOnlyIntegerProperty highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** "No contact or company matches", "Anna Petrova added", or why the search failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    private void queryChanged(String text) {
        if (pending != null) {
            pending.cancel();
        }
        running.cancel();
        addWhenOne = false;
        takeWaitingForEnter().run(); // the Enter is withdrawn: what waited for it goes ahead
        String wanted = searchText(text);
        results.clear();
        highlighted.set(-1);
        failed.set(false);
        setMessage("", false);
        if (wanted.length() < MIN_CHARACTERS) {
            searching.set(false);
            return;
        }
        searching.set(true);
        pending = scheduler.schedule(DEBOUNCE, () -> search(wanted));
    }

    private void search(String text) {
        running = runner.run(() -> directory.search(text, MAX_RESULTS), found -> {
            searching.set(false);
            List<Client> offered = found.stream().filter(c -> kinds.contains(c.id().kind())).toList();
            results.setAll(offered);
            highlighted.set(offered.isEmpty() ? -1 : 0);
            boolean enterWaited = addWhenOne;
            addWhenOne = false;
            Runnable then = takeWaitingForEnter();
            if (enterWaited && offered.size() == 1) {
                add(offered.get(0));
            } else {
                // The CRM finds phone numbers only whole (crm.duplicate.findbycomm): say so for a partial one.
                String none = TypedText.isPhonePart(text) ? "search.partialPhone" : "search.none";
                setMessage(offered.isEmpty() ? texts.get(none, text)
                        : enterWaited ? texts.get("search.several", text) : "", false);
            }
            then.run();
        }, failure -> {
            addWhenOne = false;
            searching.set(false);
            failed.set(true);
            setMessage(problems.describeSearch(failure).text(), false);
            takeWaitingForEnter().run();
        });
    }

    /** Arrow keys: moves the highlight, staying within the results. */
    public void moveHighlight(int delta) {
        if (!results.isEmpty()) {
            highlighted.set(Math.max(0, Math.min(results.size() - 1, highlighted.get() + delta)));
        }
    }

    public void highlight(int index) {
        if (index >= 0 && index < results.size()) {
            highlighted.set(index);
        }
    }

    /**
     * Enter: adds the highlighted result to the open record. Pressed before the suggestions for the
     * text typed came, it adds the client they find if they find one alone (a caller's whole number
     * typed and Enter); with several it adds none unseen, and says to choose.
     */
    public void addHighlighted() {
        int index = highlighted.get();
        if (index >= 0 && index < results.size()) {
            add(results.get(index));
        } else if (searching.get()) {
            addWhenOne = true;
        }
    }

    /**
     * Runs {@code then} now, or, while an Enter waits for the suggestions, once they came and their
     * one match was added: "Quarry", Enter, Ctrl+S typed at once saves the record with Zelda Quarry.
     */
    public void afterWaitingEnter(Runnable then) {
        if (addWhenOne) {
            waitingForEnter = then;
        } else {
            then.run();
        }
    }

    private Runnable takeWaitingForEnter() {
        Runnable then = waitingForEnter == null ? () -> { } : waitingForEnter;
        waitingForEnter = null;
        return then;
    }

    public void add(Client party) {
        PickTarget open = record.get();
        if (open == null) {
            return;
        }
        adding = true;
        boolean added;
        try {
            added = open.add(party);
        } finally {
            adding = false;
        }
        query.set("");
        if (added) {
            showAdded(party.name());
        } else {
            setMessage(texts.get("search.alreadyThere", party.name()), true);
        }
    }

    /**
     * Someone not in the CRM: asks for the details (prefilled from the query) and adds the new contact.
     * When the CRM already has a contact with that phone or e-mail, using it is offered first, so
     * nobody is entered twice.
     */
    public void addNewContact() {
        dialogs.askNewContact(prefill(query.get())).map(NewContact::tidied).ifPresent(contact -> runner.run(
                () -> directory.contactsWith(contact.phone(), contact.email()), found -> {
                    if (found.isEmpty()) {
                        create(contact);
                    } else {
                        useOrCreate(contact, found);
                    }
                }, this::contactFailed));
    }

    private void useOrCreate(NewContact contact, List<Client> found) {
        String who = found.stream().limit(3)
                .map(c -> c.name() + " (" + (c.phone().isEmpty() ? c.email() : c.phone()) + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        int answer = dialogs.choose(texts.get("newContact.duplicate.title"),
                texts.get("newContact.duplicate", who), List.of(texts.get("newContact.useExisting"),
                        texts.get("newContact.createAnyway")));
        if (answer == 0) {
            add(found.get(0));
        } else if (answer == 1) {
            create(contact);
        }
    }

    private void create(NewContact contact) {
        runner.run(() -> directory.addContact(contact), this::add, this::contactFailed);
    }

    private void contactFailed(dev.waitlistdesk.port.Failure failure) {
        setMessage(problems.words(failure).text(), false);
    }

    /**
     * What to look up: pasted text finds what typing finds ({@link TypedText}); an address copied from a
     * mail program ("Anna Petrova <anna@example.org>", "mailto:…") or a phone link ("tel:…") is the
     * address or the number alone.
     */
    static String searchText(String typed) {
        String text = TypedText.tidy(typed);
        Matcher address = ADDRESS_IN_BRACKETS.matcher(text);
        return address.matches() ? address.group(2) : LINK_SCHEME.matcher(text).replaceFirst("").strip();
    }

    /** The new contact's form as far as the query tells: a name, a phone, an e-mail, or a mail's name and address. */
    static NewContact prefill(String typed) {
        Matcher address = ADDRESS_IN_BRACKETS.matcher(TypedText.tidy(typed));
        if (address.matches()) {
            NewContact named = byName(address.group(1).replace("\"", "").strip());
            return new NewContact(named.name(), named.lastName(), "", address.group(2));
        }
        String text = searchText(typed);
        if (text.contains("@")) {
            return new NewContact("", "", "", text);
        }
        return PHONE.matcher(text).matches() ? new NewContact("", "", text, "") : byName(text);
    }

    /** "Mary Ann Lee" and, as mail programs write it, "Lee, Mary Ann". */
    private static NewContact byName(String text) {
        int comma = text.indexOf(',');
        if (comma >= 0) {
            return new NewContact(text.substring(comma + 1).strip(), text.substring(0, comma).strip(), "", "");
        }
        int space = text.lastIndexOf(' ');
        return space < 0 ? new NewContact(text, "", "", "")
                : new NewContact(text.substring(0, space).strip(), text.substring(space + 1), "", "");
    }

    /** After a save, "… added. Save to keep it." is no longer true; a pending query stays. */
    public void recordSaved() {
        if (query.get().isBlank()) {
            setMessage("", false);
        }
    }

    /** Forgets the query and its results, e.g. when another record opens. */
    public void clear() {
        query.set("");
        setMessage("", false);
    }
}
