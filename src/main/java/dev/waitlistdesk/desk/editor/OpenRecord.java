package dev.waitlistdesk.desk.editor;

import dev.waitlistdesk.desk.search.ClientSearchViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;

/** The window's open record as the panels around it see it (editor, booking, deals); the list keeps it. */
public interface OpenRecord {

    ReadOnlyObjectProperty<RecordViewModel> currentProperty();

    ClientSearchViewModel search();

    /** Asks, then deletes the open record on the portal. */
    void deleteCurrent();

    void refresh();

    /** The record became a booking and left the waitlist: its row goes and the list says so. */
    void booked(long id, String text);

    /** A booking was undone: the record is back on the waitlist under {@code id}; it opens and the list says so. */
    void unbooked(long id, dev.waitlistdesk.port.RecordContent content, String text);
}
