package dev.waitlistdesk.portal.booking;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether this portal's {@code client.set} replaces a record's clients or adds to them: the docs do
 * not say (bitrix24-api.md §5.8), so it is learned once from proof and kept per portal.
 */
public interface ClientSetFacts {

    enum Mode { REPLACES, APPENDS }

    /** What is known about this portal; empty until a save or the portal check proved it. */
    Optional<Mode> known();

    /** Keeps what a write proved. */
    void learned(Mode mode);

    /** Known for as long as the object lives: for tests and tools that keep no settings. */
    static ClientSetFacts inMemory() {
        AtomicReference<Mode> mode = new AtomicReference<>();
        return new ClientSetFacts() {
            @Override
            public Optional<Mode> known() {
                return Optional.ofNullable(mode.get());
            }

            @Override
            public void learned(Mode learned) {
                mode.set(learned);
            }
        };
    }
}
