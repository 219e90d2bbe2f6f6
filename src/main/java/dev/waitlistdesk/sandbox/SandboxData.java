package dev.waitlistdesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The sandbox portal's data: waitlist, contacts, companies, bookings and credentials. Thread-safe:
 * reads share a lock, each change holds it alone, so concurrent requests never lose an update. A
 * change returns once it is saved to the data file (see {@link DataFile}).
 */
public final class SandboxData implements AutoCloseable {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<Long, WaitlistEntry> waitlist = new TreeMap<>();
    private final TreeMap<Long, Contact> contacts = new TreeMap<>();
    private final TreeMap<Long, Company> companies = new TreeMap<>();
    private final TreeMap<Long, Booking> bookings = new TreeMap<>();
    private final TreeMap<Long, ResourceType> resourceTypes = new TreeMap<>();
    private final TreeMap<Long, Resource> resources = new TreeMap<>();
    private final TreeMap<Long, Deal> deals = new TreeMap<>();
    private final long seed;
    private final String webhookCode;
    /** Which reading of createfromwaitlist the sandbox plays: the record leaves the waitlist, or stays. */
    private volatile boolean bookingKeepsWaitlistRecord;
    private OAuthApp oauth;
    private PortalState.Counters next;
    private final DataFile file;

    private SandboxData(PortalState state, Path path) {
        seed = state.seed();
        webhookCode = state.webhookCode();
        oauth = state.oauth();
        next = state.next();
        state.waitlist().forEach(entry -> waitlist.put(entry.id(), entry));
        state.contacts().forEach(contact -> contacts.put(contact.id(), contact));
        state.companies().forEach(company -> companies.put(company.id(), company));
        state.bookings().forEach(booking -> bookings.put(booking.id(), booking));
        state.resourceTypes().forEach(type -> resourceTypes.put(type.id(), type));
        state.resources().forEach(resource -> resources.put(resource.id(), resource));
        state.deals().forEach(deal -> deals.put(deal.id(), deal));
        file = new DataFile(path, this::snapshot);
    }

    /** Opens the data file, seeding it first when it is absent, unreadable or a reset is asked for. */
    static SandboxData open(SandboxConfig config) {
        Path path = config.dataFile().toAbsolutePath();
        PortalState stored = PortalStates.read(path);
        if (stored != null && !config.reset()) {
            return new SandboxData(stored, path);
        }
        SandboxData data = new SandboxData(PortalStates.seed(config, stored), path);
        data.file.awaitSaved(data.file.changed());
        return data;
    }

