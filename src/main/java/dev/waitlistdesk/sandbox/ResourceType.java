package dev.waitlistdesk.sandbox;

/** A kind of bookable resource (rooms, specialists, equipment) with its notification settings. */
public record ResourceType(long id, String code, String name, Notifications notifications) {

    public ResourceType {
        notifications = notifications == null ? Notifications.DEFAULTS : notifications;
    }

    public ResourceType(long id, String code, String name) {
        this(id, code, name, Notifications.DEFAULTS);
    }
}
