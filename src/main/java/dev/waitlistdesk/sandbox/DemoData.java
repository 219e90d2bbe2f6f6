package dev.waitlistdesk.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic demo data, the same for the same seed: contacts with Latin and Cyrillic names that
 * share last names, phones in several formats and e-mails at reserved example domains; companies;
 * waitlist records created over the last 60 days, with notes, clients and deal links.
 */
final class DemoData {

    static final List<Long> RESOURCE_IDS = List.of(1L, 2L, 3L, 4L, 5L);
    static final DateTimeFormatter CRM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private static final String[] LATIN_FIRST = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta",
        "Hannah", "Jonas", "Julia", "Klaus", "Laura", "Lena", "Lukas", "Maria", "Max", "Mia", "Noah", "Olivia",
        "Paul", "Sophie", "Tom", "Lea", "Ann", "Johann", "Marco", "Sara", "Elena", "Oscar", "Nina"};
    private static final String[] LATIN_LAST = {"Weber", "Schmidt", "Müller", "Fischer", "Meyer", "Wagner",
        "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Braun",
        "Hartmann", "Lange", "Smith", "Johnson", "Brown", "Miller", "Garcia", "Rossi", "Novak", "Annand"};
    private static final String[][] CYRILLIC_FIRST = {{"Анна", "anna"}, {"Иван", "ivan"}, {"Мария", "maria"},
        {"Сергей", "sergey"}, {"Ольга", "olga"}, {"Дмитрий", "dmitry"}, {"Елена", "elena"}, {"Алексей", "alexey"},
        {"Наталья", "natalya"}, {"Андрей", "andrey"}, {"Татьяна", "tatyana"}, {"Михаил", "mikhail"},
        {"Екатерина", "ekaterina"}, {"Павел", "pavel"}, {"Светлана", "svetlana"}, {"Юрий", "yuri"}};
    private static final String[][] CYRILLIC_LAST = {{"Иванов", "ivanov"}, {"Смирнов", "smirnov"},
        {"Кузнецов", "kuznetsov"}, {"Попов", "popov"}, {"Соколов", "sokolov"}, {"Лебедев", "lebedev"},
        {"Козлов", "kozlov"}, {"Новиков", "novikov"}, {"Морозов", "morozov"}, {"Волков", "volkov"},
        {"Петров", "petrov"}, {"Орлов", "orlov"}};
    private static final String[] FEMALE_PATRONYMICS = {"Ивановна", "Петровна", "Андреевна"};
    private static final String[] MALE_PATRONYMICS = {"Сергеевич", "Алексеевич", "Михайлович"};
    private static final String[] POSTS = {"", "", "", "Manager", "Engineer", "Teacher", "Designer", "Бухгалтер"};
    private static final String[] DOMAINS = {"example.com", "example.org", "example.net", "mail.example"};
    private static final String[] COMPANY_WORDS = {"Nordlicht", "Alpen", "Blue River", "Sonnenhof", "Lindberg",
        "Greenfield", "Polaris", "Harbor", "Северный ветер", "Белая берёза", "Maple", "Kranich"};
    private static final String[] COMPANY_KINDS = {"Dental", "Logistics", "Bakery", "Consulting", "Fitness",
        "Software", "Travel", "Clinic", "Studio", "Services"};
    private static final String[] COMPANY_SUFFIXES = {"GmbH", "Ltd", "AG", "LLC", "& Co.", "ООО"};
    private static final String[] INDUSTRIES = {"IT", "TELECOM", "MANUFACTURING", "BANKING", "CONSULTING",
        "FINANCE", "GOVERNMENT", "DELIVERY", "ENTERTAINMENT", "OTHER"};
    private static final String[] NOTES = {"Wants a Tuesday morning slot", "Call back after 5 pm",
        "Prefers Dr. Weber; any weekday", "Needs a longer appointment (90 min)", "Can come at short notice",
        "Only Fridays, after lunch", "First visit; send the address by e-mail", "Allergy: latex – tell the team",
        "Group of three, wants consecutive slots", "Любое утро, кроме понедельника", "Перезвонить после 18:00",
        "Wheelchair access needed", "Moved from the cancelled 14:00 booking", "Wants the window room",
        "Prefers e-mail over calls", "Urgent: pain since Monday", ""};

    private final Random random;
    private final long now;
    private long nextMultifield = 1;

    private DemoData(long seed, long nowSeconds) {
        this.random = new Random(seed);
        this.now = nowSeconds;
    }

    static PortalState seed(long seed, SandboxConfig.Scale scale, String webhookCode, OAuthApp oauth,
                            long nowSeconds) {
        return new DemoData(seed, nowSeconds).build(seed, scale, webhookCode, oauth);
    }

    private PortalState build(long seed, SandboxConfig.Scale scale, String webhookCode, OAuthApp oauth) {
        List<Company> companies = new ArrayList<>(scale.companies());
        for (long id = 1; id <= scale.companies(); id++) {
            companies.add(company(id));
        }
        List<Contact> contacts = new ArrayList<>(scale.contacts());
        for (long id = 1; id <= scale.contacts(); id++) {
            contacts.add(contact(id, scale.companies()));
        }
        List<WaitlistEntry> waitlist = new ArrayList<>(scale.waitlist());
        long[] created = new long[scale.waitlist()];
        for (int i = 0; i < created.length; i++) {
            created[i] = now - random.nextInt(60 * 86_400);
        }
        java.util.Arrays.sort(created);
        for (int i = 0; i < created.length; i++) {
            waitlist.add(waitlistEntry(i + 1, created[i], scale));
        }
        List<Booking> bookings = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            long start = (now / 3600 + 24 * id + 9) * 3600;
            bookings.add(new Booking(id, "Booking " + id, "Moved from the phone", List.of(id), start,
                    start + 3600, "UTC", scale.contacts() >= id ? List.of(Client.contact(id)) : List.of(), List.of()));
        }
        bookings = DemoBookings.bookings(seed, bookings, scale.contacts(), now);
        PortalState.Counters next = new PortalState.Counters(scale.waitlist() + 1, scale.contacts() + 1,
                scale.companies() + 1, bookings.size() + 1, nextMultifield);
        return new PortalState(PortalState.VERSION, seed, webhookCode, oauth, next, RESOURCE_IDS, waitlist,
                contacts, companies, bookings, DemoBookings.TYPES, DemoBookings.RESOURCES,
                DemoBookings.deals(seed, DemoBookings.dealCount(scale), scale.contacts(), scale.companies(), now));
    }

    private Contact contact(long id, int companyCount) {
        boolean cyrillic = random.nextInt(10) < 3;
        String name;
        String secondName = "";
        String lastName;
        String latinName;
        if (cyrillic) {
            String[] first = pick(CYRILLIC_FIRST);
            String[] last = pick(CYRILLIC_LAST);
            boolean female = first[0].endsWith("а") || first[0].endsWith("я");
            name = first[0];
            lastName = female ? last[0] + "а" : last[0];
            secondName = random.nextBoolean() ? pick(female ? FEMALE_PATRONYMICS : MALE_PATRONYMICS) : "";
            latinName = first[1] + "." + last[1] + (female ? "a" : "");
        } else {
            name = pick(LATIN_FIRST);
            lastName = pick(LATIN_LAST);
            latinName = (name + "." + lastName).toLowerCase(java.util.Locale.ROOT).replace("ü", "ue");
        }
        List<Multifield> fm = new ArrayList<>(3);
        if (random.nextInt(10) < 9) {
            fm.add(field("PHONE", random.nextBoolean() ? "MOBILE" : "WORK", phone()));
        }
        if (random.nextInt(10) < 2) {
            fm.add(field("PHONE", "HOME", phone()));
        }
        if (random.nextInt(10) < 8) {
            fm.add(field("EMAIL", random.nextBoolean() ? "WORK" : "HOME",
                    latinName + (id % 7 == 0 ? Long.toString(id) : "") + "@" + pick(DOMAINS)));
        }
        Long companyId = companyCount > 0 && random.nextInt(10) < 3 ? 1L + random.nextInt(companyCount) : null;
        return new Contact(id, name, secondName, lastName, pick(POSTS), companyId, createdTime(730), fm);
    }

    private Company company(long id) {
        String word = pick(COMPANY_WORDS);
        String suffix = pick(COMPANY_SUFFIXES);
        String title = suffix.equals("ООО") ? "ООО «" + word + "»" : word + " " + pick(COMPANY_KINDS) + " " + suffix;
        List<Multifield> fm = new ArrayList<>(2);
        fm.add(field("PHONE", "WORK", phone()));
        if (random.nextInt(10) < 7) {
            fm.add(field("EMAIL", "WORK", "info" + id + "@" + pick(DOMAINS)));
        }
        return new Company(id, title, pick(INDUSTRIES), createdTime(1500), fm);
    }

    private WaitlistEntry waitlistEntry(long id, long createdAt, SandboxConfig.Scale scale) {
        String note = id % 11 == 5 ? null : pick(NOTES);
        List<Client> clients = new ArrayList<>();
        int count = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < count && scale.contacts() > 0; i++) {
            Client client = Client.contact(1L + random.nextInt(scale.contacts()));
            if (!clients.contains(client)) {
                clients.add(client);
            }
        }
        if (scale.companies() > 0 && random.nextInt(6) == 0) {
            clients.add(Client.company(1L + random.nextInt(scale.companies())));
        }
        List<ExternalLink> links = random.nextInt(5) == 0
                ? List.of(new ExternalLink("crm", "DEAL", Integer.toString(1 + random.nextInt(500))))
                : List.of();
        return new WaitlistEntry(id, note, createdAt, clients, links);
    }

    private Multifield field(String type, String valueType, String value) {
        return new Multifield(nextMultifield++, type, valueType, value);
    }

    /** Phones in the formats people type: international compact, spaced, with a dash. */
    private String phone() {
        int subscriber = 1_000_000 + random.nextInt(9_000_000);
        switch (random.nextInt(4)) {
            case 0: return "+49151" + subscriber;
            case 1: return "+49 30 " + subscriber;
            case 2: return String.format("+7 916 %03d-%02d-%02d", subscriber / 10_000, subscriber / 100 % 100,
                    subscriber % 100);
            default: return "+44 20 " + subscriber;
        }
    }

    private String createdTime(int maxDaysAgo) {
        long seconds = now - (long) random.nextInt(maxDaysAgo) * 86_400 - random.nextInt(86_400);
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneId.systemDefault()).format(CRM_TIME);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String[] pick(String[][] values) {
        return values[random.nextInt(values.length)];
    }
}
