package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.ResourceDay;
import dev.waitlistdesk.port.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What one loaded day shows for the chosen resources: a strip each, and the starts free on all of them. */
final class DayTimes {

    private DayTimes() {
    }

    /** A strip per chosen resource of the day, all over the same span: the earliest start to the latest end. */
    static List<DayStrip> strips(List<BookableResource> chosen, Map<Long, ResourceDay> day, BookingWords words,
                                 Instant now) {
        List<Span> working = day.values().stream().flatMap(d -> d.working().stream()).toList();
        List<DayStrip> strips = new ArrayList<>();
        if (working.isEmpty()) {
            return strips;
        }
        Instant from = working.stream().map(Span::start).min(Instant::compareTo).orElseThrow();
        Instant to = working.stream().map(Span::end).max(Instant::compareTo).orElseThrow();
        for (BookableResource resource : chosen) {
            if (day.containsKey(resource.id())) {
                strips.add(words.strip(resource, day.get(resource.id()), from, to, now));
            }
        }
        return strips;
    }

    /**
     * The starts at which every chosen resource is free for {@code minutes}, on the first one's grid, labelled
     * in {@code zone}; none until the day of each chosen resource is loaded.
     */
    static List<StartTime> starts(List<BookableResource> chosen, Map<Long, ResourceDay> day, int minutes,
                                  Instant now, ZoneId zone) {
        List<StartTime> starts = new ArrayList<>();
        if (minutes <= 0 || chosen.isEmpty() || !chosen.stream().allMatch(r -> day.containsKey(r.id()))) {
            return starts;
        }
        List<ResourceDay> days = chosen.stream().map(r -> day.get(r.id())).toList();
        for (Instant at : ResourceDay.commonStarts(days, Duration.ofMinutes(minutes), now)) {
            starts.add(new StartTime(at, BookingWords.time(zone).format(at)));
        }
        return starts;
    }
}
