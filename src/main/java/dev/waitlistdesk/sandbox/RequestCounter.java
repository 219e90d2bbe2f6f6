package dev.waitlistdesk.sandbox;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the REST requests that reach the portal, for tests and benchmarks of request budgets. */
final class RequestCounter extends Filter {

    private final AtomicLong served = new AtomicLong();

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        served.incrementAndGet();
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "counts REST requests";
    }

    long served() {
        return served.get();
    }
}
