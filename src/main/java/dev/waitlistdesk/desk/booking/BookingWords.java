package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.desk.common.Problems;
import dev.waitlistdesk.desk.common.Command;
import dev.waitlistdesk.desk.common.NextSteps;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.BookingResult;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.ResourceDay;
import dev.waitlistdesk.port.Span;

import dev.waitlistdesk.desk.common.Status.Tone;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** What the booking panel says: periods, day strips, and each outcome of Book with its next step. */
final class BookingWords {

    private final Texts texts;
    private final Problems problems;

    BookingWords(Texts texts, Problems problems) {
        this.texts = texts;
        this.problems = problems;
    }

    /** "Fri 27 Nov 2026, 14:00–15:00 (Europe/Berlin)" */
    String period(Span span, ZoneId zone) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(texts.get("booking.date.pattern"),
                texts.bundle().getLocale()).withZone(zone);
        return texts.get("booking.period", date.format(span.start()), time(zone).format(span.start()),
                time(zone).format(span.end()), zone.getId());
    }

    /** "Mon 7 Dec 2026, 09:30" */
    String when(Instant at, ZoneId zone) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern(texts.get("booking.date.pattern"),
                texts.bundle().getLocale()).withZone(zone);
        return date.format(at) + ", " + time(zone).format(at);
    }

    static DateTimeFormatter time(ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
    }

    /**
     * The resource's day placed on the shared window [from, to): its booked and free times, each
     * with its words for a screen reader ("10:00–11:00 booked"), and its free times in a sentence.
     * Time before {@code now} is drawn as closed, neither booked nor free: today's strip shows what is left.
     */
    DayStrip strip(BookableResource resource, ResourceDay day, Instant from, Instant to, Instant now) {
        double whole = Duration.between(from, to).toSeconds();
        List<Span> free = fromNow(day.free(), now);
        List<DayStrip.Part> parts = new ArrayList<>();
        for (Span span : without(fromNow(day.working(), now), free)) {
            parts.add(part(span, false, from, whole, resource.zone()));
        }
        for (Span span : free) {
            parts.add(part(span, true, from, whole, resource.zone()));
        }
        parts.sort(java.util.Comparator.comparingDouble(DayStrip.Part::from));
        String summary = free.isEmpty() ? texts.get("booking.strip.full", resource.name())
                : texts.get("booking.strip.free", resource.name(), spans(free, resource.zone()));
        return new DayStrip(resource.id(), resource.name(), parts, summary);
    }

    private static List<Span> fromNow(List<Span> spans, Instant now) {
        return spans.stream().filter(span -> span.end().isAfter(now))
                .map(span -> span.start().isBefore(now) ? new Span(now, span.end()) : span).toList();
    }

    private DayStrip.Part part(Span span, boolean free, Instant from, double whole, ZoneId zone) {
        return new DayStrip.Part(fraction(from, span.start(), whole), fraction(from, span.end(), whole), free,
                texts.get(free ? "booking.slot.free" : "booking.slot.booked", time(zone).format(span.start()),
                        time(zone).format(span.end())));
    }

    /** The working hours with the free times taken out: what is booked. */
    private static List<Span> without(List<Span> working, List<Span> free) {
        List<Span> booked = new ArrayList<>();
        for (Span hours : working) {
            Instant at = hours.start();
            for (Span open : free.stream().sorted(java.util.Comparator.comparing(Span::start)).toList()) {
                if (open.end().isAfter(at) && open.start().isBefore(hours.end())) {
                    if (open.start().isAfter(at)) {
                        booked.add(new Span(at, open.start()));
                    }
                    at = open.end().isAfter(at) ? open.end() : at;
                }
            }
            if (at.isBefore(hours.end())) {
                booked.add(new Span(at, hours.end()));
            }
        }
        return booked;
    }

    private static double fraction(Instant from, Instant at, double whole) {
        return whole <= 0 ? 0 : Duration.between(from, at).toSeconds() / whole;
    }

    /** "10:00–10:45, 14:00–15:00" */
    static String spans(List<Span> spans, ZoneId zone) {
        return spans.stream().map(s -> time(zone).format(s.start()) + "–" + time(zone).format(s.end()))
                .collect(Collectors.joining(", "));
    }

    Status booked(BookingResult.Booked booked, LongFunction<String> names, Command refreshList) {
        String text = texts.get(booked.recordLeft() ? "booking.booked" : "booking.bookedKept", booked.bookingId(),
                period(booked.period(), booked.zone()), names(booked.resourceIds(), names));
        return booked.recordLeft() ? Status.success(text) : Status.success(text, refreshList);
    }

    /** Another desk booked the record first; this desk's booking was cancelled, or must be by hand. */
    Status bookedByColleague(BookingResult.BookedByColleague duplicate) {
        return duplicate.cancelled()
                ? new Status(Tone.INFO, texts.get("booking.bookedByColleague"), "")
                : new Status(Tone.ERROR, texts.get("booking.bookedByColleagueNotCancelled", duplicate.duplicateId()), "");
    }

    /** A 1038 in words: which of its meanings it was, and what to do next. */
    Status refused(BookingResult.Refused refused, List<Long> chosen, ZoneId zone, LongFunction<String> names,
            Command refreshList, Command reloadDay) {
        String detail = problems.smallPrint(refused.evidence());
        // Java 17: no pattern switch needed here, the reason is an enum.
        switch (refused.reason()) {
            case RECORD_GONE:
                return new Status(Tone.ERROR, texts.get("booking.refused.recordGone"), detail, refreshList);
            case RESOURCE_GONE:
                return new Status(Tone.ERROR, texts.get("booking.refused.resourceGone",
                        names(refused.missingResourceIds(), names), refused.missingResourceIds().size()), detail);
            case NO_RESOURCES:
                return new Status(Tone.ERROR, texts.get("booking.refused.noResources"), detail);
            case TIME_TAKEN:
                return new Status(Tone.ERROR, texts.get("booking.refused.timeTaken", names(chosen, names),
                        spans(refused.conflicts(), zone)), detail);
            default:
                return new Status(Tone.ERROR, texts.get("booking.refused.unavailable", names(chosen, names)), detail,
                        reloadDay);
        }
    }

    /** A failure of Book itself: says that nothing was booked. */
    Status failed(Failure failure, NextSteps next, Command reloadDay) {
        if (failure instanceof Failure.RecordGone) {
            return new Status(Tone.ERROR, texts.get("booking.refused.recordGone"),
                    problems.smallPrint(failure.evidence()), next.refreshList());
        } else if (failure instanceof Failure.Refused) { // e.g. 422 "Invalid date period"
            return new Status(Tone.ERROR, texts.get("booking.invalidPeriod"), problems.smallPrint(failure.evidence()),
                    reloadDay);
        }
        Status general = problems.describe(failure, next);
        return new Status(general.tone(), texts.get("booking.notBooked") + " " + general.text(), general.detail(),
                general.commands());
    }

    private static String names(List<Long> ids, LongFunction<String> names) {
        return ids.stream().map(names::apply).collect(Collectors.joining(", "));
    }
}
