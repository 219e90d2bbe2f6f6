package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.app.DeskWiring;
import dev.waitlistdesk.desk.list.PollPace;
import dev.waitlistdesk.port.Failure;
import dev.waitlistdesk.port.FakeDirectory;
import dev.waitlistdesk.port.FakeStore;
import dev.waitlistdesk.port.NewContact;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waitlistdesk.settings.DraftStore;
import dev.waitlistdesk.bitrix.FakeTime;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
public final class TestDesk implements BackgroundRunner, Scheduler, DialogService {

    public final FakeStore store = new FakeStore();
    public final FakeDirectory crm = new FakeDirectory();
    public final Texts texts = Texts.load(Locale.ENGLISH);
    public final DraftStore drafts;
    public final List<String> informed = new ArrayList<>();
    /** The desk's view models, wired as the window wires them. */
    public final DeskWiring wiring;
    /** The desk's clock (UTC), moved by the test: 10:30 at start. */
    public final FakeTime clock = new FakeTime(java.time.Instant.parse("2026-12-05T10:30:00Z").toEpochMilli());
    /** Background work waits here instead of running at once while {@code holdWork} is set. */
    public final List<Runnable> heldWork = new ArrayList<>();
    public boolean holdWork;
    /** Work runs at once but its answer waits in {@code heldWork}: a request answered before a later one, delivered after it. */
    public boolean holdAnswers;
    public final List<Scheduled> scheduled = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** The index every choice answers; asked choices land in {@link #informed}, with their answers. */
    public int chooseAnswer;
    public Optional<String> noteAnswer = Optional.empty();
    public Optional<NewContact> contactAnswer = Optional.empty();
    public NewContact lastContactPrefill;
    public int settingsOpened;
    /** The scheduler's clock: it moves only when a test moves it. */
    public Instant now = Instant.parse("2026-12-01T09:00:00Z");

    public record Scheduled(Duration delay, Runnable action, boolean[] cancelled) {
    }

    public TestDesk(Path dir) {
        drafts = new DraftStore(dir.resolve("drafts.json"), new ObjectMapper(), Runnable::run); // at once, as the runner
        wiring = new DeskWiring(store, crm, this, this, texts, this, new Drafts(drafts), clock);
    }

    @Override
    public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Failure> onFailure) {
        if (holdAnswers) {
            Running running = new Running();
            List<Runnable> answer = new ArrayList<>();
            runNow(work, result -> answer.add(() -> running.answers(onSuccess).accept(result)),
                    failure -> answer.add(() -> running.answers(onFailure).accept(failure)));
            heldWork.add(answer.get(0));
            return running;
        }
        if (!holdWork) {
            return atOnce(work, onSuccess, onFailure);
        }
        Running running = new Running();
        Runnable job = () -> runNow(work, running.answers(onSuccess), running.answers(onFailure));
        heldWork.add(job);
        running.stopsWith(() -> heldWork.remove(job));
        return running;
    }

    /** What a background runner does, on the calling thread, ended before it returns. */
    public static <T> Running atOnce(Callable<T> work, Consumer<? super T> onSuccess,
                                     Consumer<? super Failure> onFailure) {
        Running running = new Running();
        runNow(work, running.answers(onSuccess), running.answers(onFailure));
        return running;
    }

    /** What a background runner does, on the calling thread. */
    public static <T> void runNow(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Failure> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(BackgroundRunner.failureOf(e));
            return;
        }
        onSuccess.accept(result);
    }

    public void releaseWork() {
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

    @Override
    public Instant now() {
        return now;
    }

    /** Lets time pass: runs every scheduled action that was not cancelled, except the live refresh. */
    public void runScheduled() {
        runScheduled(false);
    }

    /** Lets time pass, with or without the live refresh's next poll. */
    public void runScheduled(boolean withPolls) {
        List<Scheduled> due = List.copyOf(scheduled);
        scheduled.clear();
        due.stream().filter(s -> !s.cancelled()[0]).forEach(s -> {
            if (withPolls || s.delay().compareTo(PollPace.FASTEST) < 0) {
                s.action().run();
            } else {
                scheduled.add(s);
            }
        });
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
    public int choose(String title, String question, List<String> answers) {
        informed.add(question + " " + answers);
        return chooseAnswer;
    }

    @Override
    public void inform(String title, String message) {
        informed.add(message);
    }

    @Override
    public void openSettings() {
        settingsOpened++;
    }
}
