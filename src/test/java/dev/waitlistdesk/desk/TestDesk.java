package dev.waitlistdesk.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.crm.NewContact;
import dev.waitlistdesk.settings.DraftStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The desk without a toolkit: work runs at once on the test thread, scheduled actions wait until
 * the test lets the clock run, and dialogs answer what the test set.
 */
final class TestDesk implements BackgroundRunner, Scheduler, DialogService {

    final FakeWaitlistApi api = new FakeWaitlistApi();
    final FakeCrm crm = new FakeCrm();
    final Texts texts = Texts.load(Locale.ENGLISH);
    final DraftStore drafts;
    final DeskContext ctx;
    /** Background work waits here instead of running at once while {@code holdWork} is set. */
    final List<Runnable> heldWork = new ArrayList<>();
    boolean holdWork;
    final List<Scheduled> scheduled = new ArrayList<>();
    boolean confirmAnswer = true;
    Optional<String> noteAnswer = Optional.empty();
    Optional<NewContact> contactAnswer = Optional.empty();
    NewContact lastContactPrefill;
    int settingsOpened;

    record Scheduled(Duration delay, Runnable action, boolean[] cancelled) {
    }

    TestDesk(Path dir) {
        drafts = new DraftStore(dir.resolve("drafts.json"), new ObjectMapper());
        ctx = new DeskContext(api, crm, this, this, texts, this, drafts);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        Runnable job = () -> runNow(work, onSuccess, onFailure);
        if (holdWork) {
            heldWork.add(job);
        } else {
            job.run();
        }
    }

    /** What a background runner does, on the calling thread. */
    static <T> void runNow(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    void releaseWork() {
        List<Runnable> jobs = List.copyOf(heldWork);
        heldWork.clear();
        jobs.forEach(Runnable::run);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        boolean[] cancelled = {false};
        scheduled.add(new Scheduled(delay, action, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Lets time pass: runs every scheduled action that was not cancelled. */
    void runScheduled() {
        List<Scheduled> due = List.copyOf(scheduled);
        scheduled.clear();
        due.stream().filter(s -> !s.cancelled()[0]).forEach(s -> s.action().run());
    }

    @Override
    public boolean confirm(String title, String question, String confirmButton) {
        return confirmAnswer;
    }

    @Override
    public Optional<String> askNewRecordNote() {
        return noteAnswer;
    }

    @Override
    public Optional<NewContact> askNewContact(NewContact prefill) {
        lastContactPrefill = prefill;
        return contactAnswer;
    }

    @Override
    public void openSettings() {
        settingsOpened++;
    }
}
