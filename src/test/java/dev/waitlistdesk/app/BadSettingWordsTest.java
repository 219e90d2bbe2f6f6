package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.bitrix.BadSetting;
import dev.waitlistdesk.bitrix.Portal;
import dev.waitlistdesk.bitrix.ProxySetting;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.settings.Languages;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A setting the desk cannot use is explained in the window's language, each reason in each language. */
class BadSettingWordsTest {

    /** One setting for every reason the portal's and the proxy's checks give. */
    private static final List<Executable> BAD = List.of(
            () -> Portal.webhook("portal.example.com"),
            () -> Portal.webhook("http://portal.example.com/rest/1/abc/"),
            () -> Portal.webhook("https://portal.example.com/rest/1/abc/?x=1"),
            () -> Portal.webhook("https://portal.example.com/"),
            () -> Portal.webhook("https://portal.example.com/rest/me/abc/"),
            () -> Portal.webhook("https://portal.example.com/rest/1/ab-c/"),
            () -> Portal.oauth("https://portal.example.com/rest/", "token", "", "id", "secret"),
            () -> ProxySetting.parse("proxy clinic"));

    private static List<BadSetting> bad() {
        return BAD.stream().map(setting -> assertThrows(BadSetting.class, setting)).toList();
    }

    @Test
    void everyReasonHasItsWordsInEveryLanguage() {
        Set<BadSetting.Reason> reasons = EnumSet.noneOf(BadSetting.Reason.class);
        Texts english = Texts.load(Locale.ENGLISH);
        for (BadSetting bad : bad()) {
            reasons.add(bad.reason());
            for (Locale language : Languages.SUPPORTED) {
                String words = BadSettingWords.of(bad, Texts.load(language));
                assertTrue(!words.isBlank() && !words.contains("{") && !words.contains("_"), words);
                if (!language.equals(Locale.ENGLISH)) {
                    assertNotEquals(BadSettingWords.of(bad, english), words, language + ": " + words);
                }
            }
        }
        assertEquals(EnumSet.allOf(BadSetting.Reason.class), reasons);
    }

    @Test
    void aMalformedWebhookIsSaidInGerman() {
        BadSetting bad = assertThrows(BadSetting.class, () -> Portal.webhook("https://portal.example.com/"));

        assertEquals("Die Webhook-URL muss auf /rest/<Benutzer-ID>/<Webhook-Code>/ enden, etwa "
                + "https://ihr-portal.bitrix24.de/rest/1/ihr-webhook-code/", BadSettingWords.of(bad, Texts.load(Locale.GERMAN)));
        assertEquals("Pole „Token odświeżania” jest puste.", BadSettingWords.of(assertThrows(BadSetting.class,
                () -> Portal.oauth("https://p.example/rest/", "t", "", "i", "s")), Texts.load(Locale.forLanguageTag("pl"))));
    }
}
