package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.RecordContent;
import dev.waitlistdesk.port.TypedText;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** One line of the waitlist: the record, its clients with their names, and whether the portal lost it. */
public record WaitlistRow(long id, RecordContent content, boolean gone) {

    public String note() {
        return content.note();
    }

    public List<Client> clients() {
        return content.clients();
    }

    public String clientNames() {
        return content.clients().stream().map(Client::name).collect(Collectors.joining(", "));
    }

    /**
     * The quick filter, read once for all rows: id, note, a client's name or phone contain the text,
     * ignoring case; digits also find a phone written with spaces or dashes ("9213646" finds
     * "+7 916 921-36-46"); an id written with a number sign ("#28", "№ 28", "Nr. 28") finds ids alone.
     */
    public static Predicate<WaitlistRow> matching(String text) {
        String needle = TypedText.tidy(text).toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return row -> true;
        }
        String id = TypedText.recordId(needle);
        if (!id.isEmpty() && !id.equals(needle)) { // "№ 28", "Nr. 28": an id, as the window writes one
            return row -> String.valueOf(row.id).contains(id);
        }
        String digits = TypedText.isPhonePart(needle) ? TypedText.digits(needle) : "";
        return row -> String.valueOf(row.id).contains(needle)
                || row.note().toLowerCase(Locale.ROOT).contains(needle)
                || row.clients().stream().anyMatch(c -> c.name().toLowerCase(Locale.ROOT).contains(needle)
                        || (!c.phone().isEmpty() && (c.phone().contains(needle)
                                || !digits.isEmpty() && TypedText.digits(c.phone()).contains(digits))));
    }
}
