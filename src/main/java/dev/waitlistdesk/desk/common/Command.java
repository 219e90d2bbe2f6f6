package dev.waitlistdesk.desk.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A next step a status offers, built by the view model that does the work: shown as a button whose
 * words (with their mnemonic) are {@link #labelKey()}, and whose id ends in {@link #id()}.
 */
public final class Command {

    private final String id;
    private final Runnable work;
    private final ReadOnlyBooleanWrapper enabled = new ReadOnlyBooleanWrapper(this, "enabled", true);

    /** A command that can always be taken; {@code id} is lower case with dashes, e.g. {@code keep-mine}. */
    public Command(String id, Runnable work) {
        this.id = Objects.requireNonNull(id, "id");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A command that can be taken only while {@code enabledWhen} holds. */
    public Command(String id, Runnable work, ObservableBooleanValue enabledWhen) {
        this(id, work);
        enabled.bind(enabledWhen);
    }

    public String id() {
        return id;
    }

    /** Where its words are in {@code messages*.properties}: {@code keep-mine} reads {@code status.action.keep_mine}. */
    public String labelKey() {
        return "status.action." + id.replace('-', '_');
    }

    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled.getReadOnlyProperty();
    }

    /** Does the work, unless the command cannot be taken now. */
    public void run() {
        if (enabled.get()) {
            work.run();
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
