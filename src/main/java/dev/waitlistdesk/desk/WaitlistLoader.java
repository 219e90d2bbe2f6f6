package dev.waitlistdesk.desk;

import dev.waitlistdesk.booking.ClientRef;
import dev.waitlistdesk.booking.CreatedWithin;
import dev.waitlistdesk.booking.WaitlistRecord;
import dev.waitlistdesk.crm.CrmParty;
import dev.waitlistdesk.crm.CrmRef;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the waitlist rows: the records, the clients of all of them in one batched call, and all
 * their names in one more, never a call per record. Blocking: call it in the background.
 */
final class WaitlistLoader {

    private final DeskContext ctx;

    WaitlistLoader(DeskContext ctx) {
        this.ctx = ctx;
    }

    List<WaitlistRow> load(Optional<CreatedWithin> within) {
        List<WaitlistRecord> records = ctx.api().list(within);
        Map<Long, List<ClientRef>> clients = records.isEmpty()
                ? Map.of() : ctx.api().clientsOf(records.stream().map(WaitlistRecord::id).toList());
        Set<CrmRef> refs = new LinkedHashSet<>();
        clients.values().forEach(list -> list.forEach(c -> Clients.toCrmRef(c).ifPresent(refs::add)));
        Map<CrmRef, CrmParty> parties = refs.isEmpty() ? Map.of() : ctx.crm().resolve(refs);
        return records.stream()
                .sorted(Comparator.comparingLong(WaitlistRecord::id).reversed()) // ids grow: newest first
                .map(r -> new WaitlistRow(r, clients.getOrDefault(r.id(), List.of()).stream()
                        .map(Clients::toCrmRef).flatMap(Optional::stream)
                        .map(ref -> parties.getOrDefault(ref, Clients.unnamed(ctx.texts(), ref))).toList()))
                .toList();
    }
}
