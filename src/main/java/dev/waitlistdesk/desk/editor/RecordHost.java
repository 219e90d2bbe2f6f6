package dev.waitlistdesk.desk.editor;

/** What an open record asks of the window that holds it. */
public interface RecordHost {

    /** The record now holds what it shows as saved: update its row. */
    void recordSaved(RecordViewModel record);

    /** The record turned out to be deleted on the portal: mark its row. */
    void recordGone(RecordViewModel record);

    /** Create a new record with this one's note and clients (after a 1040). */
    void recreate(RecordViewModel record);

    /** The receptionist dropped this record's unsaved work; it leaves the screen if the portal lost it. */
    void discarded(RecordViewModel record);

    void refreshList();
}
