package dev.waitlistdesk.desk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Ctrl+= and Ctrl+- walk the steps and stop at either end. */
class ZoomTest {

    @Test
    void stepsStayBetweenTheThemesSizeAndTheLargest() {
        double largest = Zoom.STEPS[Zoom.STEPS.length - 1];
        assertEquals(Zoom.STEPS[1], Zoom.step(1.0, 1));
        assertEquals(largest, Zoom.step(largest, 1));
        assertEquals(1.0, Zoom.step(1.0, -1));
        // a hand-edited window.json: from the nearest step
        assertEquals(Zoom.STEPS[Zoom.STEPS.length - 2], Zoom.step(3.0, -1));
    }
}
