package dev.waitlistdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One desk per data folder: a second start calls the open one forward and does not open. */
class OneDeskTest {

    @TempDir
    Path data;

    /** A desk's claim, once its call line is open (it opens beside the start, in a thread of its own). */
    private Optional<OneDesk> claimed() throws Exception {
        Optional<OneDesk> claim = OneDesk.claim(data);
        for (int i = 0; i < 100 && !Files.exists(data.resolve(OneDesk.CALL_FILE)); i++) {
            Thread.sleep(50);
        }
        return claim;
    }

    @Test
    void aSecondStartCallsTheOpenDeskForwardAndOpensNothing() throws Exception {
        Optional<OneDesk> first = claimed();
        assertTrue(first.isPresent());
        CountDownLatch called = new CountDownLatch(1);
        first.get().onCall(called::countDown);

        Optional<OneDesk> second = OneDesk.claim(data);

        assertTrue(second.isEmpty(), "a second desk on the same folder");
        assertTrue(called.await(5, TimeUnit.SECONDS), "the open desk was called forward");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(OneDesk.CALL_FILE))));

        // once the first desk has closed, the next start opens
        first.get().close();
        Optional<OneDesk> next = OneDesk.claim(data);
        assertTrue(next.isPresent());
        next.get().close();
    }

    @Test
    void aCallWithoutTheTokenIsIgnored() throws Exception {
        try (OneDesk open = claimed().orElseThrow()) {
            CountDownLatch called = new CountDownLatch(1);
            open.onCall(called::countDown);
            int port = Integer.parseInt(Files.readString(data.resolve(OneDesk.CALL_FILE)).split(" ")[0]);

            try (java.net.Socket stranger = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                stranger.getOutputStream().write("guess\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }

            assertTrue(!called.await(500, TimeUnit.MILLISECONDS), "another user cannot call it forward");
        }
    }
}
