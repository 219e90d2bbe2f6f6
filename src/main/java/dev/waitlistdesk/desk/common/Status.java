package dev.waitlistdesk.desk.common;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What a view shows under its content: a plain sentence, the commands the user can take next (the
 * first is the default), and the Bitrix24 code in small print.
 */
public record Status(Tone tone, String text, String detail, List<Command> commands) {

    public enum Tone { NONE, BUSY, SUCCESS, INFO, WAITING, ERROR }

    public static final Status NONE = new Status(Tone.NONE, "", "", List.of());

    public Status {
        Objects.requireNonNull(tone, "tone");
        text = text == null ? "" : text;
        detail = detail == null ? "" : detail;
        commands = List.copyOf(commands);
    }

    public Status(Tone tone, String text, String detail, Command... commands) {
        this(tone, text, detail, List.of(commands));
    }

    public static Status busy(String text) {
        return new Status(Tone.BUSY, text, "");
    }

    public static Status success(String text, Command... commands) {
        return new Status(Tone.SUCCESS, text, "", commands);
    }

    public static Status info(String text, Command... commands) {
        return new Status(Tone.INFO, text, "", commands);
    }

    public boolean isError() {
        return tone == Tone.ERROR || tone == Tone.WAITING;
    }

    /** The ids of the commands offered, in order: {@code [merge, keep-mine, take-theirs]}. */
    public List<String> commandIds() {
        return commands.stream().map(Command::id).toList();
    }

    public boolean offers(String commandId) {
        return commandIds().contains(commandId);
    }

    /** The offered command with this id. */
    public Command command(String commandId) {
        return commands.stream().filter(c -> c.id().equals(commandId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(commandId + " is not offered: " + this));
    }

    /** The same status with one more command at the end. */
    public Status with(Command command) {
        List<Command> more = new ArrayList<>(commands);
        more.add(command);
        return new Status(tone, text, detail, more);
    }
}
