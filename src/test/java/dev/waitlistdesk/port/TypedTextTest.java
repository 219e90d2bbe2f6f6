package dev.waitlistdesk.port;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void aNumberPastedFromAWebPageReadsAsTyped() {
        // no-break spaces, non-breaking hyphens and a left-to-right mark, as a browser copies them
        assertEquals("+7 916 837-90-26", TypedText.tidy("\u200E+7\u00A0916\u202F837\u201190\u201326\u200B"));
        assertEquals("+49 30 1111", TypedText.tidy("\t+49 30 1111\n"));
        assertEquals("30 - 1111", TypedText.tidy("30 \u2212 1111"));
    }

    @Test
    void lettersAndPlainTextStayAsTheyAre() {
        assertEquals("José María Łukasz Ёлкин", TypedText.tidy(" José María Łukasz Ёлкин "));
        assertEquals("", TypedText.tidy(null));
    }

    @Test
    void aNewContactIsKeptWithoutWhatThePasteBroughtAlong() {
        assertEquals(new NewContact("Anna", "Petrova", "+49 30-1111", "anna@example.org"),
                new NewContact("Anna\u00A0", "Petrova", "+49\u00A030\u20111111", "\u200Banna@example.org").tidied());
    }

    @Test
    void digitsAreTheDigitsAlone() {
        assertEquals("79168379026", TypedText.digits("+7 (916) 837-90-26"));
    }

    @Test
    void anIdIsReadWithTheNumberSignOfEachLanguageOfTheWindow() {
        for (String typed : new String[] {"28", "#28", "№28", "№ 28", "Nr. 28", "nr 28", "N.º 28", "Nº28", "N° 28", "No. 28"}) {
            assertEquals("28", TypedText.recordId(typed), typed);
        }
        for (String typed : new String[] {"", "#", "Anna 28", "+7 28", "28 29", "Nota 28"}) {
            assertEquals("", TypedText.recordId(typed), typed);
        }
    }
}
