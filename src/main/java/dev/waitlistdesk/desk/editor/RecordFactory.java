package dev.waitlistdesk.desk.editor;

import dev.waitlistdesk.port.RecordContent;

/** Makes the view model of a record being opened; the composition root hands it the services it uses. */
@FunctionalInterface
public interface RecordFactory {

    /** {@code loaded}: what the portal held when the record was read (a draft on top is restored). */
    RecordViewModel open(RecordHost host, long id, RecordContent loaded);
}
