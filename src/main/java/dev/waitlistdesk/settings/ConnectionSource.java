package dev.waitlistdesk.settings;

import java.util.Optional;

/**
 * Which connection a desk uses: the machine-wide one when IT locked it; else the user's own; else the
 * machine-wide one; else none (the practice portal).
 */
public final class ConnectionSource {

    /** Where the chosen settings came from; {@code locked}: only IT can change them. */
    public record Chosen(ConnectionSettings settings, boolean machineWide, boolean locked) {
    }

    private final ConnectionSettingsStore user;
    private final MachineConnection machine;

    public ConnectionSource(ConnectionSettingsStore user, MachineConnection machine) {
        this.user = user;
        this.machine = machine;
    }

    public Optional<Chosen> load() {
        Optional<MachineConnection.Loaded> shared = machine.load();
        if (shared.isPresent() && shared.get().locked()) {
            return Optional.of(new Chosen(shared.get().settings(), true, true));
        }
        Optional<ConnectionSettings> own = user.load();
        if (own.isPresent()) {
            return Optional.of(new Chosen(own.get(), false, false));
        }
        return shared.map(loaded -> new Chosen(loaded.settings(), true, false));
    }
}
