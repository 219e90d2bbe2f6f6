package dev.waitlistdesk.port;

/** What the front desk knows of a person who is not in the CRM yet; any field may be "". */
public record NewContact(String name, String lastName, String phone, String email) {

    /** As the CRM should keep it: no pasted no-break spaces, typographic dashes or invisible marks. */
    public NewContact tidied() {
        return new NewContact(TypedText.tidy(name), TypedText.tidy(lastName), TypedText.tidy(phone),
                TypedText.tidy(email));
    }
}
