package dev.waitlistdesk.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;

/** Days typed as receptionists type them, in the desk's languages' own order. */
class LocalDatesTest {

    private final List<String> saidNotADate = new ArrayList<>();

    private StringConverter<LocalDate> days(Locale locale) {
        return new LocalDates("dmy", locale).converter(saidNotADate::add);
    }

    @Test
    void shortDaysMonthsAndYearsAreRead_andDaysAreWrittenInFull() {
        LocalDate first = LocalDate.of(2026, 12, 1);
        StringConverter<LocalDate> german = days(Locale.GERMANY);
        for (String typed : List.of("1.12.26", "01.12.2026", "1.12.2026", "01.12.26")) {
            assertEquals(first, german.fromString(typed), typed);
        }
        assertEquals("01.12.2026", german.toString(first));
        assertEquals(LocalDate.of(2026, 2, 3), days(Locale.forLanguageTag("ru-RU")).fromString("3.2.26"));
        assertEquals(first, days(Locale.forLanguageTag("pl-PL")).fromString("1.12.26"));
        assertEquals(first, days(Locale.forLanguageTag("es-ES")).fromString("1/12/26"));
        assertEquals(first, days(Locale.forLanguageTag("pt-BR")).fromString("1/12/2026"));
        assertEquals(first, days(Locale.US).fromString("12/1/26"));
        assertEquals(List.of(), saidNotADate);
    }

    @Test
    void aDayThatIsNone_orAYearADigitShort_isSaidToBeNoDate() {
        StringConverter<LocalDate> german = days(Locale.GERMANY);
        for (String typed : List.of("31.02.2026", "1.12.202", "1.12.", "morgen")) {
            assertThrows(DateTimeParseException.class, () -> german.fromString(typed), typed);
        }
        assertEquals(List.of("31.02.2026", "1.12.202", "1.12.", "morgen"), saidNotADate);
    }
}
