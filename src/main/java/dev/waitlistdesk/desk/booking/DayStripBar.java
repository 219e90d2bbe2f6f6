package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.desk.booking.DayStrip;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;

/**
 * A resource's day as a bar: grey where it does not work or the time is past, hatched red where it
 * is booked, plain green where it is free (told apart without colour too); each part tells a
 * screen reader its times ("10:00–11:00 booked").
 */
final class DayStripBar extends Region {

    private final DayStrip strip;

    DayStripBar(DayStrip strip) {
        this.strip = strip;
        getStyleClass().add("day-strip");
        for (DayStrip.Part part : strip.parts()) {
            Region piece = new Region();
            piece.getStyleClass().add(part.free() ? "day-strip-free" : "day-strip-busy");
            piece.setAccessibleRole(AccessibleRole.TEXT);
            piece.setAccessibleText(part.words());
            piece.setManaged(false);
            getChildren().add(piece);
        }
        setPrefHeight(14);
        setMinHeight(14);
        setAccessibleText(strip.summary());
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        for (int i = 0; i < strip.parts().size(); i++) {
            DayStrip.Part part = strip.parts().get(i);
            getChildren().get(i).resizeRelocate(snapPositionX(part.from() * width), 0,
                    snapSizeX((part.to() - part.from()) * width), height);
        }
    }
}
