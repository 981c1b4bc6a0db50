package io.github.masthead.clean;

import io.github.masthead.clean.media.Srcset;
import io.github.masthead.clean.media.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The last word on safety: a jsoup {@link Safelist} ({@code relaxed} plus figures, pictures, video and audio,
 * and frames). No script, no event handler, no {@code style}, no {@code javascript:} or {@code data:} URL, no
 * {@code base}, {@code meta}, {@code form}, {@code object} or {@code embed} get through; frames get through only
 * from https, and the cleaner's media step has already removed those not from an allowed video host. What it
 * drops is counted under {@code sanitizer}. Thread-safe.
 */
final class Sanitizer {

    /** A base URI under which relative URLs validate; relative URLs are then kept as they are. */
    private static final String PROBE_BASE = "https://masthead.invalid/";
    private static final Evaluator IMAGES = QueryParser.parse("img");
    private static final Evaluator SRCSETS = QueryParser.parse("[srcset]");

    private final Safelist safelist = Safelist.relaxed()
            .addTags("figure", "figcaption", "picture", "source", "time", "mark", "small", "hr", "section",
                    "address", "footer", "header", "aside", "s", "del", "ins", "abbr", "video", "audio", "iframe")
            .addAttributes("img", "loading", "referrerpolicy", "srcset", "sizes")
            .addAttributes("source", "srcset", "src", "media", "type", "sizes")
            .addAttributes("time", "datetime")
            .addAttributes("abbr", "title")
            .addAttributes("video", "src", "poster", "controls", "width", "height", "preload", "playsinline")
            .addAttributes("audio", "src", "controls", "preload")
            .addAttributes("iframe", "src", "width", "height", "title", "allowfullscreen", "loading")
            .addProtocols("source", "src", "http", "https")
            .addProtocols("video", "src", "http", "https")
            .addProtocols("video", "poster", "http", "https")
            .addProtocols("audio", "src", "http", "https")
            .addProtocols("iframe", "src", "https")
            .addEnforcedAttribute("iframe", "sandbox",
                    "allow-scripts allow-same-origin allow-presentation allow-popups")
            .addEnforcedAttribute("iframe", "referrerpolicy", "strict-origin-when-cross-origin")
            .preserveRelativeLinks(true);

    /** The sanitized copy of {@code dirty}; {@code dirty}'s base URI is changed in the process. */
    Document sanitize(Document dirty, Ledger ledger) {
        int elementsBefore = dirty.body().getAllElements().size();
        int attributesBefore = attributes(dirty.body());
        dirty.setBaseUri(PROBE_BASE);
        // parsed again from its own HTML, so that the tree is the one a browser (or a second cleaning) reads
        // from the output: markup the rules left out of HTML's nesting rules, such as <p> in <p>, is settled now
        Document safe = new Cleaner(safelist).clean(dirty);
        safe.outputSettings().prettyPrint(false);
        Document clean = Jsoup.parseBodyFragment(Texts.parseable(safe.body().html()));
        clean.outputSettings().prettyPrint(false);
        int droppedCandidates = checkSrcsets(clean.body());
        // an image whose only URL was unsafe is gone with it, as the media step drops images without a source
        clean.body().select(IMAGES).stream().filter(img -> img.attr("src").isBlank()).forEach(Element::remove);
        ledger.counted("sanitizer", elementsBefore - clean.body().getAllElements().size(), "elements dropped");
        ledger.counted("sanitizer", attributesBefore - attributes(clean.body()) + droppedCandidates,
                "attributes dropped");
        return clean;
    }

    /** Keeps only http(s) and relative candidates in {@code srcset}; returns how many were dropped. */
    private static int checkSrcsets(Element body) {
        int dropped = 0;
        for (Element el : body.select(SRCSETS)) {
            String before = el.attr("srcset");
            String after = Srcset.map(before, url -> Urls.isHttp(url) || !Urls.hasScheme(url.strip())
                    && !url.strip().startsWith("//") ? url : "");
            if (after.isEmpty()) {
                el.removeAttr("srcset");
                dropped++;
            } else if (Srcset.parse(after).size() < Srcset.parse(before).size()) {
                el.attr("srcset", after);
                dropped++;
            }
        }
        return dropped;
    }

    private static int attributes(Element root) {
        int n = 0;
        for (Element el : root.getAllElements()) {
            n += el.attributesSize();
        }
        return n;
    }
}
