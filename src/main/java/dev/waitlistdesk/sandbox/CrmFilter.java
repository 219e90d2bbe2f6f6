package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The crm.item.list filter: {@code {"<prefix><field>": value}} conditions, AND-ed, with nested
 * blocks (numeric keys, or any object value) that carry {@code "logic": "OR"} or "AND". Text
 * compares ignoring case, as the MySQL collation of a real portal does.
 */
final class CrmFilter {

    /** Longest first, so "!=%" is not read as "!" + "=%field". */
    private static final String[] PREFIXES = {"!=%", "!%=", ">=", "<=", "=%", "%=", "!%", "!@", "!=",
        ">", "<", "@", "%", "=", "!"};

    private static final Set<String> NUMERIC = Set.of("id", "entityTypeId", "companyId", "assignedById",
            "createdBy", "updatedBy", "contactId", "categoryId", "opportunity");

    private CrmFilter() {
    }

    static Predicate<CrmItem> parse(JsonNode filter, Set<String> fields) {
        if (filter == null || filter.isMissingNode() || filter.isNull()) {
            return item -> true;
        }
        // A form or batch query with numbered blocks (filter[0][logic]=OR) arrives as a list:
        // PHP does not tell the two apart, so neither does the portal.
        if (!filter.isObject() && !filter.isArray()) {
            throw ApiError.invalidArg("Invalid filter: filter must be an object");
        }
        return block(filter, fields);
    }

    /**
     * The ids an AND-ed top-level {@code @id}, {@code =id} or {@code id} condition allows (one id or a
     * list), or empty when the filter has none: then every item is a candidate.
     */
    static java.util.Optional<java.util.Set<Long>> topLevelIds(JsonNode filter) {
        if (filter == null || !filter.isObject() || "OR".equalsIgnoreCase(Params.text(filter.get("logic")))) {
            return java.util.Optional.empty();
        }
        for (String key : List.of("@id", "=id", "id")) {
            JsonNode value = filter.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            for (JsonNode element : value.isContainerNode() ? Params.elements(value) : List.of(value)) {
                Long id = Params.asLong(element);
                if (id == null) {
                    return java.util.Optional.empty(); // let the full filter refuse it
                }
                ids.add(id);
            }
            return java.util.Optional.of(ids);
        }
        return java.util.Optional.empty();
    }

    private static Predicate<CrmItem> block(JsonNode block, Set<String> fields) {
        boolean or = "OR".equalsIgnoreCase(Params.text(block.get("logic")));
        List<Predicate<CrmItem>> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entries(block); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            if (key.equalsIgnoreCase("logic")) {
                continue;
            }
            if (entry.getValue().isObject() || key.matches("\\d+")) {
                parts.add(block(entry.getValue(), fields));
            } else {
                parts.add(condition(key, entry.getValue(), fields));
            }
        }
        if (or) {
            return item -> parts.isEmpty() || parts.stream().anyMatch(part -> part.test(item));
        }
        return item -> parts.stream().allMatch(part -> part.test(item));
    }

    /** The block's keys and values; a list's keys are its indexes. */
    private static Iterator<Map.Entry<String, JsonNode>> entries(JsonNode block) {
        if (!block.isArray()) {
            return block.fields();
        }
        List<Map.Entry<String, JsonNode>> indexed = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            indexed.add(Map.entry(String.valueOf(i), block.get(i)));
        }
        return indexed.iterator();
    }

    private static Predicate<CrmItem> condition(String key, JsonNode value, Set<String> fields) {
        String prefix = "";
        for (String candidate : PREFIXES) {
            if (key.startsWith(candidate)) {
                prefix = candidate;
                break;
            }
        }
        String op = prefix;
        String field = key.substring(prefix.length());
        if (!fields.contains(field) || CrmItem.isMultifieldAlias(field)) {
            throw ApiError.invalidArg("Invalid filter: field '" + field + "' is not allowed in filter");
        }
        List<String> wanted = new ArrayList<>();
        if (value.isArray() || value.isObject()) {
            value.elements().forEachRemaining(element -> wanted.add(lower(element.asText())));
        } else {
            wanted.add(lower(value.isNull() ? "" : value.asText()));
        }
        boolean numeric = NUMERIC.contains(field);
        if (numeric) {
            for (String text : wanted) {
                if (!text.isEmpty() && !text.matches("-?\\d+")) {
                    throw ApiError.invalidArg("Invalid filter: field '" + field + "' has invalid value");
                }
            }
        }
        Pattern like = like(wanted.isEmpty() ? "" : wanted.get(0));
        return item -> matches(op, text(item.field(field)), wanted, numeric, like);
    }

    private static boolean matches(String prefix, String actual, List<String> wanted, boolean numeric,
                                   Pattern like) {
        String first = wanted.isEmpty() ? "" : wanted.get(0);
        switch (prefix) {
            case ">": return compare(actual, first, numeric) > 0;
            case ">=": return compare(actual, first, numeric) >= 0;
            case "<": return compare(actual, first, numeric) < 0;
            case "<=": return compare(actual, first, numeric) <= 0;
            case "%": return containsIgnoringCase(actual, first);
            case "!%": return !containsIgnoringCase(actual, first);
            case "=%": case "%=": return like.matcher(actual).matches();
            case "!=%": case "!%=": return !like.matcher(actual).matches();
            case "!@": case "!": case "!=": return !isAnyOf(actual, wanted);
            default: return isAnyOf(actual, wanted); // "=", "@" and no prefix; a list means IN
        }
    }

    /** Without lower-casing every value first: a search runs over every contact. */
    private static boolean containsIgnoringCase(String text, String part) {
        for (int i = 0; i <= text.length() - part.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnyOf(String actual, List<String> wanted) {
        for (String value : wanted) {
            if (value.equalsIgnoreCase(actual)) {
                return true;
            }
        }
        return false;
    }

    private static int compare(String actual, String wanted, boolean numeric) {
        if (numeric) {
            long a = actual.isEmpty() ? 0 : Long.parseLong(actual);
            long b = wanted.isEmpty() ? 0 : Long.parseLong(wanted);
            return Long.compare(a, b);
        }
        return actual.compareToIgnoreCase(wanted);
    }

    /** SQL LIKE: % any run, _ one character. */
    private static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
