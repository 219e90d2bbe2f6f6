package dev.waitlistdesk.desk.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a view shows under its content: a plain sentence, the actions the user can take next (the
 * first is the default), and the Bitrix24 code in small print.
 */
public record Status(Tone tone, String text, String detail, List<Action> actions) {

    public enum Tone { NONE, BUSY, SUCCESS, INFO, WAITING, ERROR }

    /** The actions a status can offer; the view model that set the status carries them out. */
    public enum Action {
        REFRESH_LIST, RETRY, OPEN_SETTINGS, CANCEL, UNDO,
        MERGE, BOTH_NOTES, KEEP_MINE, TAKE_THEIRS,
        RELOAD, KEEP_EDITING,
        RECREATE, DISCARD,
        ADD_AGAIN, REMOVE_AGAIN, NOTE_BACK,
        RELOAD_DAY
    }

    public static final Status NONE = new Status(Tone.NONE, "", "", List.of());

    public Status {
        Objects.requireNonNull(tone, "tone");
        text = text == null ? "" : text;
        detail = detail == null ? "" : detail;
        actions = List.copyOf(actions);
    }

    public Status(Tone tone, String text, String detail, Action... actions) {
        this(tone, text, detail, List.of(actions));
    }

    public static Status busy(String text) {
        return new Status(Tone.BUSY, text, "");
    }

    public static Status success(String text, Action... actions) {
        return new Status(Tone.SUCCESS, text, "", actions);
    }

    public static Status info(String text, Action... actions) {
        return new Status(Tone.INFO, text, "", actions);
    }

    public boolean isError() {
        return tone == Tone.ERROR || tone == Tone.WAITING;
    }

    public boolean offers(Action action) {
        return actions.contains(action);
    }

    /** The same status with one more action at the end. */
    public Status with(Action action) {
        List<Action> more = new ArrayList<>(actions);
        more.add(action);
        return new Status(tone, text, detail, more);
    }
}
