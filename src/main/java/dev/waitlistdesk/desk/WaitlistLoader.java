package dev.waitlistdesk.desk;

import java.util.List;
import java.util.Optional;

/**
 * Loads the waitlist rows: the records with their clients (the store batches them), then the
 * names not known yet in one more call. Blocking: call it in the background.
 */
final class WaitlistLoader {

    private final DeskContext ctx;

    WaitlistLoader(DeskContext ctx) {
        this.ctx = ctx;
    }

    List<WaitlistRow> load(Optional<DateRange> within) {
        List<WaitlistEntry> entries = ctx.store().list(within);
        ctx.names().resolve(entries.stream().flatMap(e -> e.state().clients().stream()).toList());
        return entries.stream()
                .map(e -> new WaitlistRow(e.id(), ctx.names().nameKnown(e.state(), List.of()), false))
                .toList();
    }
}
