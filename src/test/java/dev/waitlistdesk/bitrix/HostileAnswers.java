package dev.waitlistdesk.bitrix;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;

/**
 * Answers a hostile or broken portal (or a network in between) could send, built from a kind and a
 * seed: each try of the property suite is reproducible from the two.
 */
final class HostileAnswers {

    /** What goes wrong. */
    enum Kind {
        VALID, TRUNCATED, GARBAGE, WRONG_TYPES, HUGE_NUMBERS, NULL_OR_SCALAR_RESULT, DEEP_NESTING,
        INVALID_UTF8, ODD_BATCH_ERRORS, ODD_ERROR_ENVELOPE, ECHOED_SECRET, HTML_PAGE, ODD_STATUS,
        DROPPED_CONNECTION, CUT_BODY, STALL, REDIRECT_ELSEWHERE, REDIRECT_LOOP, BROKEN_REDIRECT,
        GZIP_BOMB, BROKEN_GZIP
    }

    /** 2 MiB of zeros, gzipped: 2 KiB on the wire, beyond the suite's 1 MiB answer limit once inflated. */
    private static final byte[] BOMB = AnswerLimitsTest.gzipOfZeros(2 << 20);
    private static final String[] VALID = {
        "{\"result\":{\"waitList\":[{\"id\":1,\"note\":\"a\"},{\"id\":2,\"note\":null}]},\"time\":{\"operating\":0.1}}",
        "{\"result\":{\"waitListClient\":[{\"id\":5,\"type\":{\"module\":\"crm\",\"code\":\"CONTACT\"}}]}}",
        "{\"result\":{\"items\":[{\"id\":7,\"name\":\"Anna\"}]},\"total\":0}",
        "{\"result\":{\"result\":{\"a\":{\"clientType\":[]},\"b\":{\"items\":[]}},\"result_error\":[],"
                + "\"result_total\":[],\"result_next\":[],\"result_time\":[]}}",
        "{\"result\":{\"id\":107}}", "{\"result\":true}", "{\"result\":[\"booking\",\"crm\"]}",
    };

    private HostileAnswers() {
    }

    static MockResponse make(Kind kind, long seed, String elsewhere, String sameOrigin) {
        Random random = new Random(seed);
        String valid = VALID[random.nextInt(VALID.length)];
        return switch (kind) {
            case VALID -> json(200, valid);
            case TRUNCATED -> json(200, valid.substring(0, random.nextInt(valid.length())));
            case GARBAGE -> bytes(200 + 300 * random.nextInt(2), randomBytes(random, random.nextInt(300)));
            case WRONG_TYPES -> json(200, valid.replaceFirst(":\\[[^\\]]*\\]|:\\{\"id\":\\d+\\}|:\\d+|:true|:\"[^\"]*\"",
                    ":" + randomJson(random, 3)));
            case HUGE_NUMBERS -> json(200, valid.replaceAll("\\d+", pick(random, "1e400", "-1",
                    "123456789012345678901234567890", "9223372036854775808", "0.000001", "-0", "1" + "0".repeat(900))));
            case NULL_OR_SCALAR_RESULT -> json(200, "{\"result\":" + pick(random, "null", "0", "\"\"", "\"x\"", "[]",
                    "{}", "false", "-5", "[null]", "[[]]") + "}");
            case DEEP_NESTING -> json(200, "{\"result\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
            case INVALID_UTF8 -> bytes(200, concat("{\"result\":{\"waitList\":[{\"id\":1,\"note\":\"".getBytes(
                    StandardCharsets.US_ASCII), randomBytes(random, 8), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF},
                    "\"}]}}".getBytes(StandardCharsets.US_ASCII)));
            case ODD_BATCH_ERRORS -> json(200, "{\"result\":{\"result\":" + pick(random, "[]", "{}", "null", "7",
                    "{\"a\":null}") + ",\"result_error\":" + pick(random, "\"x\"", "[1,2]", "{\"a\":5}",
                    "{\"a\":{\"error\":{\"code\":[]}}}", "{\"b\":{\"error\":null,\"error_description\":{}}}", "null",
                    "{\"a\":{\"error\":\"NO_AUTH_FOUND\"},\"zz\":{}}") + ",\"result_total\":" + pick(random, "{\"a\":\"x\"}",
                    "[]", "{\"a\":1e99}") + "}}");
            case ODD_ERROR_ENVELOPE -> json(status(random, 200, 400, 401, 403, 404, 429, 500, 503), "{\"error\":"
                    + pick(random, "[]", "{}", "1e20", "null", "true", "\"\"", "{\"code\":{\"x\":1}}", "\"QUERY_LIMIT_EXCEEDED\"",
                    "\"expired_token\"", "\"OPERATION_TIME_LIMIT\"") + ",\"error_description\":" + randomJson(random, 2) + "}");
            case ECHOED_SECRET -> json(status(random, 400, 401, 500), "{\"error\":\"" + TestPortal.CODE
                    + "\",\"error_description\":\"bad hook /rest/7/" + TestPortal.CODE + "/x?auth=" + TestPortal.CODE + "\"}");
            case HTML_PAGE -> new MockResponse.Builder().code(status(random, 200, 403, 502, 504))
                    .setHeader("Content-Type", "text/html").body("<html><title>Gateway " + TestPortal.CODE
                            + "</title>" + "x".repeat(random.nextInt(500)) + "</html>").build();
            case ODD_STATUS -> json(status(random, 204, 205, 304, 418, 451, 599), valid);
            case DROPPED_CONNECTION -> new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket()).build();
            case CUT_BODY -> new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body(valid).onResponseBody(new SocketEffect.CloseSocket()).build();
            case STALL -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
            case REDIRECT_ELSEWHERE -> redirect(status(random, 301, 302, 307, 308), elsewhere);
            case REDIRECT_LOOP -> redirect(307, sameOrigin);
            case BROKEN_REDIRECT -> redirect(302, pick(random, "", "http://", "::::", "ftp://x/", "//[::1"));
            case GZIP_BOMB -> new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .setHeader("Content-Encoding", "gzip").body(new Buffer().write(BOMB)).build();
            case BROKEN_GZIP -> new MockResponse.Builder().code(200).setHeader("Content-Encoding", "gzip")
                    .body(new Buffer().write(randomBytes(random, 50))).build();
        };
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse bytes(int status, byte[] body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(new Buffer().write(body)).build();
    }

    private static MockResponse redirect(int status, String location) {
        return new MockResponse.Builder().code(status).setHeader("Location", location).build();
    }

    /** A random JSON value of any type, nested up to {@code depth}. */
    static String randomJson(Random random, int depth) {
        int choice = random.nextInt(depth <= 0 ? 6 : 8);
        return switch (choice) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextBoolean());
            case 2 -> String.valueOf(random.nextLong());
            case 3 -> String.valueOf(random.nextDouble() * 1e300);
            case 4 -> "\"" + pick(random, "", "abc", "1040", "<b>", "\\u0000", "\\ud800", "\\\"") + "\"";
            case 5 -> "\"" + "x".repeat(random.nextInt(100)) + "\"";
            case 6 -> "[" + randomJson(random, depth - 1) + "," + randomJson(random, depth - 1) + "]";
            default -> "{\"id\":" + randomJson(random, depth - 1) + ",\"items\":" + randomJson(random, depth - 1) + "}";
        };
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static int status(Random random, int... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        Buffer buffer = new Buffer();
        for (byte[] part : parts) {
            buffer.write(part);
        }
        return buffer.readByteArray();
    }
}
