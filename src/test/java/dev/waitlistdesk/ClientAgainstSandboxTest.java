package dev.waitlistdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.OAuthTokens;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.bitrix.RestOptions;
import dev.waitlistdesk.portal.booking.BookingCalls;
import dev.waitlistdesk.portal.booking.ClientRef;
import dev.waitlistdesk.portal.booking.BookingWaitlistStore;
import dev.waitlistdesk.portal.booking.RestWaitlistApi;
import dev.waitlistdesk.portal.crm.CrmKind;
import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.portal.crm.CrmRef;
import dev.waitlistdesk.port.NewContact;
import dev.waitlistdesk.portal.crm.RestCrmDirectory;
import dev.waitlistdesk.port.DateRange;
import dev.waitlistdesk.port.RecordHeader;
import dev.waitlistdesk.sandbox.Multifield;
import dev.waitlistdesk.sandbox.RunningSandbox;
import dev.waitlistdesk.sandbox.SandboxServer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app's REST client against the embedded sandbox, over real HTTP: two independent readings of
 * the contract (bitrix/booking/crm and sandbox) have to agree.
 */
class ClientAgainstSandboxTest {

    /** Retries happen, but without the real 1 s, 2 s, 4 s pauses. */
    private static final RestOptions QUICK = RestOptions.defaults().withTime(Clock.systemUTC(), duration -> { });

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();
    private SandboxServer sandbox;
    private RestClient client;
    private RestWaitlistApi waitlist;
    private RestCrmDirectory crm;

    @BeforeEach
    void start() {
        sandbox = running.server();
        client = new RestClient(Portal.webhook(sandbox.webhookUrl()), QUICK);
        waitlist = new RestWaitlistApi(client);
        crm = new RestCrmDirectory(client);
    }

