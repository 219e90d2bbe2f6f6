package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.port.ClientId;
import java.util.ResourceBundle;

/** The line under a client's name, in the picked list and in search results alike. */
public final class ClientDetails {

    private ClientDetails() {
    }

    /** "Contact · +49 30 1111" */
    public static String of(ResourceBundle messages, Client party) {
        String type = messages.getString(party.id().kind() == ClientId.Kind.COMPANY
                ? "record.type.company" : "record.type.contact");
        String contact = !party.phone().isEmpty() ? party.phone() : party.email();
        return contact.isEmpty() ? type : type + " · " + contact;
    }
}
