package dev.waitlistdesk.desk.deals;

import dev.waitlistdesk.desk.booking.BookingServices;
import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Problems;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Command;
import dev.waitlistdesk.desk.common.NextSteps;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.editor.OpenRecord;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.port.BookingDesk;
import dev.waitlistdesk.port.DealInfo;
import dev.waitlistdesk.port.Failure;

import dev.waitlistdesk.desk.common.Status.Tone;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The deals linked to the open record: title and stage, Link a deal… (search by title as you
 * type) and ✕ to unlink, saved in the background. Like a client save, a link is written only if the
 * record still links what this desk loaded; a colleague's change is shown, never overwritten.
 */
public final class DealsViewModel {

    static final Duration SEARCH_DELAY = Duration.ofMillis(250);
    private static final int RESULTS = 8;

    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final Texts texts;
    private final DialogService dialogs;
    private final Problems problems;
    private final BookingServices services;
    private final OpenRecord main;
    private final ObservableList<DealInfo> linked = FXCollections.observableArrayList();
    private final ObservableList<DealInfo> results = FXCollections.observableArrayList();
    // one read-only view each: a view made per call would be collected, and its listeners with it
    private final ObservableList<DealInfo> linkedView = FXCollections.unmodifiableObservableList(linked);
    private final ObservableList<DealInfo> resultsView = FXCollections.unmodifiableObservableList(results);
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);
    /** Retry and Reload read the record's deals again; the list and the connection are the window's. */
    private final Command retry = new Command("retry", this::reload);
    private final NextSteps nextSteps = new NextSteps(retry, new Command("refresh-list", this::refreshList),
            new Command("open-settings", this::openSettings));
    /** What the record linked when this desk last read it: the base of the conflict check. */
    private List<Long> base = List.of();
    private long recordId = -1;
    /** The change a conflict stopped, to apply again on top of the colleague's links (Retry). */
    private BackgroundRunner.Running load = BackgroundRunner.Running.NONE;
    private BackgroundRunner.Running search = BackgroundRunner.Running.NONE;
    private Scheduler.Cancellable pendingSearch;

    public DealsViewModel(BackgroundRunner runner, Scheduler scheduler, Texts texts, DialogService dialogs,
                          BookingServices services, OpenRecord main) {
        this.runner = runner;
        this.scheduler = scheduler;
        this.texts = texts;
        this.dialogs = dialogs;
        this.problems = new Problems(texts);
        this.services = services;
        this.main = main;
        query.addListener((o, old, text) -> searchSoon(text));
        main.currentProperty().addListener((o, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                show(now);
            }
        });
        show(main.currentProperty().get());
    }

    /** The linked deals, in link order. */
    public ObservableList<DealInfo> linked() {
        return linkedView;
    }

    /** Deals whose title matches the query, newest first. */
    public ObservableList<DealInfo> results() {
        return resultsView;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * "In progress · Preparation", or only "Won" / "Lost" (a closed stage's name says no more, as in
     * "Deal won"); a deal the CRM does not show says so.
     */
    public String describe(DealInfo deal) {
        if (deal.stage().isEmpty() && deal.title().isEmpty()) {
            return texts.get("deals.unknown");
        }
        return texts.get("deals.stage", deal.stage(), deal.progress().ordinal());
    }

    /** The deal's page in the portal, where the contract gives one. */
    public Optional<URI> url(DealInfo deal) {
        return services.deals().url(deal.id());
    }

    public void openInBrowser(DealInfo deal) {
        url(deal).ifPresent(services.browser());
    }

    /** Links the deal to the open record, unless it is linked already. */
    public void link(DealInfo deal) {
        if (recordId < 0 || saving.get() || base.contains(deal.id())) {
            return;
        }
        query.set("");
        List<Long> desired = new ArrayList<>(base);
        desired.add(deal.id());
        write(desired, () -> link(deal), "deals.linked", deal);
    }

    public void unlink(DealInfo deal) {
        if (recordId < 0 || saving.get() || !base.contains(deal.id())) {
            return;
        }
        List<Long> desired = new ArrayList<>(base);
        desired.remove(deal.id());
        write(desired, () -> unlink(deal), "deals.unlinked", deal);
    }

    private void reload() {
        show(main.currentProperty().get());
    }

    private void refreshList() {
        main.refresh();
    }

    private void openSettings() {
        dialogs.openSettings();
    }

    private void show(RecordViewModel record) {
        load.cancel();
        linked.clear();
        results.clear();
        query.set("");
        base = List.of();
        status.set(Status.NONE);
        recordId = record == null ? -1 : record.id();
        if (record == null || record.goneProperty().get()) {
            return; // a record deleted on the portal links no deals any more; its own status says so
        }
        long id = recordId;
        // a record opened later cancels this load: its answer never reaches another record
        load = runner.run(() -> named(services.booking().dealIds(id)), this::shown,
                failure -> status.set(failed(failure)));
    }

    private void write(List<Long> desired, Runnable change, String successKey, DealInfo deal) {
        long id = recordId;
        List<Long> checkedBase = List.copyOf(base);
        saving.set(true);
        status.set(Status.busy(texts.get("deals.saving")));
        runner.run(() -> {
            BookingDesk.DealLinks outcome = services.booking().saveDeals(id, checkedBase, desired);
            return new Named(outcome.conflict(), named(outcome.held()));
        }, outcome -> {
            saving.set(false);
            if (id != recordId) {
                return;
            }
            shown(outcome.deals());
            if (outcome.conflict()) {
                status.set(new Status(Tone.WAITING, texts.get("deals.conflict"), "",
                        new Command("retry", change))); // the same change, over what the colleague saved
            } else {
                status.set(Status.success(texts.get(successKey, title(deal))));
            }
        }, failure -> {
            saving.set(false);
            if (id == recordId) {
                status.set(failed(failure));
            }
        });
    }

    private record Named(boolean conflict, List<DealInfo> deals) {
    }

    /** Runs in the background: titles and stages of the linked ids, in link order. */
    private List<DealInfo> named(List<Long> ids) {
        Map<Long, DealInfo> known = ids.isEmpty() ? Map.of() : services.deals().describe(ids);
        return ids.stream().map(id -> known.getOrDefault(id, new DealInfo(id, "", "", DealInfo.Progress.OPEN)))
                .toList();
    }

    private void shown(List<DealInfo> deals) {
        linked.setAll(deals);
        base = deals.stream().map(DealInfo::id).toList();
        RecordViewModel record = main.currentProperty().get();
        if (record != null && record.id() == recordId) {
            record.dealsLinked(base);
        }
    }

    private String title(DealInfo deal) {
        return deal.title().isEmpty() ? texts.get("deals.number", deal.id()) : deal.title();
    }

    private Status failed(Failure failure) {
        if (failure instanceof Failure.RecordGone) {
            return new Status(Tone.ERROR, texts.get("deals.recordGone"),
                    problems.smallPrint(failure.evidence()), nextSteps.refreshList());
        }
        return problems.describe(failure, nextSteps);
    }

    private void searchSoon(String text) {
        if (pendingSearch != null) {
            pendingSearch.cancel();
        }
        search.cancel();
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            results.clear();
            return;
        }
        pendingSearch = scheduler.schedule(SEARCH_DELAY, () -> {
            pendingSearch = null;
            search = runner.run(() -> services.deals().search(wanted, RESULTS), found -> {
                if (wanted.equals(query.get().strip())) {
                    results.setAll(found);
                    if (found.isEmpty()) {
                        status.set(Status.info(texts.get("deals.noneFound", wanted)));
                    } else if (status.get().tone() == Tone.INFO) {
                        status.set(Status.NONE);
                    }
                }
            }, failure -> {
                status.set(problems.describeSearch(failure).with(retry));
            });
        });
    }
}
