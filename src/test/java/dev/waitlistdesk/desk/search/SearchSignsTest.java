package dev.waitlistdesk.desk.search;

import static dev.waitlistdesk.desk.common.Ui.eventually;
import static dev.waitlistdesk.desk.common.Ui.openRecord;
import static dev.waitlistdesk.desk.common.Ui.shows;
import static dev.waitlistdesk.desk.common.Ui.showsText;
import static dev.waitlistdesk.desk.common.Ui.text;
import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waitlistdesk.desk.common.DeskFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.ListViewMatchers;

/** A search says it is running, says when a phone number is partial, and fails as a search, with Retry. */
class SearchSignsTest {

    @RegisterExtension
    final DeskFixture desk = DeskFixture.inEnglish();

    @Test
    void aSlowSearchShowsSearchingAndAPartialPhoneNumberGetsAHint(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");

        // given a slow portal, when a name is typed
        desk.sandbox.faults().latency(1500);
        robot.clickOn("#searchField").write("Boris");

        // then "Searching…" with a spinner shows until the results come
        waitUntil("the spinner", () -> shows(robot, "#searchSpinner") && shows(robot, "#searchingLabel"));
        assertEquals("Searching…", text(robot, "#searchingLabel"));
        eventually("#resultList", not(ListViewMatchers.isEmpty()));
        assertFalse(shows(robot, "#searchSpinner"));

        // when part of a phone number finds nothing, the hint says to type all of it
        desk.sandbox.faults().latency(0);
        robot.clickOn("#searchField").eraseText(5).write("+49 30 22");
        eventually("#searchMessage", showsText("No match for “+49 30 22”. Phone numbers are found only in full: type the whole number."));
    }

    @Test
    void aFailedSearchIsWordedAsASearchFailureWithRetry(FxRobot robot) {
        openRecord(robot, "Haircut, mornings");

        // given the portal is gone, when a name is typed
        desk.stopSandbox();
        robot.clickOn("#searchField").write("Boris");

        // then the failure is about the search, with Retry
        eventually("#searchMessage", showsText("The search did not reach Bitrix24. Retry in a moment."));
        assertTrue(shows(robot, "#searchRetry"));

        // when the portal is back and Retry pressed, the results come and the focus is back in the field
        desk.restartSandbox();
        robot.clickOn("#searchRetry");
        eventually("#resultList", not(ListViewMatchers.isEmpty()));
        assertTrue(robot.lookup("#searchField").query().isFocused());
        assertFalse(shows(robot, "#searchRetry"));
    }
}
