package io.github.masthead.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text normalization shared by the rules and the reports. Stateless, so thread-safe. */
public final class Texts {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

    private Texts() {
    }

    /**
     * The text without the noncharacters U+FFFE and U+FFFF, which are never text and which jsoup's reader takes
     * for the end of its input: everything after one would be lost. Every HTML the cleaner parses goes through here.
     */
    public static String parseable(String html) {
        return html.indexOf('\uFFFF') < 0 && html.indexOf('\uFFFE') < 0 ? html
                : html.replace("\uFFFF", "").replace("\uFFFE", "");
    }

    /**
     * Text as rules compare it: no-break and ideographic spaces as plain spaces, zero-width spaces gone,
     * runs of white space collapsed to one space, trimmed.
     */
    public static String normalize(String text) {
        return isNormal(text) ? text : rewrite(text);
    }

    /** Whether {@link #normalize} would give {@code text} back as it is: the common case, told without copying. */
    private static boolean isNormal(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? i == 0 || i == last || text.charAt(i + 1) == ' ' : isSpace(c) || isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    private static String rewrite(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else if (!isInvisible(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code text} holds anything but white space and invisible characters. */
    public static boolean hasVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c) && !isInvisible(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        // no character above the ideographic space is white space: CJK text is told apart without a table lookup
        return c <= '\u3000' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\uFEFF';
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
