package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.port.BookingResult;
import dev.waitlistdesk.port.RecordContent;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The last booking the panel made that took its record off the waitlist, while it may still be undone. */
final class LastBooking {

    /** How long after booking Undo (Ctrl+Z) is offered. */
    static final Duration UNDO_FOR = Duration.ofMinutes(5);

    /** A booking, and what its record held when it was booked (what Undo puts back on the waitlist). */
    record Undoable(BookingResult.Booked booked, RecordContent record) {
    }

    private final Scheduler scheduler;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private Undoable undoable;

    LastBooking(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** True for {@link #UNDO_FOR} after a booking that took its record off the waitlist. */
    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Undo is offered for this booking until {@link #UNDO_FOR} has passed; then {@code expired} runs. */
    void offer(Undoable made, Runnable expired) {
        set(made);
        scheduler.schedule(UNDO_FOR, () -> {
            if (undoable == made) {
                set(null);
                expired.run();
            }
        });
    }

    /** The booking to undo, no longer on offer; empty when there is none. */
    Optional<Undoable> take() {
        Optional<Undoable> last = Optional.ofNullable(undoable);
        set(null);
        return last;
    }

    /** The undo failed: it is on offer again. */
    void putBack(Undoable last) {
        set(last);
    }

    /** What the record booked last held, while Undo is on offer. */
    Optional<RecordContent> record() {
        return Optional.ofNullable(undoable).map(Undoable::record);
    }

    boolean any() {
        return undoable != null;
    }

    private void set(Undoable next) {
        undoable = next;
        canUndo.set(next != null);
    }
}
