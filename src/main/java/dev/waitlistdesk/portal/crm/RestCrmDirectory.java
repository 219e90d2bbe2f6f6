package dev.waitlistdesk.portal.crm;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import dev.waitlistdesk.port.NewContact;
import com.fasterxml.jackson.databind.JsonNode;
import dev.waitlistdesk.bitrix.BatchCommand;
import dev.waitlistdesk.bitrix.BatchResult;
import dev.waitlistdesk.bitrix.Paging;
import dev.waitlistdesk.bitrix.RestClient;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Contacts and companies through crm.item.list / crm.item.add / crm.duplicate.findbycomm. A search
 * or a resolve is one HTTP request (a batch), except a phone or e-mail search, which needs two.
 */
public final class RestCrmDirectory implements CrmDirectory {


    private final RestClient client;

    public RestCrmDirectory(RestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public List<Client> search(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        String commType = SearchText.commType(query);
        List<Client> found = commType == null ? byName(query) : byComm(commType, query);
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /**
     * Contacts whose name parts contain every typed word, and companies whose title contains the text,
     * best first: names whose words start as typed ("Anna L" is Anna Lange before Anna Klein). Those
     * are asked for on their own too, in the same batch, so they come even when a page of mere
     * substring matches (every Anna with an "l" somewhere) is full.
     */
    private List<Client> byName(String query) {
        List<String> words = SearchText.words(query);
        List<BatchCommand> commands = new ArrayList<>();
        if (words.stream().noneMatch(SearchText::hasWildcard)) {
            commands.add(contacts("starting", words, "=%", "%"));
        }
        commands.add(contacts("contacts", words, "%", ""));
        commands.add(new BatchCommand("companies", CrmCalls.ITEM_LIST, list(CrmKind.COMPANY, Map.of("%title", query),
                ascending("title"))));
        BatchResult batch = client.batch(commands).throwFirstError();
        Map<ClientId, Client> found = new LinkedHashMap<>();
        for (BatchCommand command : commands) {
            CrmKind kind = command.key().equals("companies") ? CrmKind.COMPANY : CrmKind.CONTACT;
            batch.result(command.key()).ifPresent(r -> r.path("items").forEach(i -> {
                Client party = Parties.party(kind, i);
                found.putIfAbsent(party.id(), party);
            }));
        }
        List<Client> ranked = new ArrayList<>(found.values());
        ranked.sort(SearchText.bestMatchFirst(words));
        return ranked;
    }

    /** Contacts with every word in some name part: {@code %} contains it, {@code =%} with "word%" starts with it. */
    private static BatchCommand contacts(String key, List<String> words, String prefix, String suffix) {
        Map<String, Object> filter = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i) + suffix;
            Map<String, Object> or = new LinkedHashMap<>();
            or.put("logic", "OR");
            or.put("0", Map.of(prefix + "name", word));
            or.put("1", Map.of(prefix + "lastName", word));
            or.put("2", Map.of(prefix + "secondName", word));
            filter.put(String.valueOf(i), or);
        }
        return new BatchCommand(key, CrmCalls.ITEM_LIST, list(CrmKind.CONTACT, filter, ascending("lastName", "name")));
    }

    /** Exact phone or e-mail matches, per entity type so one type's many hits cannot hide the other's. */
    private List<Client> byComm(String type, String query) {
        List<BatchCommand> finds = new ArrayList<>();
        for (CrmKind kind : CrmKind.values()) {
            finds.add(find(kind.name(), kind, type, SearchText.commValues(type, query)));
        }
        return found(finds);
    }

    @Override
    public List<Client> contactsWith(String phone, String email) {
        List<BatchCommand> finds = new ArrayList<>();
        if (!clean(phone).isEmpty()) {
            finds.add(find("phone", CrmKind.CONTACT, "PHONE", SearchText.commValues("PHONE", clean(phone))));
        }
        if (!clean(email).isEmpty()) {
            finds.add(find("email", CrmKind.CONTACT, "EMAIL", SearchText.commValues("EMAIL", clean(email))));
        }
        return finds.isEmpty() ? List.of() : found(finds);
    }

