package io.github.masthead.render.output;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes template values as JSON with Gson's HTML-safe escaping: {@code <}, {@code >}, {@code &}, {@code =} and
 * {@code '} become {@code \u003c} and so on, so the text can stand inside an HTML {@code <script>} element
 * (JSON-LD) as well as in a JSON file. Maps become objects (their {@code null} values left out, so that a
 * template can drop an optional field by giving it {@code null}), lists and arrays become arrays, dates become
 * ISO 8601 text with their offset, and anything else its text. Keys of unordered maps are sorted. Thread-safe: Gson is immutable.
 */
final class Json {

    private static final Gson GSON = new Gson();

    private Json() {
    }

    /** {@code value} as JSON text. */
    static String write(Object value) {
        return GSON.toJson(tree(value));
    }

    private static JsonElement tree(Object value) {
        if (value == null) {
            return JsonNull.INSTANCE;
        }
        if (value instanceof Boolean b) {
            return new JsonPrimitive(b);
        }
        if (value instanceof Number n) {
            return new JsonPrimitive(n);
        }
        if (value instanceof ZonedDateTime date) {
            return new JsonPrimitive(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject object = new JsonObject();
            inOrder(map).forEach((k, v) -> {
                if (v != null) {
                    object.add(String.valueOf(k), tree(v));
                }
            });
            return object;
        }
        if (value instanceof Iterable<?> list) {
            JsonArray array = new JsonArray();
            list.forEach(v -> array.add(tree(v)));
            return array;
        }
        if (value instanceof Object[] list) {
            return tree(java.util.Arrays.asList(list));
        }
        return new JsonPrimitive(value.toString());
    }

    /**
     * A map in a stable order: as it is when it has one (YAML mappings), by key otherwise (Pebble's map
     * literals are hash maps), which also puts JSON-LD's {@code @context} and {@code @type} first.
     */
    private static Map<?, ?> inOrder(Map<?, ?> map) {
        if (map instanceof LinkedHashMap || map instanceof SortedMap) {
            return map;
        }
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        return sorted;
    }
}
