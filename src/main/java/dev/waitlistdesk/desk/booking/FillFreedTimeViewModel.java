package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.common.WaitingTime;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.editor.OpenRecord;
import dev.waitlistdesk.port.TypedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * Filling a freed time (Ctrl+Shift+B), the way in when a client cancels by phone: the booking panel
 * opens on no record, the receptionist picks the time, then who to offer it to from the waitlist,
 * longest waiting first, narrowed with the list's quick filter. Only a record the receptionist chose
 * gets the time; once booked it leaves the waitlist, and with it the choice.
 */
public final class FillFreedTimeViewModel {

    private final Texts texts;
    private final OpenRecord main;
    private final BookingPanelViewModel panel;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final FilteredList<WaitlistRow> matching;
    private final SortedList<WaitlistRow> candidates;
    private final ReadOnlyObjectWrapper<WaitlistRow> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");

    public FillFreedTimeViewModel(Texts texts, OpenRecord main, BookingPanelViewModel panel) {
        this.texts = texts;
        this.main = main;
        this.panel = panel;
        // none while the panel is closed: a hidden list would be filtered, sorted and laid out again at every list load
        matching = new FilteredList<>(main.waitlist(), row -> false);
        candidates = new SortedList<>(matching, WaitingTime.oldestFirst(main.createdDays()));
        filter.addListener((o, old, text) -> offer());
        panel.fillingProperty().addListener((o, was, filling) -> offer());
        main.daysPlacedProperty().addListener((o, old, now) ->
                candidates.setComparator(WaitingTime.oldestFirst(main.createdDays())));
        main.waitlist().addListener((ListChangeListener<WaitlistRow>) c -> followChosen());
    }

    /** Ctrl+Shift+B: the panel on no record, every waiting record offered, none chosen. */
    public void open() {
        filter.set("");
        chosen.set(null);
        panel.openToFill();
    }

    /** The waiting records the filter lets through, longest waiting first (records not placed yet last). */
    public ObservableList<WaitlistRow> candidates() {
        return candidates;
    }

    /** As the list's quick filter: id, note, a client's name or phone. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The record the receptionist chose to offer the time to; null until they choose one. */
    public ReadOnlyObjectProperty<WaitlistRow> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /**
     * The receptionist chose this record: it opens behind the panel (with any unsaved picks, which
     * the booking saves first) and the panel offers it the time, unless it has no clients.
     */
    public void choose(WaitlistRow row) {
        if (row == null || !panel.fillingProperty().get()
                || (chosen.get() != null && chosen.get().id() == row.id())) {
            return;
        }
        chosen.set(row);
        main.open(row);
        panel.offerTo(main.currentProperty().get());
    }

    /** What Enter in the filter picks: the record whose id was typed ("28", "#28", "№ 28"), else the first. */
    public Optional<WaitlistRow> typedOrFirst() {
        String typed = TypedText.recordId(filter.get());
        return candidates.stream().filter(row -> String.valueOf(row.id()).equals(typed)).findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /** One line per record: "#12 · 3 days · Massage, Friday · Acme GmbH, Boris Klein". */
    public String describe(WaitlistRow row, LocalDate today) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.get("booking.fill.id", row.id()));
        parts.add(WaitingTime.describe(texts, main.createdDays().get(row.id()), today));
        parts.add(row.note());
        parts.add(row.clients().isEmpty() ? texts.get("booking.fill.clientless") : row.clientNames());
        parts.removeIf(String::isBlank);
        return String.join(" · ", parts);
    }

    /** While filling, the records the filter lets through; a record deleted on the portal cannot be booked. */
    private void offer() {
        matching.setPredicate(panel.fillingProperty().get()
                ? WaitlistRow.matching(filter.get()).and(row -> !row.gone()) : row -> false);
        followChosen(); // a record the filter hides is no longer chosen: Enter books only what is shown
    }

    /** The chosen record changed (a colleague's edit), left the list (booked, deleted) or the filter hid it: the choice follows. */
    private void followChosen() {
        WaitlistRow was = chosen.get();
        if (was == null) {
            return;
        }
        WaitlistRow now = candidates.stream().filter(row -> row.id() == was.id()).findFirst().orElse(null);
        chosen.set(now);
        if (now == null) {
            panel.offerTo(null);
        }
    }
}
