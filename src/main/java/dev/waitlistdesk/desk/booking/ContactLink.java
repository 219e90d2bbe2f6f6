package dev.waitlistdesk.desk.booking;

import java.net.URI;

/** A way to reach the client: a {@code tel:} link to their phone, or their page in Bitrix24. */
public record ContactLink(String text, URI uri) {
}
