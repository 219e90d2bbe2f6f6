package dev.waitlistdesk.app;

import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.desk.booking.BookingServices;
import dev.waitlistdesk.desk.common.BackgroundRunner;
import dev.waitlistdesk.desk.common.ClientNames;
import dev.waitlistdesk.desk.common.DialogService;
import dev.waitlistdesk.desk.common.Drafts;
import dev.waitlistdesk.desk.common.Scheduler;
import dev.waitlistdesk.desk.common.Texts;
import dev.waitlistdesk.desk.deals.DealsViewModel;
import dev.waitlistdesk.desk.editor.OpenRecord;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.port.ClientDirectory;
import dev.waitlistdesk.port.WaitlistStore;

import java.time.Clock;
import java.util.Objects;

/**
 * The view models of one window on one portal, each built with only the services it uses. The window and the
 * test fixtures wire them here, so both get the same desk; no view model sees this class.
 */
public final class DeskWiring {

    private final WaitlistStore store;
    private final ClientDirectory directory;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final Texts texts;
    private final DialogService dialogs;
    private final Drafts drafts;
    /** One cache of client names for the list and every record. */
    private final ClientNames names;
    private final Clock clock;

    /** {@code clock} tells when a save happened and what time a colleague's overwrite is shown with. */
    public DeskWiring(WaitlistStore store, ClientDirectory directory, BackgroundRunner runner, Scheduler scheduler,
                      Texts texts, DialogService dialogs, Drafts drafts, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.names = new ClientNames(directory, texts);
    }

    public MainViewModel main(boolean practicePortal) {
        return new MainViewModel(store, directory, names, drafts, runner, scheduler, texts, dialogs,
                (host, id, loaded) -> new RecordViewModel(store, names, drafts, runner, scheduler, clock, texts,
                        dialogs, host, id, loaded), practicePortal);
    }

    public BookingPanelViewModel bookingPanel(BookingServices services, OpenRecord main) {
        return new BookingPanelViewModel(runner, scheduler, texts, dialogs, services, main);
    }

    public DealsViewModel deals(BookingServices services, OpenRecord main) {
        return new DealsViewModel(runner, scheduler, texts, dialogs, services, main);
    }
}
