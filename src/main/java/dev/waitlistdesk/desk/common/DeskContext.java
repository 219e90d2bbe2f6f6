package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.port.ClientDirectory;
import dev.waitlistdesk.port.WaitlistStore;

import java.time.Clock;
import java.util.Objects;

/** The services every view model of one window shares; built once per portal by the composition root. */
public final class DeskContext {

    private final WaitlistStore store;
    private final ClientDirectory directory;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final Texts texts;
    private final DialogService dialogs;
    private final Drafts drafts;
    private final ClientNames names;
    private final Problems problems;
    private final Clock clock;

    public DeskContext(WaitlistStore store, ClientDirectory directory, BackgroundRunner runner, Scheduler scheduler,
                       Texts texts, DialogService dialogs, Drafts drafts) {
        this(store, directory, runner, scheduler, texts, dialogs, drafts, Clock.systemDefaultZone());
    }

    /** {@code clock} tells when a save happened and what time a colleague's overwrite is shown with. */
    public DeskContext(WaitlistStore store, ClientDirectory directory, BackgroundRunner runner, Scheduler scheduler,
                       Texts texts, DialogService dialogs, Drafts drafts, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.names = new ClientNames(directory, texts);
        this.problems = new Problems(texts);
    }

    public WaitlistStore store() {
        return store;
    }

    public ClientDirectory directory() {
        return directory;
    }

    public BackgroundRunner runner() {
        return runner;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public Texts texts() {
        return texts;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Drafts drafts() {
        return drafts;
    }

    public ClientNames names() {
        return names;
    }

    public Problems problems() {
        return problems;
    }

    public Clock clock() {
        return clock;
    }
}
