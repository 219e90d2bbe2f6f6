package dev.waitlistdesk.port;

import java.util.Objects;

/** A waitlist client as the desk shows it. Phone and e-mail are the first ones, or "". */
public record Client(ClientId id, String name, String phone, String email) {

    public Client {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
    }

    public boolean isCompany() {
        return id.kind() == ClientId.Kind.COMPANY;
    }
}
