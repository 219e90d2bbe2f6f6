package dev.waitlistdesk.bitrix;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waitlistdesk.bitrix.RestException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one HTTP answer into a {@link RestResponse} or the matching {@link RestException}. Bodies that
 * are not Bitrix24 JSON (an HTML error page, a truncated body) become UNREADABLE_RESPONSE with the
 * HTTP status, never a parser stack trace.
 */
final class ResponseReader {

    /** The top-level fields of an answer that anything reads; the rest is skipped unread. */
    private static final Set<String> TOP_LEVEL = Set.of("result", "error", "error_description", "total", "next", "time");
    /** Reads one value in the middle of an answer (the mapper itself would refuse what follows it). */
    private static final ObjectReader TREE = Json.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern TITLE = Pattern.compile("<title>([^<]{1,120})</title>", Pattern.CASE_INSENSITIVE);

    private final UnaryOperator<String> redactor;

    ResponseReader(UnaryOperator<String> redactor) {
        this.redactor = redactor;
    }

    RestResponse read(String method, int status, String contentType, byte[] body) {
        Map<String, JsonNode> root = parse(method.equals("batch"), body);
        if (root == null) {
            throw unreadable(method, status, contentType, body);
        }
        JsonNode error = root.get("error");
        if (error != null && !error.isNull()) {
            throw failure(method, "", status, error, root.get("error_description"));
        }
        if (status == 200 && root.containsKey("result")) {
            return new RestResponse(root.get("result"), integer(root.get("total")), integer(root.get("next")),
                    ResponseTime.of(root.get("time")));
        }
        if (status >= 500) {
            throw new RestException(Kind.SERVER, method, status, "",
                    "The portal reported a server error without details.", null);
        }
        throw new RestException(Kind.UNREADABLE_RESPONSE, method, status, "",
                "The portal's answer has neither a result nor an error.", null);
    }

    /** An error object ({@code error} + {@code error_description}) as the one exception type. */
    RestException failure(String method, String command, int status, JsonNode error, JsonNode description) {
        String code;
        String text = description == null || description.isNull() ? "" : description.asText();
        if (error.isObject()) { // REST 3.0 style: {"error": {"code": ..., "message": ...}}
            code = error.path("code").asText("");
            text = text.isEmpty() ? error.path("message").asText("") : text;
        } else {
            code = error.asText(); // 1040 and "1040" alike
        }
        return new RestException(ErrorKinds.classify(status, code), method, command, status,
                redactor.apply(code), redactor.apply(text), null);
    }

    private RestException unreadable(String method, int status, String contentType, byte[] body) {
        String what;
        if (body.length == 0) {
            what = "an empty answer";
        } else if (looksLikeHtml(contentType, body)) {
            Matcher title = TITLE.matcher(new String(body, StandardCharsets.UTF_8));
            what = title.find() ? "a web page (\"" + title.group(1).strip() + "\")" : "a web page";
        } else if (body[0] == '{' || body[0] == '[') {
            what = "incomplete JSON (" + body.length + " bytes, cut off or malformed)";
        } else {
            what = "an answer that is not JSON" + (contentType == null ? "" : " (" + contentType + ")");
        }
        return new RestException(Kind.UNREADABLE_RESPONSE, method, status, "",
                redactor.apply("The portal sent " + what + " instead of Bitrix24 data."), null);
    }

    private static boolean looksLikeHtml(String contentType, byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).stripLeading();
        return (contentType != null && contentType.contains("html")) || start.startsWith("<");
    }

    /**
     * The answer's top-level fields, streamed: a tree only for the fields read, and in a batch's result
     * none for {@code result_time}, the timings of each command that nothing reads (in a batch of 50
     * small answers most of the bytes). Null when the body is not one JSON object.
     */
    private static Map<String, JsonNode> parse(boolean batch, byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try (JsonParser parser = Json.mapper().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            Map<String, JsonNode> fields = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (batch && name.equals("result") && value == JsonToken.START_OBJECT) {
                    fields.put(name, batchSections(parser));
                } else if (TOP_LEVEL.contains(name)) {
                    fields.put(name, TREE.readTree(parser));
                } else {
                    parser.skipChildren();
                }
            }
            return parser.nextToken() == null ? fields : null; // anything after the object: not one answer
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** A batch's result object, its sections as trees, without the commands' timings. */
    private static JsonNode batchSections(JsonParser parser) throws java.io.IOException {
        ObjectNode sections = Json.mapper().createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("result_time")) {
                parser.skipChildren();
            } else {
                sections.set(name, TREE.readTree(parser));
            }
        }
        return sections;
    }

    static Integer integer(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.canConvertToInt()) {
            return node.intValue();
        }
        try {
            return Integer.parseInt(node.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