    private byte[] snapshot() {
        lock.readLock().lock();
        try {
            PortalState state = new PortalState(PortalState.VERSION, seed, webhookCode, oauth, next,
                    new ArrayList<>(resources.keySet()), new ArrayList<>(waitlist.values()),
                    new ArrayList<>(contacts.values()), new ArrayList<>(companies.values()),
                    new ArrayList<>(bookings.values()), new ArrayList<>(resourceTypes.values()),
                    new ArrayList<>(resources.values()), new ArrayList<>(deals.values()));
            return SandboxJson.MAPPER.writeValueAsBytes(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs a change; it returns null when it changed nothing (nothing is saved then). */
    private <T> T write(Supplier<T> change) {
        T result;
        long generation = 0;
        lock.writeLock().lock();
        try {
            result = change.get();
            if (result != null) {
                generation = file.changed();
            }
        } finally {
            lock.writeLock().unlock();
        }
        if (generation > 0) {
            file.awaitSaved(generation);
        }
        return result;
    }

    // ---- waitlist

    public long addWaitlist(String note) {
        return addWaitlist(note, Instant.now());
    }

    public long addWaitlist(String note, Instant createdAt) {
        return write(() -> {
            long id = next.waitlist();
            next = next.afterWaitlist();
            waitlist.put(id, new WaitlistEntry(id, note, createdAt.getEpochSecond(), List.of(), List.of()));
            return id;
        });
    }

    public Optional<WaitlistEntry> waitlist(long id) {
        return read(() -> Optional.ofNullable(waitlist.get(id)));
    }

    /** All records in id order. */
    public List<WaitlistEntry> waitlist() {
        return read(() -> new ArrayList<>(waitlist.values()));
    }

    /** Records created on {@code from} up to, not including, {@code toExclusive}, days taken in {@code zone}. */
    public List<WaitlistEntry> waitlistCreated(LocalDate from, LocalDate toExclusive, ZoneId zone) {
        long start = from.atStartOfDay(zone).toEpochSecond();
        long end = toExclusive.atStartOfDay(zone).toEpochSecond();
        return read(() -> {
            List<WaitlistEntry> found = new ArrayList<>();
            for (WaitlistEntry entry : waitlist.values()) {
                if (entry.createdAt() >= start && entry.createdAt() < end) {
                    found.add(entry);
                }
            }
            return found;
        });
    }

    public boolean updateNote(long id, String note) {
        return change(id, entry -> entry.withNote(note));
    }

    public boolean deleteBooking(long id) {
        return write(() -> bookings.remove(id) == null ? null : Boolean.TRUE) != null;
    }

    public boolean deleteWaitlist(long id) {
        return write(() -> waitlist.remove(id) == null ? null : Boolean.TRUE) != null;
    }

    /** Replaces the record's whole client list (duplicates dropped, first one kept). */
    public boolean setClients(long id, List<Client> clients) {
        return change(id, entry -> entry.withClients(new ArrayList<>(new java.util.LinkedHashSet<>(clients))));
    }

    /** Adds the clients after the record's present ones, in one step (the append reading of client.set). */
    public boolean addClients(long id, List<Client> clients) {
        return change(id, entry -> {
            java.util.Set<Client> all = new java.util.LinkedHashSet<>(entry.clients());
            all.addAll(clients);
            return entry.withClients(new ArrayList<>(all));
        });
    }

    public boolean setExternalData(long id, List<ExternalLink> links) {
        return change(id, entry -> entry.withExternalData(links));
    }

    private boolean change(long id, java.util.function.UnaryOperator<WaitlistEntry> update) {
        return write(() -> {
            WaitlistEntry entry = waitlist.get(id);
            if (entry == null) {
                return null;
            }
            waitlist.put(id, update.apply(entry));
            return Boolean.TRUE;
        }) != null;
    }

    // ---- bookings

    /** Turns a booking into a waitlist record with its clients, removing the booking; empty if no such booking. */
    public Optional<Long> createWaitlistFromBooking(long bookingId) {
        return Optional.ofNullable(write(() -> {
            Booking booking = bookings.remove(bookingId);
            if (booking == null) {
                return null;
            }
            long id = next.waitlist();
            next = next.afterWaitlist();
            String note = booking.description().isEmpty() ? booking.name() : booking.description();
            waitlist.put(id, new WaitlistEntry(id, note, Instant.now().getEpochSecond(), booking.clients(), List.of()));
            return id;
        }));
    }

    /**
     * Books the resources for the period. By default the record's clients and deal links move to the
     * booking and the record leaves the waitlist; with {@link #bookingKeepsWaitlistRecord(boolean)}
     * the record stays and nothing is copied (the other reading of the docs). Empty when the record
     * is unknown, or a resource is unknown or busy then (all code 1038).
     */
    public Optional<Long> bookFromWaitlist(long waitListId, String name, String description, List<Long> resourceIds,
                                           long from, long to, String timezone) {
        return Optional.ofNullable(write(() -> {
            WaitlistEntry entry = waitlist.get(waitListId);
            if (entry == null || !bookable(resourceIds, from, to)) {
                return null;
            }
            boolean keep = bookingKeepsWaitlistRecord;
            long id = newBooking(name, description, resourceIds, from, to, timezone,
                    keep ? List.of() : entry.clients(), keep ? List.of() : entry.externalData());
            if (!keep) {
                waitlist.remove(waitListId);
            }
            return id;
        }));
    }

    /** booking.add: empty when a resource is unknown or busy then, or there is none (code 1018). */
    public Optional<Long> addBooking(String name, String description, List<Long> resourceIds, long from, long to,
                                     String timezone) {
        return Optional.ofNullable(write(() -> bookable(resourceIds, from, to)
                ? newBooking(name, description, resourceIds, from, to, timezone, List.of(), List.of()) : null));
    }

    /** For tests: play the reading where createfromwaitlist keeps the record (and copies nothing). */
    public void bookingKeepsWaitlistRecord(boolean keep) {
        bookingKeepsWaitlistRecord = keep;
    }

    private long newBooking(String name, String description, List<Long> resourceIds, long from, long to,
                            String timezone, List<Client> clients, List<ExternalLink> links) {
        long id = next.booking();
        next = next.afterBooking();
        bookings.put(id, new Booking(id, name, description, resourceIds, from, to, timezone, clients, links));
        return id;
    }

    /** Our reading of "unavailable": an overlap with a booking of the same resource; working hours are not enforced. */
    private boolean bookable(List<Long> resourceIds, long from, long to) {
        if (resourceIds.isEmpty() || !resources.keySet().containsAll(resourceIds)) {
            return false;
        }
        for (Booking booking : bookings.values()) {
            if (booking.overlaps(from, to) && booking.resourceIds().stream().anyMatch(resourceIds::contains)) {
                return false;
            }
        }
        return true;
    }

    /**
     * booking.update: the change sees the stored booking and returns the new one; its resources must be
     * free then apart from the booking itself (else 1018). False when there is no such booking.
     */
    boolean updateBooking(long id, java.util.function.UnaryOperator<Booking> change) {
        return write(() -> {
            Booking old = bookings.get(id);
            if (old == null) {
                return null;
            }
            Booking changed = change.apply(old);
            bookings.remove(id);
            if (!bookable(changed.resourceIds(), changed.from(), changed.to())) {
                bookings.put(id, old);
                throw ApiError.booking(1018, "Empty resource collection");
            }
            bookings.put(id, changed);
            return Boolean.TRUE;
        }) != null;
    }

    public Optional<Booking> booking(long id) {
        return read(() -> Optional.ofNullable(bookings.get(id)));
    }

    /** Bookings that overlap [from, to), in id order. */
    public List<Booking> bookingsWithin(long from, long to) {
        return read(() -> bookings.values().stream().filter(b -> b.overlaps(from, to))
                .collect(java.util.stream.Collectors.toList()));
    }

    public List<Booking> bookings() {
        return read(() -> new ArrayList<>(bookings.values()));
    }

    public boolean setBookingClients(long id, List<Client> clients) {
        return changeBooking(id, booking -> booking.withClients(new ArrayList<>(new java.util.LinkedHashSet<>(clients))));
    }

    public boolean setBookingExternalData(long id, List<ExternalLink> links) {
        return changeBooking(id, booking -> booking.withExternalData(links));
    }

    private boolean changeBooking(long id, java.util.function.UnaryOperator<Booking> update) {
        return write(() -> {
            Booking booking = bookings.get(id);
            if (booking == null) {
                return null;
            }
            bookings.put(id, update.apply(booking));
            return Boolean.TRUE;
        }) != null;
    }

    // ---- resources

    public List<Long> resourceIds() {
        return read(() -> new ArrayList<>(resources.keySet()));
    }

    public List<Resource> resources() {
        return read(() -> new ArrayList<>(resources.values()));
    }

    public Optional<Resource> resource(long id) {
        return read(() -> Optional.ofNullable(resources.get(id)));
    }

    public List<ResourceType> resourceTypes() {
        return read(() -> new ArrayList<>(resourceTypes.values()));
    }

    /** Replaces a resource's working hours (booking.v1.resource.slots.set); false when there is no such resource. */
    public boolean setSlots(long resourceId, List<Slot> slots) {
        return write(() -> {
            Resource resource = resources.get(resourceId);
            if (resource == null) {
                return null;
            }
            long id = resources.values().stream().flatMap(r -> r.slots().stream()).mapToLong(Slot::id).max().orElse(0);
            List<Slot> numbered = new ArrayList<>();
            for (Slot slot : slots) {
                numbered.add(new Slot(++id, slot.from(), slot.to(), slot.slotSize(), slot.timezone(), slot.weekDays()));
            }
            resources.put(resourceId, resource.withSlots(numbered));
            return Boolean.TRUE;
        }) != null;
    }

    /**
     * Adds (id 0) or replaces a resource; its type must exist (1013). The change sees the stored
     * resource (null for a new one) and returns the new one, or throws the method's error.
     */
    Resource putResource(long id, java.util.function.UnaryOperator<Resource> change) {
        return write(() -> {
            Resource old = id == 0 ? null : resources.get(id);
            if (id != 0 && old == null) {
                return null;
            }
            Resource changed = change.apply(old);
            if (!resourceTypes.containsKey(changed.typeId())) {
                throw ApiError.booking(1013, "Resource type with id " + changed.typeId() + " does not exist");
            }
            long newId = id != 0 ? id : resources.isEmpty() ? 1 : resources.lastKey() + 1;
            Resource stored = new Resource(newId, changed.name(), changed.description(), changed.typeId(),
                    changed.isMain(), changed.slots(), changed.notifications());
            resources.put(newId, stored);
            return stored;
        });
    }

    /** Our reading: the resource's bookings stay and keep its id. */
    boolean deleteResource(long id) {
        return write(() -> resources.remove(id)) != null;
    }

    Optional<ResourceType> resourceType(long id) {
        return read(() -> Optional.ofNullable(resourceTypes.get(id)));
    }

    /** Adds (id 0) or replaces a resource type; a code another type has: {@code duplicateCode}. */
    ResourceType putResourceType(long id, java.util.function.UnaryOperator<ResourceType> change, int duplicateCode) {
        return write(() -> {
            ResourceType old = id == 0 ? null : resourceTypes.get(id);
            if (id != 0 && old == null) {
                return null;
            }
            ResourceType changed = change.apply(old);
            long newId = id != 0 ? id : resourceTypes.isEmpty() ? 1 : resourceTypes.lastKey() + 1;
            if (resourceTypes.values().stream().anyMatch(t -> t.id() != newId && t.code().equals(changed.code()))) {
                throw ApiError.booking(duplicateCode, "Resource type with code already exists");
            }
            ResourceType stored = new ResourceType(newId, changed.code(), changed.name(), changed.notifications());
            resourceTypes.put(newId, stored);
            return stored;
        });
    }

    /** Our reading: resources of the type stay and keep its id. */
    boolean deleteResourceType(long id) {
        return write(() -> resourceTypes.remove(id)) != null;
    }

    // ---- CRM

    public List<Contact> contacts() {
        return read(() -> new ArrayList<>(contacts.values()));
    }

    public List<Company> companies() {
        return read(() -> new ArrayList<>(companies.values()));
    }

    public List<Deal> deals() {
        return read(() -> new ArrayList<>(deals.values()));
    }

    List<CrmItem> items(int entityTypeId) {
        return read(() -> new ArrayList<>(itemsOf(entityTypeId).values()));
    }

    /** The items with these ids, looked up in the id index (a TreeMap), not by a scan; unknown ids are skipped. */
    List<CrmItem> items(int entityTypeId, java.util.Collection<Long> ids) {
        return read(() -> {
            TreeMap<Long, ? extends CrmItem> all = itemsOf(entityTypeId);
            List<CrmItem> found = new ArrayList<>(ids.size());
            for (long id : new java.util.TreeSet<>(ids)) {
                CrmItem item = all.get(id);
                if (item != null) {
                    found.add(item);
                }
            }
            return found;
        });
    }

    Optional<CrmItem> item(int entityTypeId, long id) {
        return read(() -> Optional.ofNullable(itemsOf(entityTypeId).get(id)));
    }

    private TreeMap<Long, ? extends CrmItem> itemsOf(int entityTypeId) {
        switch (entityTypeId) {
            case Contact.ENTITY_TYPE_ID: return contacts;
            case Company.ENTITY_TYPE_ID: return companies;
            case Deal.ENTITY_TYPE_ID: return deals;
            default: throw new IllegalArgumentException("No CRM items of type " + entityTypeId);
        }
    }

    public Optional<Contact> contact(long id) {
        return read(() -> Optional.ofNullable(contacts.get(id)));
    }

    /** Contacts whose name, middle name or last name contains the text, ignoring case. */
    public List<Contact> findContacts(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return read(() -> contacts.values().stream()
                .filter(c -> c.fullName().toLowerCase(Locale.ROOT).contains(wanted))
                .collect(java.util.stream.Collectors.toList()));
    }

    /** Adds a contact; the multifield ids given are replaced by new ones. */
    public Contact addContact(String name, String secondName, String lastName, String post, Long companyId,
                              List<Multifield> fm) {
        return write(() -> {
            long id = next.contact();
            Contact contact = new Contact(id, name, secondName, lastName, post, companyId, nowCrmTime(), numbered(fm));
            next = next.afterContact();
            contacts.put(id, contact);
            return contact;
        });
    }

    public Company addCompany(String title, String industry, List<Multifield> fm) {
        return write(() -> {
            long id = next.company();
            Company company = new Company(id, title, industry, nowCrmTime(), numbered(fm));
            next = next.afterCompany();
            companies.put(id, company);
            return company;
        });
    }

    private List<Multifield> numbered(List<Multifield> fm) {
        List<Multifield> result = new ArrayList<>();
        long id = next.multifield();
        for (Multifield field : fm) {
            result.add(new Multifield(id++, field.typeId(), field.valueType(), field.value()));
        }
        next = next.withMultifield(id);
        return result;
    }

    private static String nowCrmTime() {
        return java.time.OffsetDateTime.now().format(DemoData.CRM_TIME);
    }

    /** crm.item.add for a deal; its id follows the highest one. */
    public Deal addDeal(String title, String stageId, Long contactId, Long companyId) {
        return write(() -> {
            long id = deals.isEmpty() ? 1 : deals.lastKey() + 1;
            // "C3:NEW" is stage NEW of funnel 3; a stage without a prefix is in the default funnel 0
            long categoryId = stageId.matches("C\\d{1,9}:.*") ? Long.parseLong(stageId.substring(1, stageId.indexOf(':'))) : 0;
            Deal deal = new Deal(id, title, stageId, categoryId, contactId, companyId, 0, "EUR", nowCrmTime());
            deals.put(id, deal);
            return deal;
        });
    }

    public int contactCount() {
        return read(contacts::size);
    }

    public int companyCount() {
        return read(companies::size);
    }

    public int waitlistCount() {
        return read(waitlist::size);
    }

    // ---- credentials

    String webhookCode() {
        return webhookCode;
    }

    OAuthApp oauth() {
        return read(() -> oauth);
    }

    /** Makes the current access token answer expired_token until it is refreshed. */
    void expireAccessToken() {
        write(() -> {
            oauth = new OAuthApp(oauth.clientId(), oauth.clientSecret(), oauth.accessToken(), oauth.refreshToken(),
                    oauth.issuedAt(), true, oauth.memberId());
            return Boolean.TRUE;
        });
    }

    /** A new token pair for a valid refresh request, or null when the client or refresh token is wrong. */
    OAuthApp refresh(String clientId, String clientSecret, String refreshToken) {
        return write(() -> {
            if (!oauth.clientId().equals(clientId) || !oauth.clientSecret().equals(clientSecret)
                    || !oauth.refreshToken().equals(refreshToken)) {
                return null;
            }
            oauth = new OAuthApp(oauth.clientId(), oauth.clientSecret(), PortalStates.secret(32), PortalStates.secret(32),
                    Instant.now().getEpochSecond(), false, oauth.memberId());
            return oauth;
        });
    }

    public Path file() {
        return file.path();
    }

    /** Waits until every change so far is on disk, then stops the writer. */
    @Override
    public void close() {
        file.close();
    }
}
