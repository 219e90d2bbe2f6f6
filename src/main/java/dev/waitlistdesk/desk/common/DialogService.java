package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.NewContact;

import java.util.List;
import java.util.Optional;

/** The questions view models ask the user. The app shows dialogs; tests answer directly. */
public interface DialogService {

    /** A yes/no question; true when the user confirmed. */
    boolean confirm(String title, String question, String confirmButton);

    /** The note for a new waitlist record; empty when cancelled. */
    Optional<String> askNewRecordNote();

    /** A new contact, prefilled from what was typed; empty when cancelled. */
    Optional<NewContact> askNewContact(NewContact prefill);

    /** A question with several answers, the first the default: the index of the one chosen, -1 when closed. */
    int choose(String title, String question, List<String> answers);

    /** A message the user reads and closes. */
    void inform(String title, String message);

    /** Opens the connection settings. */
    void openSettings();
}
