package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.DealDirectory;
import dev.waitlistdesk.port.Notices;
import dev.waitlistdesk.port.RecordContent;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Will Bitrix24 tell the client? From the chosen resources' notification settings: which messages the
 * client of a booking gets and when; when none, a suggestion to call, with the clients' phones as
 * {@code tel:} links and their pages in Bitrix24.
 */
final class ClientNotices {

    private final Texts texts;
    private final DealDirectory pages;

    ClientNotices(Texts texts, DealDirectory pages) {
        this.texts = texts;
        this.pages = pages;
    }

    /** The sentence ("" when nothing is chosen) and, when it suggests calling, the ways to reach the clients. */
    record Said(String text, List<ContactLink> links) {
    }

    /** For a booking on these resources of this record (null: none, then no links). */
    Said about(List<BookableResource> resources, RecordContent record) {
        if (resources.isEmpty()) {
            return new Said("", List.of());
        }
        if (resources.stream().anyMatch(r -> r.notices() == null)) {
            return new Said(texts.get("booking.notify.unknown"), links(record));
        }
        List<String> messages = messages(resources);
        return messages.isEmpty() ? new Said(texts.get("booking.notify.none"), links(record))
                : new Said(texts.get("booking.notify.will", String.join("; ", messages)), List.of());
    }

    /**
     * The messages Bitrix24 sends: each when any of the resources has it on (the docs do not say which
     * resource's settings a booking of several follows).
     */
    private List<String> messages(List<BookableResource> resources) {
        List<String> parts = new ArrayList<>();
        resources.stream().map(BookableResource::notices).filter(Notices::info).findFirst().ifPresent(n ->
                parts.add(n.infoAfter() == null || n.infoAfter().isZero() ? texts.get("booking.notify.infoNow")
                        : texts.get("booking.notify.info", length(n.infoAfter()))));
        resources.stream().map(BookableResource::notices).filter(Notices::confirmation).findFirst().ifPresent(n ->
                parts.add(texts.get("booking.notify.confirmation", length(n.confirmationBefore()))));
        resources.stream().map(BookableResource::notices).filter(Notices::reminder).findFirst().ifPresent(n ->
                parts.add(n.reminderBefore() == null ? texts.get("booking.notify.reminderMorning")
                        : texts.get("booking.notify.reminder", length(n.reminderBefore()))));
        return parts;
    }

    /** Each client's phone (digits and + only, as a dialer takes it) and page in Bitrix24. */
    private List<ContactLink> links(RecordContent record) {
        List<ContactLink> links = new ArrayList<>();
        for (Client client : record == null ? List.<Client>of() : record.clients()) {
            String dial = client.phone().replaceAll("[^+0-9]", "");
            if (!dial.isEmpty()) {
                links.add(new ContactLink(texts.get("booking.notify.call", client.name(), client.phone()),
                        URI.create("tel:" + dial)));
            }
            pages.url(client.id()).ifPresent(uri -> links.add(
                    new ContactLink(texts.get("booking.notify.open", client.name()), uri)));
        }
        return links;
    }

    /** "30 min", "2 h", "1 d 2 h": the settings are in seconds, usually whole minutes or hours. */
    private String length(Duration length) {
        Duration d = length == null ? Duration.ZERO : length;
        List<String> parts = new ArrayList<>();
        if (d.toDays() > 0) {
            parts.add(texts.get("booking.notify.days", d.toDays()));
        }
        if (d.toHoursPart() > 0) {
            parts.add(texts.get("booking.notify.hours", d.toHoursPart()));
        }
        if (d.toMinutesPart() > 0 || parts.isEmpty()) {
            parts.add(texts.get("booking.notify.minutes", d.toMinutesPart()));
        }
        return String.join(" ", parts);
    }
}
