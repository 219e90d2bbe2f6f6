package dev.waitlistdesk.desk.common;

/** The commands a failure can point to (see {@link Problems}); the view model that shows it does the work. */
public record NextSteps(Command retry, Command refreshList, Command openSettings) {
}
