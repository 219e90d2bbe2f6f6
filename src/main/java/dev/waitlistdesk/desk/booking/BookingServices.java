package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.port.BookingDesk;
import dev.waitlistdesk.port.DealDirectory;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What booking and deal links need beyond the desk's common services: the two ports, a clock (today, times
 * already past, when to reload a day; tests set it) and a way to open a deal's page in the browser.
 */
public record BookingServices(BookingDesk booking, DealDirectory deals, Clock clock, Consumer<URI> browser) {

    public BookingServices {
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(deals, "deals");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(browser, "browser");
    }
}
