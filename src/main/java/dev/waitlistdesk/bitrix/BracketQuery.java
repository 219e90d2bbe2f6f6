package dev.waitlistdesk.bitrix;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Parameters in PHP's bracket form, as batch {@code cmd} strings take them:
 * {@code clients[0][id]=1&clients[0][type][code]=CONTACT&select[]=id}. Keys and values are
 * URL-encoded once (so a filter key {@code %name} becomes {@code %25name}); brackets stay literal.
 */
public final class BracketQuery {

    private BracketQuery() {
    }

    public static String encode(Map<String, ?> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((key, value) -> add(pairs, encodePart(key), value));
        return String.join("&", pairs);
    }

    private static void add(List<String> pairs, String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> add(pairs, name + "[" + encodePart(String.valueOf(k)) + "]", v));
        } else if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                // Scalars as name[]=v (documented for select); objects need explicit indexes.
                add(pairs, name + (isScalar(item) ? "[]" : "[" + i + "]"), item);
                i++;
            }
        } else if (value instanceof Boolean b) {
            pairs.add(name + "=" + (b ? "1" : "0")); // PHP reads "0" as false, "N" as true
        } else {
            pairs.add(name + "=" + (value == null ? "" : encodePart(String.valueOf(value))));
        }
    }

    private static boolean isScalar(Object item) {
        return !(item instanceof Map<?, ?>) && !(item instanceof Collection<?>);
    }

    private static String encodePart(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
