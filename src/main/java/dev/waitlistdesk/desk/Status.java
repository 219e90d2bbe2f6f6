package dev.waitlistdesk.desk;

import java.util.Objects;

/**
 * What a view shows under its content: a plain sentence, the next step the user can take, and
 * the Bitrix24 code in small print.
 */
public record Status(Tone tone, String text, String detail, NextStep nextStep) {

    public enum Tone { NONE, BUSY, SUCCESS, INFO, WAITING, ERROR }

    /** The one action offered next to the message. */
    public enum NextStep { NONE, REFRESH_LIST, RETRY, OPEN_SETTINGS }

    public static final Status NONE = new Status(Tone.NONE, "", "", NextStep.NONE);

    public Status {
        Objects.requireNonNull(tone, "tone");
        text = text == null ? "" : text;
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(nextStep, "nextStep");
    }

    public static Status busy(String text) {
        return new Status(Tone.BUSY, text, "", NextStep.NONE);
    }

    public static Status success(String text) {
        return new Status(Tone.SUCCESS, text, "", NextStep.NONE);
    }

    public static Status info(String text) {
        return new Status(Tone.INFO, text, "", NextStep.NONE);
    }

    public boolean isError() {
        return tone == Tone.ERROR || tone == Tone.WAITING;
    }
}
