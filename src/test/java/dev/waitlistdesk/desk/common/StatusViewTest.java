package dev.waitlistdesk.desk.common;

import static dev.waitlistdesk.desk.common.Ui.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** "Saving…" and "Loading…" show only once the work outlasts a moment: a quick one pushes nothing down and back. */
class StatusViewTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aBusySentenceShowsOnceTheWorkOutlastsAMoment() throws Exception {
        StatusView view = fx(StatusView::new);
        fx(() -> view.setName("record"));

        fx(() -> view.show(Status.busy("Saving…")));

        assertFalse(fx(view::isVisible), "not shown at once");
        waitUntil("Saving… shows", () -> view.isVisible() && shownText(view).equals("Saving…"));
    }

    @Test
    void aQuickResultTakesThePlaceOfTheBusySentenceUnseen() throws Exception {
        StatusView view = fx(StatusView::new);
        fx(() -> view.setName("record"));

        fx(() -> {
            view.show(Status.busy("Saving…"));
            view.show(Status.success("Saved: 3 clients"));
        });
        Thread.sleep((long) StatusView.SPINNER_AFTER.toMillis() + 100); // past the moment the busy sentence waited for

        assertEquals("Saved: 3 clients", fx(() -> shownText(view)), "the late busy sentence never comes");
        assertFalse(fx(() -> view.lookup("#recordSpinner").isVisible()), "nor the spinner");
    }

    private static String shownText(StatusView view) {
        return ((Label) view.lookup("#recordStatus")).getText();
    }

    private static void fx(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
