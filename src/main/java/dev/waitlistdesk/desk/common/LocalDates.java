package dev.waitlistdesk.desk.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
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
                LocalDate day;
                try {
                    day = days.fromString(text);
                } catch (DateTimeParseException e) {
                    notADate.accept(text.strip());
                    throw e;
                }
                if (day != null && day.getYear() < 1000) { // "1.12.202": a digit short, not the year 202
                    notADate.accept(text.strip());
                    throw new DateTimeParseException("Not a year of ours", text, 0);
                }
                return day;
            }
        };
    }

    /**
     * The pattern read as typed: one or two digits for day and month, a year of two digits (20xx) or
     * four, strictly ("31.02.2026" is no day, not 28 February).
     */
    private DateTimeFormatter typed() {
        String loose = pattern.replace("dd", "d").replace("MM", "M");
        int year = loose.indexOf("yyyy");
        return new DateTimeFormatterBuilder().appendPattern(loose.substring(0, year))
                .appendValueReduced(ChronoField.YEAR, 2, 4, 2000)
                .appendPattern(loose.substring(year + 4)).toFormatter().withResolverStyle(ResolverStyle.STRICT);
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
