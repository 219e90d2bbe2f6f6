package dev.waitlistdesk.app;

import dev.waitlistdesk.settings.PrivateFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One desk per user. A second start (a double click while the first desk is still starting) asks the
 * open desk to bring its window forward and ends: two desks on one data folder would overwrite each
 * other's drafts, and their two practice portals each other's records (a record the first desk
 * acknowledged vanished). The lock is the operating system's, so a desk that crashed holds nothing.
 */
final class OneDesk implements AutoCloseable {

    static final String LOCK_FILE = "desk.lock";
    /** The open desk's loopback port and a token, readable by this user only: only they can call it forward. */
    static final String CALL_FILE = "desk.call";
    private static final int CONNECT_TIMEOUT_MS = 2_000;

    private final FileChannel channel;
    private ServerSocket server; // guarded by this, as is closed: a close waits for the call line being opened
    private boolean closed;
    private volatile Runnable forward = () -> { };

    private OneDesk(FileChannel channel) {
        this.channel = channel;
    }

    /**
     * This start's hold on the data folder; empty when another desk holds it (asked to come forward).
     * Only the lock is taken here, on the start's path; the call line opens beside the toolkit's start.
     */
    static Optional<OneDesk> claim(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException held) { // by this very JVM
            lock = null;
        }
        if (lock == null) {
            channel.close();
            callForward(dataDir);
            return Optional.empty();
        }
        OneDesk desk = new OneDesk(channel);
        Thread listener = new Thread(() -> desk.listen(dataDir), "one-desk");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(desk);
    }

    /** What a second start's call does: bring the window forward (set once the window exists). */
    void onCall(Runnable action) {
        forward = action;
    }

    /** Opens the call line (a loopback port and a token in an owner-only file) and answers calls. */
    private void listen(Path dataDir) {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret); // never blocks, unlike generateSeed
        String token = HexFormat.of().formatHex(secret);
        ServerSocket line;
        synchronized (this) {
            try {
                if (closed) {
                    return;
                }
                line = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                server = line;
                PrivateFiles.write(dataDir.resolve(CALL_FILE),
                        (line.getLocalPort() + " " + token).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return; // no call line: a second start simply ends, and this window stays as it is
            }
        }
        while (!line.isClosed()) {
            try (Socket call = line.accept()) {
                call.setSoTimeout(CONNECT_TIMEOUT_MS);
                String said = new BufferedReader(new InputStreamReader(call.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                if (token.equals(said)) {
                    forward.run();
                }
            } catch (IOException e) {
                // a call that broke off, or the server closed as the desk ends: nothing to do
            }
        }
    }

    private static void callForward(Path dataDir) {
        try {
            String[] call = Files.readString(dataDir.resolve(CALL_FILE)).strip().split(" ");
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                        Integer.parseInt(call[0])), CONNECT_TIMEOUT_MS);
                OutputStream out = socket.getOutputStream();
                out.write((call[1] + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the open desk is still starting (no call file yet) or cannot be reached: its window shows anyway
        }
    }

    /** Lets the next start open. The app never calls it: it holds on until its JVM ends, its last writes done. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            if (server != null) {
                server.close();
            }
        }
        channel.close(); // releases the lock
    }
}
