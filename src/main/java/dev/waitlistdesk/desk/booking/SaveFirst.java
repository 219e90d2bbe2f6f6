package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;

/** Saves the record's unsaved picks before it is booked, so the booking holds them; then hands it back. */
final class SaveFirst {

    private final Consumer<RecordViewModel> saved;
    /** The record being saved; null when none is. */
    private RecordViewModel record;
    // the save's outcome is known once the record says so (its saving flag drops a moment earlier)
    private final ChangeListener<Status> afterSave = (o, was, now) -> ifEnded();

    /** @param saved told when the save ended, whatever its outcome: the record says how it went */
    SaveFirst(Consumer<RecordViewModel> saved) {
        this.saved = saved;
    }

    boolean underWay() {
        return record != null;
    }

    /** Saves the record (or waits for its save already under way). */
    void start(RecordViewModel saving) {
        record = saving;
        saving.statusProperty().addListener(afterSave);
        if (!saving.savingProperty().get()) {
            saving.save();
        }
    }

    /** Hands the record back if its save has ended (the runner may end it before {@link #start} returns). */
    void ifEnded() {
        if (record != null && !record.savingProperty().get()) {
            RecordViewModel ended = record;
            stop();
            saved.accept(ended);
        }
    }

    /** Stops waiting for the save: the panel closed or moved to another record. */
    void stop() {
        if (record != null) {
            record.statusProperty().removeListener(afterSave);
            record = null;
        }
    }
}
