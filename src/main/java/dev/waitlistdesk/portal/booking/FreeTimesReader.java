package dev.waitlistdesk.portal.booking;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.Method;
import dev.waitlistdesk.bitrix.Paging;
import dev.waitlistdesk.bitrix.RestClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Free times of resources over days, read in as few batches as the bookings in the window allow. Blocks. */
public final class FreeTimesReader {

    /** Pages of booking.list asked in one batch when several days are read: 400 bookings a request. */
    private static final int PAGES_AT_ONCE = 8;
    private static final int BATCH_LIMIT = 50;
    private static final Method SLOTS = BookingCalls.RESOURCE_SLOTS_LIST;

    private final RestClient client;

    public FreeTimesReader(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Free times of each resource on {@code day} (taken in each resource's own time zone), for a day
     * strip: one HTTP request (a batch of the resources' slots.list and booking.list over a window
     * that holds that day in every time zone), more only when that window has over 50 bookings.
     * A resource that is gone is left out.
     */
    public Map<Long, FreeTimes> freeTimes(LocalDate day, Collection<Long> resourceIds) {
        return freeTimes(day, 1, resourceIds).get(day);
    }

    /**
     * Free times of each resource on {@code count} days from {@code first}: one batch holds the
     * resources' slots.list and the first {@link #PAGES_AT_ONCE} pages of booking.list over the whole
     * window (one page for a single day); each further batch the next pages. So the requests grow with
     * the bookings in the window (one per 400), not with the days or, up to 40, the resources.
     */
    public Map<LocalDate, Map<Long, FreeTimes>> freeTimes(LocalDate first, int count, Collection<Long> resourceIds) {
        // Day D starts at D 00:00 +14:00 at the earliest and ends at D+1 00:00 -12:00 at the latest.
        Instant from = first.atStartOfDay(ZoneOffset.ofHours(14)).toInstant().minus(RestBookingApi.LOOK_BACK);
        Instant to = first.plusDays(count).atStartOfDay(ZoneOffset.ofHours(-12)).toInstant();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(resourceIds));
        Method listMethod = BookingCalls.BOOKING_LIST;
        Paging.Offset pages = new Paging.Offset("bookings_", listMethod, RestBookingApi.withinParams(from, to),
                result -> Answers.field(listMethod, result, "booking"), RestBookingApi.MAX_PAGES);
        List<BatchCommand> commands = new ArrayList<>(slotsCommands(ids));
        // as many pages as fit beside the slots in one batch of 50
        commands.addAll(pages.next(count == 1 ? 1 : Math.max(1, Math.min(PAGES_AT_ONCE, BATCH_LIMIT - ids.size()))));
        BatchResult batch = client.batch(commands);
        pages.read(batch);
        while (pages.more()) {
            pages.read(client.batch(pages.next(PAGES_AT_ONCE)));
        }
        Map<Long, Booking> bookings = new LinkedHashMap<>();
        for (JsonNode row : pages.rows()) {
            Optional.ofNullable(Wire.booking(listMethod, row)).ifPresent(b -> bookings.putIfAbsent(b.id(), b));
        }
        Map<Long, List<WorkingHours>> hours = hoursIn(batch, ids);
        Map<LocalDate, Map<Long, FreeTimes>> days = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(i);
            Map<Long, FreeTimes> free = new LinkedHashMap<>();
            hours.forEach((id, h) -> free.put(id, FreeTimes.of(day, id, h, bookings.values())));
            days.put(day, free);
        }
        return days;
    }

    /**
     * The working hours of each resource, in one request for up to 50 (the batch takes more in chunks);
     * a resource that is gone is left out.
     */
    Map<Long, List<WorkingHours>> workingHours(Collection<Long> resourceIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(resourceIds));
        return hoursIn(client.batch(slotsCommands(ids)), ids);
    }

    private static List<BatchCommand> slotsCommands(List<Long> ids) {
        return ids.stream().map(id -> new BatchCommand("slots_" + id, SLOTS, Map.of("resourceId", id))).toList();
    }

    private static Map<Long, List<WorkingHours>> hoursIn(BatchResult batch, List<Long> ids) {
        Map<Long, List<WorkingHours>> hours = new LinkedHashMap<>();
        for (long id : ids) {
            Answers.unlessGone(batch, "slots_" + id).ifPresent(result -> {
                List<WorkingHours> slots = new ArrayList<>();
                Answers.field(SLOTS, result, "slots").forEach(row -> slots.add(Wire.workingHours(SLOTS, row)));
                hours.put(id, slots);
            });
        }
        return hours;
    }
}
