package dev.waitlistdesk.desk.editor;

import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.desk.search.ClientSearchViewModel;
import java.time.LocalDate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The window's open record as the panels around it see it (editor, booking, deals); the list keeps it. */
public interface OpenRecord {

    ReadOnlyObjectProperty<RecordViewModel> currentProperty();

    ClientSearchViewModel search();

    /** Every row the list holds (whatever its quick filter shows), for filling a freed time. */
    ObservableList<WaitlistRow> waitlist();

    /** The creation day of each record placed so far: how long it has waited. */
    ObservableMap<Long, LocalDate> createdDays();

    /** Changes once after each set of days is placed in {@link #createdDays()}: sort on this, not per day. */
    ReadOnlyIntegerProperty daysPlacedProperty();

    /** Opens the record on the right (the list selects it); unsaved work on the one left behind is kept. */
    void open(WaitlistRow row);

    /** Asks, then deletes the open record on the portal. */
    void deleteCurrent();

    void refresh();

    /** The record became a booking and left the waitlist: its row goes and the list says so. */
    void booked(long id, String text);

    /** A booking was undone: the record is back on the waitlist under {@code id}; it opens and the list says so. */
    void unbooked(long id, dev.waitlistdesk.port.RecordContent content, String text);
}
