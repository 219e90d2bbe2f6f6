package dev.waitlistdesk.sandbox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The booking side of the demo data: resource types, five resources with working hours (one in
 * Asia/Vladivostok, one working up to midnight), bookings over the next 14 days so that some
 * times are taken, and deals. It draws from a random sequence of its own, so the contacts,
 * companies and waitlist of a seed stay what they were before bookings and deals existed.
 */
final class DemoBookings {

    static final List<ResourceType> TYPES = List.of(new ResourceType(1, "room", "Rooms"),
            new ResourceType(2, "staff", "Specialists"), new ResourceType(3, "equipment", "Equipment"));
    private static final List<String> WORKDAYS = Slot.WEEK_DAYS.subList(0, 5);
    static final List<Resource> RESOURCES = List.of(
            new Resource(1, "Room 1", null, 1, true, List.of(
                    new Slot(1, 540, 780, 60, "Europe/Berlin", WORKDAYS),
                    new Slot(2, 840, 1080, 60, "Europe/Berlin", WORKDAYS))),
            new Resource(2, "Room 2", null, 1, true, List.of(
                    new Slot(3, 480, 720, 30, "Europe/Berlin", Slot.WEEK_DAYS.subList(0, 6))),
                    Notifications.only("Info")),
            new Resource(3, "Dr. Anna Weber", "Dentist", 2, true, List.of(
                    new Slot(4, 600, 960, 45, "Europe/Berlin", WORKDAYS))),
            new Resource(4, "Dr. Olga Orlova", "Video consultations from the Vladivostok office", 2, true, List.of(
                    new Slot(5, 540, 1080, 60, "Asia/Vladivostok", WORKDAYS)), Notifications.only()),
            new Resource(5, "Night line", "Phone consultations until midnight", 3, false, List.of(
                    new Slot(6, 1200, 1440, 30, "Europe/London", Slot.WEEK_DAYS)), Notifications.only()));
    static final int DAYS_AHEAD = 14;
    private static final String[] DEAL_WORDS = {"Annual check-up", "Implant consultation", "Team offsite",
        "Equipment rental", "Whitening package", "Corporate plan", "Physiotherapy course", "Follow-up series",
        "Консультация", "Годовое обслуживание"};
    private static final String[] STAGES = {"NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE",
        "WON", "LOSE", "C1:NEW", "C1:WON"};

    private final Random random;

    private DemoBookings(long seed) {
        this.random = new Random(seed * 1_000_003L + 11);
    }

    /** Deals 1..count (waitlist records link to deals 1..500). */
    static List<Deal> deals(long seed, int count, int contacts, int companies, long nowSeconds) {
        return new DemoBookings(seed).deals(count, contacts, companies, nowSeconds);
    }

    /** At least 500, as the waitlist's links point at deals 1..500; a tenth of the contacts beyond that. */
    static int dealCount(SandboxConfig.Scale scale) {
        return Math.max(500, scale.contacts() / 10);
    }

    private List<Deal> deals(int count, int contacts, int companies, long nowSeconds) {
        List<Deal> deals = new ArrayList<>(count);
        for (long id = 1; id <= count; id++) {
            String stage = STAGES[random.nextInt(STAGES.length)];
            Long contactId = contacts > 0 && random.nextInt(4) > 0 ? 1L + random.nextInt(contacts) : null;
            Long companyId = companies > 0 && random.nextInt(4) == 0 ? 1L + random.nextInt(companies) : null;
            String title = DEAL_WORDS[random.nextInt(DEAL_WORDS.length)] + " #" + id;
            long created = nowSeconds - random.nextInt(365) * 86_400L;
            deals.add(new Deal(id, title, stage, stage.startsWith("C1:") ? 1 : 0, contactId, companyId,
                    100L * (1 + random.nextInt(50)), "EUR", OffsetDateTime.ofInstant(Instant.ofEpochSecond(created),
                            ZoneOffset.UTC).format(DemoData.CRM_TIME)));
        }
        return deals;
    }

    /**
     * The given bookings plus bookings on about a third of each resource's slots over the next 14
     * days (days counted in each slot's own time zone), none overlapping another on the same resource.
     */
    static List<Booking> bookings(long seed, List<Booking> existing, int contacts, long nowSeconds) {
        return new DemoBookings(seed).bookings(existing, contacts, nowSeconds);
    }

    private List<Booking> bookings(List<Booking> existing, int contacts, long nowSeconds) {
        List<Booking> all = new ArrayList<>(existing);
        long id = existing.stream().mapToLong(Booking::id).max().orElse(0) + 1;
        for (Resource resource : RESOURCES) {
            for (Slot slot : resource.slots()) {
                ZoneId zone = ZoneId.of(slot.timezone());
                LocalDate today = LocalDate.ofInstant(Instant.ofEpochSecond(nowSeconds), zone);
                for (int day = 0; day < DAYS_AHEAD; day++) {
                    LocalDate date = today.plusDays(day);
                    if (!worksOn(slot, date.getDayOfWeek())) {
                        continue;
                    }
                    for (int minute = slot.from(); minute + slot.slotSize() <= slot.to(); minute += slot.slotSize()) {
                        if (random.nextInt(3) != 0) {
                            continue;
                        }
                        long from = date.atTime(minute / 60, minute % 60).atZone(zone).toEpochSecond(); // wall-clock minutes
                        long to = from + slot.slotSize() * 60L;
                        if (taken(all, resource.id(), from, to)) {
                            continue;
                        }
                        List<Client> clients = contacts > 0 ? List.of(Client.contact(1L + random.nextInt(contacts))) : List.of();
                        all.add(new Booking(id, "Appointment " + id, "", List.of(resource.id()), from, to,
                                slot.timezone(), clients, List.of()));
                        id++;
                    }
                }
            }
        }
        return all;
    }

    static boolean worksOn(Slot slot, DayOfWeek day) {
        return slot.weekDays().contains(Slot.WEEK_DAYS.get(day.getValue() - 1));
    }

    private static boolean taken(List<Booking> bookings, long resourceId, long from, long to) {
        return bookings.stream().anyMatch(b -> b.resourceIds().contains(resourceId) && b.overlaps(from, to));
    }
}
