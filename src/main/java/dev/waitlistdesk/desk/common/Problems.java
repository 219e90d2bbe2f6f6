package dev.waitlistdesk.desk.common;

import dev.waitlistdesk.desk.common.Status.Tone;
import dev.waitlistdesk.port.Failure;

/** Turns a failure into words a receptionist understands, with the next step and the code in small print. */
public final class Problems {

    /** Stands in for the next steps where only the words are wanted. */
    private static final Command NOTHING = new Command("nothing", () -> { });
    private static final NextSteps WORDS_ONLY = new NextSteps(NOTHING, NOTHING, NOTHING);

    private final Texts texts;

    public Problems(Texts texts) {
        this.texts = texts;
    }

    /** A failure of a save or a list load: the next step, one of {@code next}, is about the waitlist. */
    public Status describe(Failure failure, NextSteps next) {
        String detail = smallPrint(failure.evidence());
        if (failure instanceof Failure.Offline || failure instanceof Failure.TimedOut) {
            // no answer came: the transport's own words (in English, for the log) are no small print
            detail = texts.get("problem.noAnswer");
        }
        // Java 17 has no pattern switch; the chain covers every permitted type of the sealed Failure.
        if (failure instanceof Failure.RecordGone) {
            return new Status(Tone.ERROR, texts.get("problem.notFound"), detail, next.refreshList());
        } else if (failure instanceof Failure.Refused) {
            return new Status(Tone.ERROR, texts.get("problem.invalid"), detail);
        } else if (failure instanceof Failure.NotAllowed) {
            return new Status(Tone.ERROR, texts.get("problem.auth"), detail, next.openSettings());
        } else if (failure instanceof Failure.Busy) {
            return new Status(Tone.ERROR, texts.get("problem.rateLimitedGaveUp"), detail, next.retry());
        } else if (failure instanceof Failure.UnknownHost) {
            return new Status(Tone.ERROR, texts.get("problem.unknownHost"), "", next.openSettings());
        } else if (failure instanceof Failure.Offline) {
            return new Status(Tone.ERROR, texts.get("problem.network"), detail, next.retry());
        } else if (failure instanceof Failure.Untrusted) {
            return new Status(Tone.ERROR, texts.get("problem.untrusted"), detail, next.openSettings());
        } else if (failure instanceof Failure.TimedOut) {
            return new Status(Tone.ERROR, texts.get("problem.timedOut"), detail, next.retry());
        } else if (failure instanceof Failure.Moved) {
            return new Status(Tone.ERROR, texts.get("problem.moved"), detail, next.openSettings());
        } else if (failure instanceof Failure.OutcomeUnknown) {
            return new Status(Tone.ERROR, texts.get("problem.outcomeUnknown"), detail, next.refreshList());
        } else if (failure instanceof Failure.TooLarge) {
            return new Status(Tone.ERROR, texts.get("problem.tooLarge"), detail);
        } else if (failure instanceof Failure.PortalTrouble) {
            return new Status(Tone.ERROR, texts.get("problem.server"), detail, next.retry());
        }
        return new Status(Tone.ERROR, texts.get("problem.unexpected"), detail, next.retry());
    }

    /** The sentence and the small print alone, for a view that offers its own next step. */
    public Status words(Failure failure) {
        Status general = describe(failure, WORDS_ONLY);
        return new Status(general.tone(), general.text(), general.detail());
    }

    /** A failed search, worded as a search failure; the view adds its own Retry. */
    public Status describeSearch(Failure failure) {
        Status general = words(failure);
        boolean aboutTheConnection = failure instanceof Failure.NotAllowed || failure instanceof Failure.Untrusted
                || failure instanceof Failure.Moved;
        String text = aboutTheConnection ? general.text() : texts.get("search.failed");
        return new Status(Tone.ERROR, text, general.detail());
    }

    /** A failed save's problem, saying that nothing the receptionist picked was lost. */
    public Status keptUnsaved(Status problem) {
        return new Status(problem.tone(), problem.text() + " " + texts.get("problem.picksKept"), problem.detail(),
                problem.commands());
    }

    /** "Bitrix24 code 1040 · Wait list not found", or the HTTP status when there is no code. */
    public String smallPrint(Failure.Evidence evidence) {
        if (!evidence.code().isEmpty()) {
            String description = evidence.description().isEmpty() ? "" : " · " + evidence.description();
            return texts.get("problem.code", evidence.code()) + description;
        }
        if (evidence.httpStatus() > 0) {
            return texts.get("problem.httpStatus", evidence.httpStatus());
        }
        return evidence.description().isEmpty() ? texts.get("problem.noAnswer") : evidence.description();
    }
}
