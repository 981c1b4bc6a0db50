package io.github.masthead.clean.media;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The candidates of a {@code srcset} attribute ({@code url descriptor, url descriptor}), read as the HTML
 * standard reads them: URLs may hold commas, a candidate ends at a comma after white space or at a URL's
 * trailing comma. Stateless and thread-safe.
 */
public final class Srcset {

    /** One image candidate: its URL and its descriptor ({@code 640w}, {@code 2x}, or empty). */
    public record Candidate(String url, String descriptor) {
        @Override
        public String toString() {
            return descriptor.isEmpty() ? url : url + " " + descriptor;
        }
    }

    private Srcset() {
    }

    /** The candidates of {@code value}, in order. */
    public static List<Candidate> parse(String value) {
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(value.charAt(i))) {
                i++;
            }
            String url = value.substring(start, i);
            boolean ended = false;
            while (url.endsWith(",")) {
                url = url.substring(0, url.length() - 1);
                ended = true;
            }
            String descriptor = "";
            if (!ended) {
                int d = i;
                while (i < n && value.charAt(i) != ',') {
                    i++;
                }
                descriptor = value.substring(d, i).strip();
            }
            if (!url.isEmpty()) {
                out.add(new Candidate(url, descriptor));
            }
        }
        return out;
    }

    /** {@code value} with each candidate's URL replaced by {@code map}; a candidate mapped to empty is dropped. */
    public static String map(String value, UnaryOperator<String> map) {
        List<String> parts = new ArrayList<>();
        for (Candidate c : parse(value)) {
            String url = map.apply(c.url());
            if (url != null && !url.isEmpty()) {
                parts.add(new Candidate(url, c.descriptor()).toString());
            }
        }
        return String.join(", ", parts);
    }
}
