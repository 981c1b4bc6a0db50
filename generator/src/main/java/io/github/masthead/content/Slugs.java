package io.github.masthead.content;

import java.util.Locale;
import java.util.regex.Pattern;

/** Jekyll 4.3's {@code Utils.slugify}, for the modes URLs use. Unicode letters and digits are kept. */
public final class Slugs {

    private static final Pattern DEFAULT = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    private static final Pattern PRETTY = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$", Pattern.MULTILINE);

    private Slugs() {
    }

    /** The {@code default} mode: runs of anything but letters, marks and digits become one hyphen; lowercased. */
    public static String slugify(String text) {
        return slugify(text, DEFAULT, false);
    }

    /** The {@code pretty} mode with case kept, as Jekyll builds {@code :title}. */
    public static String prettyCased(String text) {
        return slugify(text, PRETTY, true);
    }

    private static String slugify(String text, Pattern pattern, boolean cased) {
        String slug = pattern.matcher(text).replaceAll("-");
        slug = EDGE_HYPHENS.matcher(slug).replaceAll("");
        return cased ? slug : slug.toLowerCase(Locale.ROOT);
    }
}
