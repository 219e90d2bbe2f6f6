package dev.waitlistdesk.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.waitlistdesk.bitrix.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "a moment ago" ages in every language, with each language's plural forms. */
class RelativeTimeTest {

    private static final Instant AT = Instant.parse("2026-12-05T10:30:00Z");

    private static String after(String language, long minutes) {
        FakeTime clock = new FakeTime(AT.toEpochMilli());
        clock.advance(Duration.ofMinutes(minutes));
        return RelativeTime.since(Texts.load(Locale.forLanguageTag(language)), AT, clock);
    }

    @Test
    void minutesCountWithThePluralRulesThenTheTimeOfDay() {
        assertEquals("a moment ago", after("en", 0));
        assertEquals("1 min ago", after("en", 1));
        assertEquals("21 min ago", after("en", 21));
        assertEquals("at 10:30", after("en", 61));
        assertEquals("только что", after("ru", 0));
        assertEquals("1 минуту назад", after("ru", 1));
        assertEquals("3 минуты назад", after("ru", 3));
        assertEquals("11 минут назад", after("ru", 11));
        assertEquals("21 минуту назад", after("ru", 21));
        assertEquals("22 минуты назад", after("ru", 22));
        assertEquals("в 10:30", after("ru", 90));
        assertEquals("minutę temu", after("pl", 1));
        assertEquals("2 minuty temu", after("pl", 2));
        assertEquals("5 minut temu", after("pl", 5));
        assertEquals("21 minut temu", after("pl", 21));
        assertEquals("vor 1 Minute", after("de", 1));
        assertEquals("vor 2 Minuten", after("de", 2));
        assertEquals("hace 2 minutos", after("es", 2));
        assertEquals("há 1 minuto", after("pt-BR", 1));
        assertEquals("há 2 minutos", after("pt-BR", 2));
    }
}