    private static BatchCommand find(String key, CrmKind kind, String type, List<String> values) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("entity_type", kind.name());
        params.put("type", type);
        params.put("values", values);
        return new BatchCommand("find_" + key.toLowerCase(Locale.ROOT), CrmCalls.DUPLICATE_FINDBYCOMM, params);
    }

    /** Runs the finds in one batch and names what they found, in order. */
    private List<Client> found(List<BatchCommand> finds) {
        BatchResult batch = client.batch(finds).throwFirstError();
        Set<CrmRef> refs = new LinkedHashSet<>();
        for (BatchCommand find : finds) {
            CrmKind kind = CrmKind.valueOf((String) find.params().get("entity_type"));
            // {"CONTACT": [275, 2297]}, or [] when nothing matched
            batch.result(find.key())
                    .ifPresent(r -> r.path(kind.name()).forEach(id -> refs.add(new CrmRef(kind, id.asLong()))));
        }
        return List.copyOf(resolve(refs).values());
    }

    @Override
    public Map<CrmRef, Client> resolve(Collection<CrmRef> refs) {
        Map<CrmKind, List<Long>> ids = new LinkedHashMap<>();
        for (CrmRef ref : new LinkedHashSet<>(refs)) {
            ids.computeIfAbsent(ref.kind(), k -> new ArrayList<>()).add(ref.id());
        }
        List<BatchCommand> commands = new ArrayList<>();
        ids.forEach((kind, all) -> {
            List<List<Long>> chunks = Paging.chunks(all);
            for (int i = 0; i < chunks.size(); i++) {
                commands.add(new BatchCommand(kind.name().toLowerCase(Locale.ROOT) + "_" + i,
                        CrmCalls.ITEM_LIST, list(kind, Map.of("@id", chunks.get(i)), ascending("id"))));
            }
        });
        if (commands.isEmpty()) {
            return Map.of();
        }
        BatchResult batch = client.batch(commands).throwFirstError();
        Map<CrmRef, Client> byRef = new LinkedHashMap<>();
        for (BatchCommand command : commands) {
            CrmKind kind = CrmKind.valueOf(command.key().substring(0, command.key().indexOf('_')).toUpperCase(Locale.ROOT));
            batch.result(command.key()).ifPresent(r -> r.path("items").forEach(item -> {
                Client party = Parties.party(kind, item);
                byRef.put(CrmRef.of(party.id()), party);
            }));
        }
        Map<CrmRef, Client> ordered = new LinkedHashMap<>();
        for (CrmRef ref : refs) {
            if (byRef.containsKey(ref)) {
                ordered.put(ref, byRef.get(ref));
            }
        }
        return ordered;
    }

    @Override
    public Client addContact(NewContact contact) {
        String name = clean(contact.name());
        String lastName = clean(contact.lastName());
        String phone = clean(contact.phone());
        String email = clean(contact.email());
        if (name.isEmpty() && lastName.isEmpty() && phone.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("A new contact needs a name, a phone number or an e-mail address.");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("lastName", lastName);
        List<Map<String, Object>> fm = new ArrayList<>();
        if (!phone.isEmpty()) {
            fm.add(Map.of("valueType", "WORK", "value", phone, "typeId", "PHONE"));
        }
        if (!email.isEmpty()) {
            fm.add(Map.of("valueType", "WORK", "value", email, "typeId", "EMAIL"));
        }
        if (!fm.isEmpty()) {
            fields.put("fm", fm);
        }
        JsonNode item = client.call(CrmCalls.ITEM_ADD, Map.of("entityTypeId", CrmKind.CONTACT.entityTypeId(), "fields", fields))
                .path("item");
        Client stored = Parties.party(CrmKind.CONTACT, item);
        // crm.item.add may not echo the multifields; the desk should still show what was entered.
        return new Client(stored.id(), stored.name().isEmpty() ? (name + " " + lastName).strip() : stored.name(),
                stored.phone().isEmpty() ? phone : stored.phone(), stored.email().isEmpty() ? email : stored.email());
    }

    /** Every contact or company, read by id pages (keyset paging) so big CRMs stay fast. */
    public List<Client> all(CrmKind kind) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("entityTypeId", kind.entityTypeId());
        params.put("select", Parties.select(kind));
        List<Client> parties = new ArrayList<>();
        for (JsonNode item : Paging.byId(client, CrmCalls.ITEM_LIST, params, "items")) {
            parties.add(Parties.party(kind, item));
        }
        return parties;
    }

    private static Map<String, Object> list(CrmKind kind, Map<String, ?> filter, Map<String, String> order) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("entityTypeId", kind.entityTypeId());
        params.put("select", Parties.select(kind));
        params.put("filter", filter);
        params.put("order", order);
        params.put("start", -1); // one page, no total counted
        return params;
    }

    /** An order in the given priority (a Map.of would lose it). */
    private static Map<String, String> ascending(String... fields) {
        Map<String, String> order = new LinkedHashMap<>();
        for (String field : fields) {
            order.put(field, "ASC");
        }
        return order;
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
