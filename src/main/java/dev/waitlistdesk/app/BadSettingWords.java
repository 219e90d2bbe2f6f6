package dev.waitlistdesk.app;

import dev.waitlistdesk.bitrix.BadSetting;
import dev.waitlistdesk.desk.common.Texts;

/** A setting the desk cannot use, said in the window's language: the field as the settings form labels it, and what is wrong. */
final class BadSettingWords {

    private BadSettingWords() {
    }

    static String of(BadSetting bad, Texts texts) {
        String label = switch (bad.field()) {
            case WEBHOOK_URL -> "settings.webhook";
            case CLIENT_ENDPOINT, TOKEN_SERVER -> "settings.endpoint";
            case ACCESS_TOKEN -> "settings.accessToken";
            case REFRESH_TOKEN -> "settings.refreshToken";
            case CLIENT_ID -> "settings.clientId";
            case CLIENT_SECRET -> "settings.clientSecret";
            case PROXY -> "settings.proxy";
        };
        String key = switch (bad.reason()) {
            case EMPTY -> "settings.bad.empty";
            case NOT_WEB_ADDRESS -> "settings.bad.notWebAddress";
            case NOT_HTTPS -> "settings.bad.notHttps";
            case QUERY -> "settings.bad.query";
            case WEBHOOK_PATH -> "settings.bad.webhookPath";
            case USER_ID -> "settings.bad.userId";
            case WEBHOOK_CODE -> "settings.bad.webhookCode";
            case NOT_HOST_PORT -> "settings.bad.notHostPort";
        };
        return texts.get(key, texts.get(label).replace("_", "")); // the label without its mnemonic mark
    }
}
