package dev.waitlistdesk.desk;

import dev.waitlistdesk.booking.WaitlistApi;
import dev.waitlistdesk.crm.CrmDirectory;
import dev.waitlistdesk.settings.DraftStore;
import java.util.Objects;

/** The services every view model of one window shares; built once by the composition root. */
public record DeskContext(WaitlistApi api, CrmDirectory crm, BackgroundRunner runner, Scheduler scheduler,
                          Texts texts, DialogService dialogs, DraftStore drafts) {

    public DeskContext {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(drafts, "drafts");
    }

    public Problems problems() {
        return new Problems(texts);
    }
}
