package io.github.masthead.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text normalization shared by the rules and the reports. Stateless, so thread-safe. */
public final class Texts {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\uFEFF]");

    private Texts() {
    }

    /**
     * Text as rules compare it: no-break and ideographic spaces as plain spaces, zero-width spaces gone,
     * runs of white space collapsed to one space, trimmed.
     */
    public static String normalize(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }

    /** Text reduced for equality tests between headlines: NFKC, no white space at all, lower case. */
    public static String squeeze(String text) {
        String folded = Normalizer.normalize(normalize(text), Normalizer.Form.NFKC);
        return SPACES.matcher(folded).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    /** At most {@code max} characters of {@code text}, with an ellipsis when cut. */
    public static String abbreviate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
