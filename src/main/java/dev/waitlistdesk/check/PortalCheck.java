package dev.waitlistdesk.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.CallStats;
import dev.waitlistdesk.bitrix.Method;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.Paging;
import dev.waitlistdesk.bitrix.RestClient;
import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.portal.booking.BookingCalls;
import dev.waitlistdesk.portal.crm.CrmCalls;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks one portal step by step and prints a line per step. Raw REST calls on purpose: the check
 * reports what the portal itself answers, before any of the desk's adapters smooth it over.
 */
final class PortalCheck {

    /** The scopes the credentials carry (bitrix24-api.md §1); only this check asks. */
    private static final Method SCOPE = Method.read("scope");
    private static final String SCRATCH_NOTE = "Waitlist Desk portal check: scratch record, safe to delete";
    /** Reads sent at the end to measure how reliable calls to the portal are from this computer. */
    static final int RELIABILITY_READS = 10;
    /** A larger share of requests that failed or were retried makes the portal NOT OK. */
    static final double UNRELIABLE_SHARE = 0.10;

    private final RestClient client;
    private final PrintStream out;
    private final List<String> problems = new ArrayList<>();
    private final long startNanos = System.nanoTime();
    private int requests;
    private int failed;

    PortalCheck(RestClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /** Prints the report; true when the desk will work with this portal. */
    boolean run(boolean writeTest) {
        Portal portal = client.portal();
        line("address", portal.host() + (portal.isOAuth() ? " (OAuth application)" : " (incoming webhook; its code is not shown)"));
        JsonNode scopes;
        try {
            scopes = call(SCOPE, Map.of());
        } catch (RestException e) {
            line("connection", "FAILED: " + plain(e));
            return finish(plain(e));
        }
        line("TLS", portal.isLoopback() ? "not needed: this computer (plain http is allowed only here)"
                : "https, certificate trusted");
        line("auth", "ok: the portal accepts the " + (portal.isOAuth() ? "access token" : "webhook"));
        line("scopes", scope(scopes, "booking") + ", " + scope(scopes, "crm"));
        step("client types", () -> {
            List<String> codes = new ArrayList<>();
            call(BookingCalls.CLIENTTYPE_LIST, Map.of()).path("clientType")
                    .forEach(type -> codes.add(type.path("code").asText("?")));
            return codes.size() + (codes.isEmpty() ? " (CONTACT and COMPANY are used by default)" : ": " + String.join(", ", codes));
        });
        step("waitlist", () -> "first page: " + call(BookingCalls.WAITLIST_LIST, Map.of()).path("waitList").size()
                + " records");
        step("CRM search", () -> "contacts named like \"an\": " + call(CrmCalls.ITEM_LIST, Map.of("entityTypeId", 3,
                "filter", Map.of("%name", "an"), "select", List.of("id", "name"), "start", -1)).path("items").size()
                + " on the first page");
        List<Long> contacts = new ArrayList<>();
        step("batch", () -> {
            requests++;
            BatchResult batch = client.batch(List.of(
                    new BatchCommand("types", BookingCalls.CLIENTTYPE_LIST, Map.of()),
                    new BatchCommand("contacts", CrmCalls.ITEM_LIST,
                            Map.of("entityTypeId", 3, "select", List.of("id"), "start", -1)))).throwFirstError();
            batch.result("contacts").ifPresent(r -> r.path("items").forEach(item -> contacts.add(item.path("id").asLong())));
            return "ok: 2 commands in one request";
        });
        if (writeTest) {
            writeTest(contacts);
        }
        for (int i = 0; i < RELIABILITY_READS; i++) {
            try {
                call(SCOPE, Map.of());
            } catch (RestException e) {
                failed++;
            }
        }
        CallStats stats = client.stats();
        line("rate limit", "refused (503 QUERY_LIMIT_EXCEEDED): " + stats.queryLimitRefusals()
                + ", paused (429 OPERATION_TIME_LIMIT): " + stats.holds() + ", retried: " + stats.retries() + "; "
                + requests + " requests in " + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9)
                + " s");
        // Refusals of the shared rate limit are the budget's, said on the line above, not the connection's.
        int troubled = Math.max(0, stats.retries() - stats.queryLimitRefusals()) + failed;
        double share = requests == 0 ? 0 : (double) troubled / requests;
        if (share >= UNRELIABLE_SHARE) {
            problems.add(String.format(Locale.ROOT, "%d of %d requests failed or had to be retried (%.0f %%): calls "
                    + "from this computer to the portal are unreliable", troubled, requests, 100 * share));
        }
        return finish(problems.isEmpty() ? "" : problems.get(problems.size() - 1));
    }

