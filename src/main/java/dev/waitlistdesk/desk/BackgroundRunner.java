package dev.waitlistdesk.desk;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs blocking work (every Bitrix24 call) off the UI thread and hands the outcome back on it. The
 * app uses a JavaFX Task on one bounded executor; tests run the work directly.
 */
public interface BackgroundRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);
}
