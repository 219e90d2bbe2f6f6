package dev.waitlistdesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The practice portal serves a real client while slow ones drip their headers, and never logs credentials. */
class SlowClientsAndLogsTest {

    @RegisterExtension
    final RunningSandbox running = new RunningSandbox();

    @Test
    void aHundredClientsDrippingHeaders_doNotBlockARealOne() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), running.server().port());
                OutputStream out = socket.getOutputStream();
                out.write("POST /rest/1/x/scope HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                out.flush(); // and never the end of the headers
                slow.add(socket);
            }

            RestCall.Reply reply = RestCall.postJson(running.server().webhookUrl() + "scope", "{}");

            assertEquals(200, reply.status());
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void theJdkServersOwnLogger_writesNoRequestLineAtAnyLevel() {
        Logger jdk = Logger.getLogger("com.sun.net.httpserver");
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Level before = jdk.getLevel();
        jdk.setLevel(Level.ALL); // someone turns on FINE (or everything) for the JDK server
        jdk.addHandler(handler);
        try {
            RestCall.postJson(running.server().webhookUrl() + "scope", "{}");
            RestCall.postJson(running.server().oauthEndpoint() + "scope?auth=" + running.server().accessToken(), "{}");
        } finally {
            jdk.removeHandler(handler);
            jdk.setLevel(before);
        }

        String code = running.server().webhookUrl().split("/")[5];
        assertTrue(code.length() > 8, code);
        assertFalse(logged.stream().anyMatch(line -> line.contains(code)), logged.toString());
        assertFalse(logged.stream().anyMatch(line -> line.contains(running.server().accessToken())), logged.toString());
    }
}