    /** Creates a scratch record, sets two clients, then one, reads back, and deletes the record. */
    private void writeTest(List<Long> contacts) {
        if (contacts.size() < 2) {
            line("write test", "not run: it needs two CRM contacts to set, and " + contacts.size() + " were found");
            return;
        }
        long id;
        String note = SCRATCH_NOTE + " (" + Long.toString(System.nanoTime() & 0xffffffL, 36) + ")";
        try {
            JsonNode added = call(BookingCalls.WAITLIST_ADD, Map.of("fields", Map.of("note", note)));
            JsonNode idNode = added.isObject() ? added.path("id").isMissingNode() ? added.path("waitList").path("id")
                    : added.path("id") : added;
            id = idNode.asLong();
            if (id <= 0) {
                fail("write test", "waitlist.add answered without a record id");
                return;
            }
        } catch (RestException e) {
            fail("write test", "could not create a scratch record: " + plain(e));
            if (e.reason() == RestException.Reason.ANSWER_LOST) {
                findLostScratchRecord(note);
            }
            return;
        }
        String outcome;
        try {
            call(BookingCalls.WAITLIST_CLIENT_SET, Map.of("waitListId", id, "clients", clients(contacts.subList(0, 2))));
            call(BookingCalls.WAITLIST_CLIENT_SET, Map.of("waitListId", id, "clients", clients(contacts.subList(0, 1))));
            List<Long> held = new ArrayList<>();
            call(BookingCalls.WAITLIST_CLIENT_LIST, Map.of("waitListId", id)).path("waitListClient")
                    .forEach(c -> held.add(c.path("id").asLong()));
            if (held.equals(contacts.subList(0, 1))) {
                outcome = "client.set REPLACES the list (2 clients set, then 1: 1 read back)";
            } else if (held.containsAll(contacts.subList(0, 2))) {
                outcome = "client.set APPENDS to the list (2 clients set, then 1: " + held.size()
                        + " read back); the desk sends the whole list, so it still works";
            } else {
                outcome = "client.set left " + held.size() + " clients after setting 2, then 1: neither replace nor append";
                problems.add("client.set behaves neither as replace nor as append");
            }
        } catch (RestException e) {
            outcome = "FAILED: " + plain(e);
            problems.add(plain(e));
        }
        try {
            call(BookingCalls.WAITLIST_DELETE, Map.of("id", id));
            line("write test", "scratch record #" + id + ": " + outcome + "; record deleted");
        } catch (RestException e) {
            line("write test", "scratch record #" + id + ": " + outcome);
            fail("clean-up", "scratch record #" + id + " could not be deleted; delete it by hand (" + plain(e) + ")");
        }
    }

    /** The answer to waitlist.add was lost: the record may exist. Found by its note, it is named and removed. */
    private void findLostScratchRecord(String note) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu");
        java.time.LocalDate today = java.time.LocalDate.now();
        Map<String, Object> recent = Map.of("createdWithin", Map.of("from", day.format(today.minusDays(1)),
                "to", day.format(today.plusDays(2)))); // a day either side: the portal's time zone is not known
        try {
            Paging.Offset pages = new Paging.Offset("page", BookingCalls.WAITLIST_LIST, Map.of("filter", recent),
                    result -> result.path("waitList"), 10);
            while (pages.more()) {
                pages.read(call(BookingCalls.WAITLIST_LIST, pages.nextPage()));
            }
            for (JsonNode row : pages.rows()) {
                if (note.equals(row.path("note").asText())) {
                    long id = row.path("id").asLong();
                    try {
                        call(BookingCalls.WAITLIST_DELETE, Map.of("id", id));
                        line("clean-up", "scratch record #" + id + " was made after all; deleted");
                    } catch (RestException e) {
                        fail("clean-up", "scratch record #" + id + " could not be deleted; delete it by hand ("
                                + plain(e) + ")");
                    }
                    return;
                }
            }
        } catch (RestException e) {
            // said below: the record could not be looked for
        }
        fail("clean-up", "a scratch record with the note \"" + note + "\" may have been made; if so, delete it by hand");
    }

    private static List<Map<String, Object>> clients(List<Long> ids) {
        return ids.stream().<Map<String, Object>>map(id -> Map.of("id", id,
                "type", Map.of("module", "crm", "code", "CONTACT"))).toList();
    }

    private String scope(JsonNode scopes, String name) {
        for (JsonNode scope : scopes) {
            if (scope.asText().equalsIgnoreCase(name)) {
                return name + " ok";
            }
        }
        problems.add("the " + (client.portal().isOAuth() ? "application" : "webhook") + " lacks the scope " + name
                + "; add it in Bitrix24 (Applications > Developer resources)");
        return name + " MISSING";
    }

    private JsonNode call(Method method, Map<String, ?> params) {
        requests++;
        return client.call(method, params);
    }

    private interface Step {
        String run();
    }

    private void step(String label, Step step) {
        try {
            line(label, step.run());
        } catch (RestException e) {
            fail(label, plain(e));
        }
    }

    private void fail(String label, String reason) {
        line(label, "FAILED: " + reason);
        problems.add(label + ": " + reason);
    }

    private void line(String label, String text) {
        out.printf(Locale.ROOT, "  %-13s %s%n", label, text);
    }

    private boolean finish(String reason) {
        if (reason.isEmpty()) {
            out.println("Result: OK: Waitlist Desk will work with this portal.");
            return true;
        }
        out.println("Result: NOT OK: " + reason);
        return false;
    }

    /** The failure in words an administrator acts on; the transport has already removed every secret. */
    static String plain(RestException e) {
        String hint = switch (e.kind()) {
            case AUTH -> "the portal refused the credentials (wrong, expired, or missing a scope)";
            case NETWORK -> "no answer";
            case RATE_LIMITED -> "the portal's rate limit refused the request";
            case SERVER -> "the portal reported an error";
            case UNREADABLE_RESPONSE -> "the answer was not Bitrix24 data";
            case NOT_FOUND -> "not found";
            case INVALID_REQUEST -> "the portal refused the request";
        };
        return hint + ": " + e.getMessage();
    }
}
