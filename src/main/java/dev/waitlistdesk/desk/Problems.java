package dev.waitlistdesk.desk;

import dev.waitlistdesk.bitrix.RestException;
import dev.waitlistdesk.desk.Status.NextStep;
import dev.waitlistdesk.desk.Status.Tone;
import java.lang.System.Logger.Level;

/** Turns a failure into words a receptionist understands, with the next step and the code in small print. */
public final class Problems {

    private static final System.Logger LOG = System.getLogger(Problems.class.getName());

    private final Texts texts;

    public Problems(Texts texts) {
        this.texts = texts;
    }

    public Status describe(Exception failure) {
        if (!(failure instanceof RestException rest)) {
            // Not a Bitrix24 answer: a bug or a local problem. Logged once here, shown in plain words.
            LOG.log(Level.ERROR, "Unexpected failure", failure);
            return new Status(Tone.ERROR, texts.get("problem.unexpected"), failure.getClass().getSimpleName(),
                    NextStep.RETRY);
        }
        String detail = smallPrint(rest);
        return switch (rest.kind()) {
            case NOT_FOUND -> new Status(Tone.ERROR, texts.get("problem.notFound"), detail, NextStep.REFRESH_LIST);
            case INVALID_REQUEST -> new Status(Tone.ERROR, texts.get("problem.invalid"), detail, NextStep.NONE);
            case AUTH -> new Status(Tone.ERROR, texts.get("problem.auth"), detail, NextStep.OPEN_SETTINGS);
            case RATE_LIMITED -> new Status(Tone.WAITING, texts.get("problem.rateLimited"), detail, NextStep.NONE);
            case NETWORK -> new Status(Tone.ERROR, texts.get("problem.network"), detail, NextStep.RETRY);
            case SERVER, UNREADABLE_RESPONSE ->
                    new Status(Tone.ERROR, texts.get("problem.server"), detail, NextStep.RETRY);
        };
    }

    /** A failed save's problem, saying that nothing the receptionist picked was lost. */
    Status keptUnsaved(Status problem) {
        return new Status(problem.tone(), problem.text() + " " + texts.get("problem.picksKept"), problem.detail(),
                problem.nextStep());
    }

    /** "Bitrix24 code 1040 · Wait list not found", or the HTTP status when there is no code. */
    private String smallPrint(RestException rest) {
        if (!rest.code().isEmpty()) {
            String description = rest.description().isEmpty() ? "" : " · " + rest.description();
            return texts.get("problem.code", rest.code()) + description;
        }
        if (rest.httpStatus() > 0) {
            return texts.get("problem.httpStatus", rest.httpStatus());
        }
        return texts.get("problem.noAnswer");
    }
}
