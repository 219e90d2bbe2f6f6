package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Status;
import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The list's status line: loading, a failure, or a result of what the receptionist did, which gives way. */
final class ListStatus {

    /** How long a result ("Record #20 deleted.") stays when nothing else happens. */
    static final Duration RESULT_SHOWN_FOR = Duration.ofSeconds(20);

    private final Scheduler scheduler;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "listStatus", Status.NONE);
    /** The result the list shows now, if it shows one: it goes at the next action or after a while. */
    private Status result;
    private Scheduler.Cancellable resultFades;

    ListStatus(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    ReadOnlyObjectProperty<Status> property() {
        return status.getReadOnlyProperty();
    }

    Status get() {
        return status.get();
    }

    void set(Status shown) {
        status.set(shown);
    }

    /** A result of what the receptionist did: it gives way at their next action, or fades after a while. */
    void showResult(Status shown) {
        result = shown;
        status.set(shown);
        if (resultFades != null) {
            resultFades.cancel();
        }
        resultFades = scheduler.schedule(RESULT_SHOWN_FOR, () -> {
            if (status.get() == shown) {
                status.set(Status.NONE);
            }
        });
    }

    /** The last result gives way to what the receptionist does next. */
    void resultGivesWay() {
        if (status.get() == result) {
            status.set(Status.NONE);
        }
    }
}
