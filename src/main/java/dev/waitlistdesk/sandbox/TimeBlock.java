package dev.waitlistdesk.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The {@code time} block of an answer, measured from when the request arrived. */
final class TimeBlock {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private TimeBlock() {
    }

    static ObjectNode since(long startNanos, Instant startInstant) {
        double duration = (System.nanoTime() - startNanos) / 1e9;
        double start = startInstant.getEpochSecond() + startInstant.getNano() / 1e9;
        double finish = start + duration;
        ObjectNode time = JsonNodeFactory.instance.objectNode();
        time.put("start", micros(start));
        time.put("finish", micros(finish));
        time.put("duration", micros(duration));
        time.put("processing", micros(duration));
        time.put("date_start", format(startInstant));
        time.put("date_finish", format(startInstant.plusNanos((long) (duration * 1e9))));
        time.put("operating", 0);
        return time;
    }

    /** As the docs show them: plain decimals, 1757424671.509725, not 1.757424671509725E9. */
    private static BigDecimal micros(double seconds) {
        return BigDecimal.valueOf(seconds).setScale(6, RoundingMode.HALF_UP);
    }

    private static String format(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneId.systemDefault()).format(ISO);
    }
}
