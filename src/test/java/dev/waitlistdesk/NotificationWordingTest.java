package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.booking.ContactLink;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.portal.crm.CrmDealDirectory;
import dev.waitlistdesk.portal.crm.RestDeals;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Will Bitrix24 tell the client?" from each resource's notification settings, read over real HTTP
 * from the sandbox (whose demo resources cover every case), before and after booking.
 */
class NotificationWordingTest {

    private static final LocalDate MONDAY = PracticeDesk.eightWeeksAhead(DayOfWeek.MONDAY);

    @RegisterExtension
    final PracticeDesk practice = new PracticeDesk("notify");
    private BookingPanelViewModel panel;

    @BeforeEach
    void openPanel() {
        long withPhone = practice.data().waitlist().stream().filter(e -> e.clients().stream()
                .anyMatch(c -> c.code().equals("CONTACT"))).findFirst().orElseThrow().id();
        panel = practice.panel(withPhone, MONDAY.atTime(8, 0));
        assertTrue(panel.open());
    }

    private String noticesFor(String... names) {
        panel.choose(List.of(names).stream().map(this::resource).toList());
        return panel.noticesProperty().get();
    }

    private BookableResource resource(String name) {
        return panel.resources().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyMessageOnSaysWhenEachOneGoes() {
        assertEquals("Bitrix24 will message the client: the booking 5 min after it is made; a request to confirm "
                + "1 d before; a reminder on the morning of the day.", noticesFor("Room 1"));
        assertTrue(panel.contactLinks().isEmpty(), "no need to call");
    }

    @Test
    void onlyTheBookingMessage() {
        assertEquals("Bitrix24 will message the client: the booking 5 min after it is made.", noticesFor("Room 2"));
    }

    @Test
    void changedSettingsAreReadAgainWithTheResources() {
        practice.desk().client.call(dev.waitlistdesk.bitrix.Method.read("booking.v1.resource.update"), Map.of("id", 3, "fields", Map.of("infoDelay", 0,
                "isConfirmationNotificationOn", "N", "reminderDelay", 5400)));
        BookingPanelViewModel fresh = practice.panel(MONDAY.atTime(8, 0));
        assertTrue(fresh.open());
        fresh.choose(List.of(fresh.resources().stream().filter(r -> r.name().equals("Dr. Anna Weber")).findFirst().orElseThrow()));

        assertEquals("Bitrix24 will message the client: the booking right after it is made; a reminder 1 h 30 min before.",
                fresh.noticesProperty().get());
    }

    @Test
    void noMessagesSuggestsCallingWithThePhoneOneClickAway() {
        assertEquals("Bitrix24 will not message the client about this booking: call them.", noticesFor("Dr. Olga Orlova"));
        List<ContactLink> links = List.copyOf(panel.contactLinks());
        assertFalse(links.isEmpty());
        assertTrue(links.stream().allMatch(link -> link.uri().getScheme().equals("tel")),
                "the practice portal has no pages to open: " + links);
        assertTrue(links.get(0).uri().toString().matches("tel:\\+?[0-9]+"), links.get(0).uri().toString());
        assertTrue(links.get(0).text().startsWith("Call "));

        panel.book();

        assertTrue(panel.canUndoProperty().get(), "booked");
        assertEquals("Bitrix24 will not message the client about this booking: call them.", panel.noticesProperty().get());
        assertEquals(links, panel.contactLinks(), "after booking the booked record's clients can still be called");
    }

    @Test
    void severalResourcesMessageWhenAnyOfThemDoes() {
        assertEquals("Bitrix24 will message the client: the booking 5 min after it is made.",
                noticesFor("Dr. Olga Orlova", "Room 2"));
    }

    @Test
    void onARealPortalTheClientsPageOpensInBitrix24() {
        CrmDealDirectory real = new CrmDealDirectory(new RestDeals(new RestClient(
                Portal.webhook("https://example.bitrix24.de/rest/1/abc/"))), Portal.webhook("https://example.bitrix24.de/rest/1/abc/"));
        CrmDealDirectory onPractice = new CrmDealDirectory(new RestDeals(practice.desk().client),
                practice.desk().client.portal());

        assertEquals(Optional.of(URI.create("https://example.bitrix24.de/crm/contact/details/7/")), real.url(ClientId.contact(7)));
        assertEquals(Optional.of(URI.create("https://example.bitrix24.de/crm/company/details/3/")), real.url(ClientId.company(3)));
        assertEquals(Optional.empty(), onPractice.url(ClientId.contact(7)));
    }
}
