package dev.waitlistdesk.portal.booking;

import dev.waitlistdesk.bitrix.Method;
import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.RestClient;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The day each waitlist record was created. The API returns no creation date, only the
 * {@code createdWithin} filter; so one batch asks day-wide windows for the last 14 days, wider ones
 * further back (weeks, 30 days, years, then everything before), and each round narrows only the
 * windows that hold a wanted record (or are too full to tell) until it is a single day. Exact to the
 * day, in the portal's time zone (which the docs do not name). Records older than {@link #OLDEST}
 * or deleted meanwhile stay unplaced.
 */
public final class CreatedDays {

    static final LocalDate OLDEST = LocalDate.of(2000, 1, 1);
    private static final Method LIST = BookingCalls.WAITLIST_LIST;
    private static final int PAGE = RestClient.PAGE_SIZE;
    private static final int MAX_ROUNDS = 12;

    private final RestClient client;

    public CreatedDays(RestClient client) {
        this.client = client;
    }

    /** A createdWithin window [from, to) and the page asked of it. */
    private record Window(LocalDate from, LocalDate to, int start) {

        long days() {
            return ChronoUnit.DAYS.between(from, to);
        }
    }

    /** The creation day of each of these records that could be placed. */
    public Map<Long, LocalDate> of(Collection<Long> ids, LocalDate today) {
        Set<Long> wanted = new HashSet<>(ids);
        Map<Long, LocalDate> found = new LinkedHashMap<>();
        List<Window> windows = firstWindows(today);
        for (int round = 0; round < MAX_ROUNDS && !wanted.isEmpty() && !windows.isEmpty(); round++) {
            List<BatchCommand> commands = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                Window w = windows.get(i);
                Map<String, Object> params = new HashMap<>();
                params.put("filter", RestWaitlistApi.createdWithin(new CreatedWithin(w.from(), w.to())));
                params.put("start", w.start());
                commands.add(new BatchCommand("w" + i, LIST, params));
            }
            BatchResult batch = client.batch(commands).throwFirstError();
            List<Window> next = new ArrayList<>();
            for (int i = 0; i < windows.size(); i++) {
                Window w = windows.get(i);
                List<Long> rows = new ArrayList<>();
                for (JsonNode row : Answers.field(LIST, batch.result("w" + i).orElseThrow(), "waitList")) {
                    rows.add(row.path("id").asLong());
                }
                boolean full = rows.size() >= PAGE;
                boolean holdsWanted = rows.stream().anyMatch(wanted::contains);
                if (w.days() == 1) {
                    rows.stream().filter(wanted::contains).forEach(id -> found.put(id, w.from()));
                    if (full) {
                        next.add(new Window(w.from(), w.to(), w.start() + PAGE)); // the same day, next page
                    }
                } else if (holdsWanted || full) {
                    next.addAll(split(w)); // the parts cover every page of it
                }
            }
            wanted.removeAll(found.keySet());
            windows = next;
        }
        return found;
    }

    /** 14 single days back from today, then 7 weeks, 10 times 30 days, 4 years, and the rest since 2000. */
    static List<Window> firstWindows(LocalDate today) {
        List<Window> windows = new ArrayList<>();
        LocalDate to = today.plusDays(1);
        int[][] steps = {{14, 1}, {7, 7}, {10, 30}, {4, 365}};
        for (int[] step : steps) {
            for (int i = 0; i < step[0]; i++) {
                windows.add(new Window(to.minusDays(step[1]), to, 0));
                to = to.minusDays(step[1]);
            }
        }
        if (to.isAfter(OLDEST)) {
            windows.add(new Window(OLDEST, to, 0));
        }
        return windows;
    }

    /** Years into 30-day parts, those into weeks, weeks into days; the last part may be shorter. */
    private static List<Window> split(Window w) {
        int part = w.days() > 62 ? 30 : w.days() > 7 ? 7 : 1;
        if (w.days() > 400) {
            part = 365;
        }
        List<Window> parts = new ArrayList<>();
        for (LocalDate from = w.from(); from.isBefore(w.to()); from = from.plusDays(part)) {
            LocalDate end = from.plusDays(part).isAfter(w.to()) ? w.to() : from.plusDays(part);
            parts.add(new Window(from, end, 0));
        }
        return parts;
    }
}
