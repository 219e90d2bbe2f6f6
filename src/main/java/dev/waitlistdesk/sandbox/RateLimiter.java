package dev.waitlistdesk.sandbox;

/**
 * The documented leaky bucket: each request adds one; the bucket drains at a fixed rate; a request
 * that finds it full is refused (and, our reading, does not add to it).
 */
final class RateLimiter {

    private final SandboxConfig.RateLimit limit;
    private double level;
    private long lastNanos = System.nanoTime();

    RateLimiter(SandboxConfig.RateLimit limit) {
        this.limit = limit;
    }

    synchronized boolean tryAcquire() {
        if (!limit.enabled()) {
            return true;
        }
        long now = System.nanoTime();
        level = Math.max(0, level - (now - lastNanos) / 1e9 * limit.drainPerSecond());
        lastNanos = now;
        if (level + 1 > limit.burst()) {
            return false;
        }
        level += 1;
        return true;
    }
}
