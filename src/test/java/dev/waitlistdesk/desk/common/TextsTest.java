package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.desk.settings.Languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every language has every text, with the same arguments, and counts read right in each. */
class TextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?");

    @Test
    void englishStaysEnglishOnAComputerSetToAnotherLanguage() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals("Save", Texts.load(Locale.ENGLISH).get("record.save").replace("_", ""));
            assertEquals("Save", Texts.load(Locale.JAPANESE).get("record.save").replace("_", ""));
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void everyBundleHasEveryKeyAndTheSameArguments() throws IOException {
        Properties english = read("messages.properties");
        List<String> problems = new ArrayList<>();
        for (Locale locale : Languages.SUPPORTED) {
            if (locale.equals(Locale.ENGLISH)) {
                continue;
            }
            String file = "messages_" + locale.toString() + ".properties";
            Properties translated = read(file);
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                if (text == null) {
                    problems.add(file + ": missing " + key);
                } else if (!arguments(english.getProperty(key)).equals(arguments(text))) {
                    problems.add(file + ": " + key + " has arguments " + arguments(text) + ", English has "
                            + arguments(english.getProperty(key)));
                } else {
                    new MessageFormat(text, locale); // fails on a broken pattern
                }
            }
            for (String key : translated.stringPropertyNames()) {
                if (!english.containsKey(key)) {
                    problems.add(file + ": " + key + " is not in messages.properties");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** A keyboard-first desk: what is always on screen with a record open is reached with Alt and a key of its own. */
    @Test
    void theWindowsButtonsAndFieldsEachHaveAnAltKeyOfTheirOwn_inEveryLanguage() throws IOException {
        List<String> keys = List.of("banner.connect", "list.new", "list.refresh", "list.settings", "record.note", "search.label",
                "search.newContact", "deals.search", "record.save", "record.revert", "record.book", "record.delete");
        List<String> problems = new ArrayList<>();
        for (Locale locale : Languages.SUPPORTED) {
            String file = locale.equals(Locale.ENGLISH) ? "messages.properties" : "messages_" + locale + ".properties";
            Properties texts = read(file);
            java.util.Map<Integer, String> taken = new java.util.HashMap<>();
            for (String key : keys) {
                String text = texts.getProperty(key);
                int mark = text.indexOf('_');
                if (mark < 0 || mark == text.length() - 1) {
                    problems.add(file + ": " + key + " \"" + text + "\" has no Alt key");
                    continue;
                }
                int letter = Character.toLowerCase(text.codePointAt(mark + 1));
                String before = taken.putIfAbsent(letter, key);
                if (before != null) {
                    problems.add(file + ": " + key + " and " + before + " share Alt+" + Character.toString(letter));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void russianAndPolishCountsTakeTheirThreeForms() {
        Texts ru = Texts.load(Locale.forLanguageTag("ru"));
        assertEquals("Сохранено: 1 клиент", ru.get("status.saved", 1));
        assertEquals("Сохранено: 3 клиента", ru.get("status.saved", 3));
        assertEquals("Сохранено: 5 клиентов", ru.get("status.saved", 5));
        assertEquals("Сохранено: 11 клиентов", ru.get("status.saved", 11));
        assertEquals("Сохранено: 21 клиент", ru.get("status.saved", 21));
        assertEquals("Сохранено: 22 клиента", ru.get("status.saved", 22));
        assertEquals("Сохранено.", ru.get("status.saved", 0));
        Texts pl = Texts.load(Locale.forLanguageTag("pl"));
        assertEquals("Zapisano: 1 klient", pl.get("status.saved", 1));
        assertEquals("Zapisano: 21 klientów", pl.get("status.saved", 21));
        assertEquals("Zapisano, ale Bitrix24 ma teraz 1 klienta zamiast wybranych przez ciebie (2). "
                + "Sprawdź listę i zapisz ponownie.", pl.get("status.savedDifferently", 1, 2));
        assertEquals("Saved: 1,500 clients", Texts.load(Locale.ENGLISH).get("status.saved", 1500));
        assertEquals("Gespeichert: 1.500 Kunden", Texts.load(Locale.GERMAN).get("status.saved", 1500));
    }

    /** CLDR's sample numbers: 1, 2–4, 5–20, 21, 22, 25, 101, 111 and 1.5, in each of the six languages. */
    @Test
    void countsTakeTheirCldrPluralCategoryInEveryLanguage() {
        double[] samples = {1, 2, 3, 4, 5, 11, 12, 14, 20, 21, 22, 25, 101, 111, 1.5};
        java.util.Map<String, String> expected = java.util.Map.of(
                "ru", "one few few few many many many many many one few many one many other",
                "pl", "one few few few many many many many many many few many many many other",
                "en", "one other other other other other other other other other other other other other other",
                "de", "one other other other other other other other other other other other other other other",
                "es", "one other other other other other other other other other other other other other other",
                "pt", "one other other other other other other other other other other other other other one");
        expected.forEach((language, categories) -> {
            String[] wanted = categories.split(" ");
            for (int i = 0; i < samples.length; i++) {
                assertEquals(wanted[i], Texts.category(samples[i], language), language + " " + samples[i]);
            }
        });
        // and the texts follow: one word per category
        Texts ru = Texts.load(Locale.forLanguageTag("ru"));
        for (int n : new int[] {1, 21, 101}) {
            assertEquals("Сохранено: " + n + " клиент", ru.get("status.saved", n));
        }
        for (int n : new int[] {2, 3, 4, 22}) {
            assertEquals("Сохранено: " + n + " клиента", ru.get("status.saved", n));
        }
        for (int n : new int[] {5, 11, 12, 14, 20, 25, 111}) {
            assertEquals("Сохранено: " + n + " клиентов", ru.get("status.saved", n));
        }
        Texts pl = Texts.load(Locale.forLanguageTag("pl"));
        for (int n : new int[] {2, 3, 4, 22}) {
            assertEquals("Nie zarezerwowano: zasobów X nie ma już w Bitrix24. Zasoby zostały wczytane ponownie: "
                    + "wybierz inny.", pl.get("booking.refused.resourceGone", "X", n));
        }
        assertEquals("Zapisano: 101 klientów", pl.get("status.saved", 101));
        assertEquals("Zapisano: 111 klientów", pl.get("status.saved", 111));
        for (Locale other : new Locale[] {Locale.ENGLISH, Locale.GERMAN, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("pt-BR")}) {
            Texts texts = Texts.load(other);
            String one = texts.get("status.saved", 1);
            for (int n : new int[] {2, 5, 21, 22, 25, 101, 111}) {
                assertTrue(!texts.get("status.saved", n).equals(one.replace("1", String.valueOf(n))),
                        other + " " + n + " reads as the singular: " + texts.get("status.saved", n));
            }
        }
    }

    @Test
    void theLanguageFollowsTheChoiceThenTheSystem() {
        assertEquals(Locale.forLanguageTag("pt-BR"), Languages.choose("", Locale.forLanguageTag("pt-PT")));
        assertEquals(Locale.GERMAN, Languages.choose("", Locale.forLanguageTag("de-AT")));
        assertEquals(Locale.ENGLISH, Languages.choose("", Locale.JAPAN));
        assertEquals(Locale.forLanguageTag("pl"), Languages.choose("pl", Locale.GERMANY));
        // English is English on a Russian system too, not the system's language by fallback
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertEquals("Save", Texts.load(Locale.ENGLISH).get("record.save").replace("_", ""));
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The argument numbers and their types, e.g. [0:choice, 1:number]; nested ones count too. */
    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1) + ":" + (m.group(2) == null ? "" : m.group(2)));
        }
        return found;
    }

    private static Properties read(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/dev/waitlistdesk/desk/common/" + file)) {
            assertTrue(in != null, file + " exists");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
