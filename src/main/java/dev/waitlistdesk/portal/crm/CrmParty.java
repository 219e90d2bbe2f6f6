package dev.waitlistdesk.portal.crm;

import java.util.Objects;

/** A contact or company as the desk shows it. Phone and e-mail are the first ones, or "". */
public record CrmParty(CrmRef ref, String name, String phone, String email) {

    public CrmParty {
        Objects.requireNonNull(ref, "ref");
        name = name == null ? "" : name;
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
    }
}