    @Test
    void anInterruptedCallStopsItsHttpCall_andTheNextCallIsNotHeldUp() throws Exception {
        // given a portal that takes 20 s to answer
        sandbox.faults().slowAnswers(20_000);
        AtomicReference<RuntimeException> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                waitlist.clients(1);
            } catch (RuntimeException e) {
                outcome.set(e);
            }
        });
        worker.start();
        Thread.sleep(300);

        // when the work is cancelled (the desk's Cancel interrupts its worker)
        worker.interrupt();
        worker.join(5_000);

        // then the call ended as cancelled, long before the portal would have answered
        assertFalse(worker.isAlive(), "the cancelled call still waits for the portal");
        assertTrue(outcome.get() instanceof RestException, String.valueOf(outcome.get()));
        assertEquals("The call was cancelled.", ((RestException) outcome.get()).description());
        assertEquals(0, client.stats().retries(), "a cancelled call is not sent again");

        // and once the portal answers again, the next call goes through
        sandbox.faults().clear();
        assertEquals(List.of(), waitlist.clients(waitlist.add("after a cancel")));
    }

    @Test
    void aRecordLivesThroughAddSetReadUpdateAndDelete() {
        long id = waitlist.add("Window seat, after 5 pm");
        List<ClientRef> chosen = List.of(ClientRef.contact(1), ClientRef.company(2));

        waitlist.setClients(id, chosen);
        client.call(BookingCalls.WAITLIST_UPDATE, Map.of("id", id, "fields", Map.of("note", "Window seat")));

        assertEquals(chosen, waitlist.clients(id));
        assertEquals("Window seat", sandbox.data().waitlist(id).orElseThrow().note());
        assertEquals(chosen, waitlist.clientsOf(List.of(id)).get(id));

        waitlist.delete(id);
        RestException gone = assertThrows(RestException.class, () -> waitlist.clients(id));
        assertEquals(RestException.Kind.NOT_FOUND, gone.kind());
        assertEquals("1040", gone.code());
        assertEquals("1036", assertThrows(RestException.class, () -> waitlist.delete(id)).code());
    }

    @Test
    void clientSetOnTheSandboxReplacesTheWholeList() {
        long id = waitlist.add("");
        waitlist.setClients(id, List.of(ClientRef.contact(1), ClientRef.contact(2)));

        waitlist.setClients(id, List.of(ClientRef.contact(2)));

        assertEquals(List.of(ClientRef.contact(2)), waitlist.clients(id));
        client.call(BookingCalls.WAITLIST_CLIENT_UNSET, Map.of("waitListId", id));
        assertEquals(List.of(), waitlist.clients(id));
    }

    @Test
    void clientsOfManyRecordsComeInOneBatchAndSkipDeletedOnes() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long id = waitlist.add("record " + i);
            waitlist.setClients(id, List.of(ClientRef.contact(i + 1)));
            ids.add(id);
        }
        sandbox.data().deleteWaitlist(ids.get(7));

        Map<Long, List<ClientRef>> clients = waitlist.clientsOf(ids);

        assertEquals(59, clients.size());
        assertFalse(clients.containsKey(ids.get(7)));
        assertEquals(List.of(ClientRef.contact(60)), clients.get(ids.get(59)));
    }

    @Test
    void theListPagesPastFiftyAndHonoursTheCreatedDates() {
        int seeded = sandbox.data().waitlistCount();
        for (int i = 0; i < 60; i++) {
            waitlist.add("extra " + i);
        }
        ZoneId zone = ZoneId.systemDefault();
        long old = sandbox.data().addWaitlist("from last spring", LocalDate.of(2025, 4, 15).atStartOfDay(zone).plusHours(10).toInstant());

        BookingWaitlistStore store = new BookingWaitlistStore(client);
        assertEquals(seeded + 61, store.records(Optional.empty()).records().size());
        List<RecordHeader> april = store.records(Optional.of(
                new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 15)))).records();
        assertEquals(List.of(new RecordHeader(old, "from last spring")), april);
        assertEquals(List.of(), store.records(Optional.of(
                new DateRange(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 14)))).records());
    }

    @Test
    void searchFindsContactsAndCompaniesByNamePhoneAndEmail() {
        var company = sandbox.data().addCompany("Quixote Travel", "", List.of());
        var contact = sandbox.data().addContact("Dulcinea", "", "Quixote", "", null, List.of(
                new Multifield(0, "PHONE", "WORK", "+49 30 5550199"),
                new Multifield(0, "EMAIL", "WORK", "dulcinea@example.com")));
        CrmRef contactRef = new CrmRef(CrmKind.CONTACT, contact.id());
        CrmRef companyRef = new CrmRef(CrmKind.COMPANY, company.id());

        List<CrmRef> byName = refs(crm.search("quixote", 20));
        assertTrue(byName.containsAll(List.of(contactRef, companyRef)), byName.toString());
        assertEquals(List.of(contactRef), refs(crm.search("+49 30 5550199", 20)));
        assertEquals(List.of(contactRef), refs(crm.search("dulcinea@example.com", 20)));

        Client resolved = crm.resolve(List.of(contactRef)).get(contactRef);
        assertTrue(resolved.name().contains("Dulcinea") && resolved.name().contains("Quixote"), resolved.name());
        assertEquals("+49 30 5550199", resolved.phone());
    }

    @Test
    void aNameTypedAsItStartsFindsItFirst_evenWhenAPageOfOtherMatchesIsFull() {
        // given a hundred Annas with an "l" inside a name (all listed before "Lange"), then Anna Lange
        for (int i = 0; i < 100; i++) {
            sandbox.data().addContact("Anna", "", "Abel" + i, "", null, List.of());
        }
        var lange = sandbox.data().addContact("Anna", "", "Lange", "", null, List.of());

        // when the receptionist types the first name and the last name's first letter
        List<Client> found = crm.search("anna l", 20);

        // then she is found, and an Anna L… comes first, where Enter picks, not Anna Abel0
        assertTrue(refs(found).contains(new CrmRef(CrmKind.CONTACT, lange.id())), found.toString());
        assertEquals("Anna Lange", found.get(0).name());
    }

    @Test
    void aNewContactCanBeFoundRightAway() {
        Client added = crm.addContact(new NewContact("Sancho", "Panza", "+34 600 000 111", ""));

        assertEquals(List.of(CrmRef.of(added.id())), refs(crm.search("Panza", 20)));
        assertEquals("+34 600 000 111", crm.resolve(List.of(CrmRef.of(added.id()))).get(CrmRef.of(added.id())).phone());
    }

    @Test
    void resolvingManyClientsNamesEveryOneThatExists() {
        List<CrmRef> refs = new ArrayList<>();
        for (long id = 1; id <= 120; id++) {
            refs.add(new CrmRef(CrmKind.CONTACT, id));
        }
        refs.add(new CrmRef(CrmKind.CONTACT, 999_999));

        Map<CrmRef, Client> parties = crm.resolve(refs);

        assertEquals(120, parties.size());
        assertTrue(parties.values().stream().noneMatch(p -> p.name().isBlank()));
    }

    @Test
    void anExpiredOAuthTokenIsRefreshedAndTheCallRepeated() {
        Portal oauth = Portal.oauth(sandbox.oauthEndpoint(), sandbox.accessToken(), sandbox.refreshToken(),
                sandbox.clientId(), sandbox.clientSecret()).withTokenEndpoint(sandbox.tokenEndpoint());
        RestClient oauthClient = new RestClient(oauth, QUICK);
        AtomicReference<OAuthTokens> stored = new AtomicReference<>();
        oauthClient.onTokensRefreshed(stored::set);
        sandbox.faults().expireTokens();

        long id = new RestWaitlistApi(oauthClient).add("via OAuth");

        assertTrue(sandbox.data().waitlist(id).isPresent());
        assertEquals(new OAuthTokens(sandbox.accessToken(), sandbox.refreshToken()), stored.get());
        assertEquals(List.of(), new RestWaitlistApi(oauthClient).clients(id), "the refreshed token keeps working");
    }

    @Test
    void refusedAndBrokenAnswersAreRetriedWhereThatIsSafe() {
        long id = waitlist.add("");
        sandbox.faults().burst503(2);
        waitlist.setClients(id, List.of(ClientRef.contact(5)));

        sandbox.faults().html500(1);
        assertEquals(List.of(ClientRef.contact(5)), waitlist.clients(id));

        sandbox.faults().html500(5);
        RestException notRetried = assertThrows(RestException.class, () -> waitlist.add("twice?"));
        assertEquals(RestException.Kind.UNREADABLE_RESPONSE, notRetried.kind());
        assertEquals(500, notRetried.httpStatus());
        sandbox.faults().clear();
        assertEquals(0, new BookingWaitlistStore(client).records(Optional.empty()).records().stream()
                .filter(r -> r.note().equals("twice?")).count());
    }

    @Test
    void aWrongWebhookCodeIsAnAuthErrorThatDoesNotRepeatTheCode() {
        String wrong = sandbox.webhookUrl().replaceAll("/rest/1/[^/]+/", "/rest/1/wrongcode0123456789/");
        RestWaitlistApi stranger = new RestWaitlistApi(new RestClient(Portal.webhook(wrong), QUICK));

        RestException refused = assertThrows(RestException.class, () -> stranger.clients(1));

        assertEquals(RestException.Kind.AUTH, refused.kind());
        assertEquals("NO_AUTH_FOUND", refused.code());
        assertFalse(refused.getMessage().contains("wrongcode0123456789"), refused.getMessage());
    }

    private static List<CrmRef> refs(List<Client> parties) {
        return parties.stream().map(c -> CrmRef.of(c.id())).toList();
    }
}
