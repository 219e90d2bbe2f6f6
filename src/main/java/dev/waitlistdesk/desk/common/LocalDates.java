package dev.waitlistdesk.desk.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/**
 * Dates as the locale writes them (31.12.2026, 12/31/2026, 31/12/2026), with a four-digit year, and
 * a prompt in the language's own letters: "tt.mm.jjjj" in German. Typed ones may be shorter, as people
 * write them: "1.12.26" is 1 December 2026.
 */
public final class LocalDates {

    private final String pattern;
    private final String letters;

    /** @param letters the language's letters for day, month and year, e.g. "dmy" */
    public LocalDates(String letters) {
        this(letters, Locale.getDefault(Locale.Category.FORMAT));
    }

    LocalDates(String letters, Locale locale) {
        this.letters = letters;
        String shortPattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        this.pattern = shortPattern.replaceAll("y+", "yyyy");
    }

    /**
     * Reads a typed day strictly ("31/2/2026" is no day, not 28 February) and tells {@code notADate}
     * what was typed when it is none; the date field then goes back to what it held.
     */
    public StringConverter<LocalDate> converter(Consumer<String> notADate) {
        LocalDateStringConverter days = new LocalDateStringConverter(DateTimeFormatter.ofPattern(pattern), typed());
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return days.toString(day);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return days.fromString(text);
                } catch (DateTimeException e) { // no such day, or no year at all ("1.12.")
                    notADate.accept(text.strip());
                    throw e instanceof DateTimeParseException parse ? parse
                            : new DateTimeParseException(e.getMessage(), text, 0, e);
                }
            }
        };
    }

    /**
     * The pattern read as typed: one or two digits for day and month, a year of four digits or two
     * (20xx; "1.12.202" is none), strictly ("31.02.2026" is no day, not 28 February).
     */
    private DateTimeFormatter typed() {
        return DateTimeFormatter.ofPattern(pattern.replace("dd", "d").replace("MM", "M").replace("yyyy", "[uuuu][uu]"))
                .withResolverStyle(ResolverStyle.STRICT);
    }

    public String prompt() {
        StringBuilder prompt = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            prompt.append(switch (c) {
                case 'd' -> letters.charAt(0);
                case 'M' -> letters.charAt(1);
                case 'y' -> letters.charAt(2);
                default -> c;
            });
        }
        return prompt.toString();
    }
}
