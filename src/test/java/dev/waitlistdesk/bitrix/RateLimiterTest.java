package dev.waitlistdesk.bitrix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aBurstOfFiftyPassesThenTwoASecond() throws InterruptedException {
        FakeTime time = new FakeTime(0);
        RateLimiter limiter = new RateLimiter(RateLimiter.Plan.STANDARD, time, time);

        for (int i = 0; i < 50; i++) {
            limiter.acquire();
        }
        assertEquals(List.of(), time.sleeps());

        limiter.acquire();
        limiter.acquire();
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500)), time.sleeps());
    }

    @Test
    void theBucketDrainsWhileIdle() throws InterruptedException {
        FakeTime time = new FakeTime(0);
        RateLimiter limiter = new RateLimiter(RateLimiter.Plan.STANDARD, time, time);
        for (int i = 0; i < 50; i++) {
            limiter.acquire();
        }

        time.advance(Duration.ofSeconds(10)); // 20 slots drained
        for (int i = 0; i < 20; i++) {
            limiter.acquire();
        }

        assertEquals(List.of(), time.sleeps());
    }

    @Test
    void enterprisePlanAllows250ThenFiveASecond() throws InterruptedException {
        FakeTime time = new FakeTime(0);
        RateLimiter limiter = new RateLimiter(RateLimiter.Plan.ENTERPRISE, time, time);

        for (int i = 0; i < 251; i++) {
            limiter.acquire();
        }

        assertEquals(List.of(Duration.ofMillis(200)), time.sleeps());
    }
}
