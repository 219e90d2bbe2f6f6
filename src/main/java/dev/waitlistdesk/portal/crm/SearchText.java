package dev.waitlistdesk.portal.crm;

import dev.waitlistdesk.port.Client;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a receptionist typed: a phone number, an e-mail address, or words of a name. */
final class SearchText {

    private static final Pattern PHONE = Pattern.compile("\\+?[\\d\\s().\\-/]{5,}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_WORDS = 3;

    private SearchText() {
    }

    /** "PHONE", "EMAIL", or null for a name. */
    static String commType(String text) {
        if (EMAIL.matcher(text).matches()) {
            return "EMAIL";
        }
        long digits = text.chars().filter(Character::isDigit).count();
        return PHONE.matcher(text).matches() && digits >= 5 ? "PHONE" : null;
    }

    /**
     * The spellings to look up. crm.duplicate.findbycomm compares the whole stored value, so a number
     * is tried as typed, without separators, and with and without the leading "+".
     */
    static List<String> commValues(String type, String text) {
        Set<String> values = new LinkedHashSet<>();
        values.add(text);
        if (type.equals("EMAIL")) {
            values.add(text.toLowerCase(Locale.ROOT));
        } else {
            String compact = text.replaceAll("[^\\d+]", "");
            values.add(compact);
            values.add(compact.startsWith("+") ? compact.substring(1) : "+" + compact);
        }
        return List.copyOf(values);
    }

    /** Up to three words; each must match some part of a contact's name. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty() && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words;
    }

    /** A "%" or "_" would act as a wildcard in a LIKE pattern of our own. */
    static boolean hasWildcard(String word) {
        return word.indexOf('%') >= 0 || word.indexOf('_') >= 0;
    }

    /** More typed words starting a word of the name first ("Anna L": Anna Lange before Anna Klein), then by name. */
    static Comparator<Client> bestMatchFirst(List<String> words) {
        List<String> starts = words.stream().map(w -> " " + plain(w)).toList();
        return Comparator.comparingLong((Client c) -> {
            String name = " " + plain(c.name());
            return -starts.stream().filter(name::contains).count();
        }).thenComparing(c -> c.name().toLowerCase(Locale.ROOT));
    }

    /** Lower case, every run of other than letters and digits one space: "O'Brien-Smith" is "o brien smith". */
    private static String plain(String text) {
        return NOT_A_LETTER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
