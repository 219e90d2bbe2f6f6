package dev.waitlistdesk.port;

/** A CRM deal as the record shows it: title, stage code and whether it is open, won or lost. */
public record DealInfo(long id, String title, String stage, Progress progress) {

    public enum Progress { OPEN, WON, LOST }

    public DealInfo {
        title = title == null ? "" : title;
        stage = stage == null ? "" : stage;
        progress = progress == null ? Progress.OPEN : progress;
    }
}
