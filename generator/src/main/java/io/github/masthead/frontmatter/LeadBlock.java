package io.github.masthead.frontmatter;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lead of a mirrored post, as feed mirrors write it before the article: an optional
 * {@code <!--1677032225000-->} epoch-millisecond comment, then the headline as a Markdown link underlined
 * with dashes:
 * <pre>
 * &lt;!--1677032225000--&gt;
 * [Headline](https://example.com/story)
 * ------
 * </pre>
 *
 * @param timestamp the instant in the comment, if there was one
 * @param title     the headline text, if there was a headline
 * @param link      the headline's URL, if there was a headline
 * @param titleEnd  the offset in the body just after the headline's underline (0 without a headline)
 */
public record LeadBlock(Optional<Instant> timestamp, Optional<String> title, Optional<String> link, int titleEnd) {

    private static final Pattern COMMENT = Pattern.compile("\\A\\s*<!--\\s*(\\d{10,13})\\s*-->[ \\t]*\\n?");
    private static final Pattern HEADLINE = Pattern.compile(
            "\\A\\s*\\[(.+)\\]\\(\\s*<?([^\\s<>]+(?: [^\\s<>]+)*?)>?\\s*\\)[ \\t]*\\n-{3,}[ \\t]*(?:\\n|\\z)");
    private static final Pattern ISO_INSTANT = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?Z)\\b");
    private static final int ISO_SEARCH_LIMIT = 4096;

    /** Reads the lead of {@code body}; every part is optional. */
    public static LeadBlock read(String body) {
        Optional<Instant> timestamp = Optional.empty();
        int offset = 0;
        Matcher comment = COMMENT.matcher(body);
        if (comment.lookingAt()) {
            String digits = comment.group(1);
            long value = Long.parseLong(digits);
            timestamp = Optional.of(digits.length() == 13 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value));
            offset = comment.end();
        }
        Matcher headline = HEADLINE.matcher(body).region(offset, body.length());
        headline.useTransparentBounds(false).useAnchoringBounds(true);
        if (headline.lookingAt()) {
            return new LeadBlock(timestamp, Optional.of(headline.group(1).trim()),
                    Optional.of(headline.group(2)), headline.end());
        }
        return new LeadBlock(timestamp, Optional.empty(), Optional.empty(), 0);
    }

    /** The first ISO-8601 UTC timestamp near the top of {@code body}, as DW's bodies carry one. */
    public static Optional<Instant> firstIsoInstant(String body) {
        Matcher m = ISO_INSTANT.matcher(body.length() > ISO_SEARCH_LIMIT ? body.substring(0, ISO_SEARCH_LIMIT) : body);
        if (m.find()) {
            try {
                return Optional.of(Instant.parse(m.group(1)));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The body without the timestamp comment and headline block, when there was a headline. */
    public String stripFrom(String body) {
        return title.isPresent() ? body.substring(titleEnd) : body;
    }
}
