package io.github.masthead.build;

import io.github.masthead.Problem;
import io.github.masthead.config.FrontMatterDefaults;
import io.github.masthead.config.Settings;
import io.github.masthead.content.Permalinks;
import io.github.masthead.content.Post;
import io.github.masthead.content.UrlPaths;
import io.github.masthead.frontmatter.DateParser;
import io.github.masthead.frontmatter.FrontMatter;
import io.github.masthead.frontmatter.FrontMatterParser;
import io.github.masthead.frontmatter.LeadBlock;
import io.github.masthead.frontmatter.SafeYaml;
import io.github.masthead.frontmatter.SourceText;
import io.github.masthead.markdown.MarkdownRenderer;
import io.github.masthead.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one post or draft file into a {@link Post}, as Jekyll 4.3 would: the date and slug from the file name,
 * front matter over defaults, folder categories, permalinks. A post without front matter is accepted with a
 * warning, its title, source link and date inferred from its lead. Thread-safe.
 */
final class PostReader {

    private static final Pattern DATED_NAME = Pattern.compile("^(?:.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^./]+)$");
    private static final Pattern UNDATED_NAME = Pattern.compile("^(?:.+/)*(.*)(\\.[^./]+)$");
    private static final Pattern WEB_LINK = Pattern.compile("https?://[^\\s\"'<>]", Pattern.CASE_INSENSITIVE);
    /** The largest post file read, in bytes. */
    static final long MAX_FILE_BYTES = 8L << 20;

    /** Why a post dated after the build's start is left out, unless the site sets {@code future}. */
    static final String FUTURE = "dated in the future";

    private final Settings settings;
    private final DateParser dates;
    private final Permalinks permalinks;
    private final MarkdownRenderer markdown;
    private final FrontMatterParser parser = new FrontMatterParser();
    private final Instant now;

    PostReader(Settings settings, Permalinks permalinks, MarkdownRenderer markdown, Instant now) {
        this.settings = settings;
        this.dates = new DateParser(settings.timezone());
        this.permalinks = permalinks;
        this.markdown = markdown;
        this.now = now;
    }

    /** Whether a file under {@code _posts/} has a name Jekyll reads as a post. */
    static boolean isPostName(String relativePath) {
        return DATED_NAME.matcher(relativePath).region(relativePath.lastIndexOf('/') + 1, relativePath.length())
                .matches();
    }

    ReadResult read(SourceFile file) {
        String rel = file.relativePath();
        List<Problem> warnings = new ArrayList<>();
        try {
            String raw = SourceFiles.readText(file.path(), MAX_FILE_BYTES);
            if (raw.isBlank()) {
                return ReadResult.failed(Problem.error(rel, 0, "the file is empty"), warnings);
            }
            return toPost(file, parser.parse(rel, raw), warnings);
        } catch (SafeYaml.YamlProblem e) {
            return ReadResult.failed(Problem.error(rel, e.line(), e.getMessage()), warnings);
        } catch (SourceFiles.Unreadable e) {
            return ReadResult.failed(Problem.error(rel, e.line(), e.getMessage()), warnings);
        } catch (InvalidPost e) {
            return ReadResult.failed(Problem.error(rel, e.line, e.getMessage()), warnings);
        } catch (IllegalArgumentException e) {
            return ReadResult.failed(Problem.error(rel, 0, e.getMessage()), warnings);
        } catch (RuntimeException e) {
            // A fault in a library on one odd file must not cost the rest of the site; it is reported, not hidden.
            return ReadResult.failed(Problem.error(rel, 0, "could not be read (" + e + "); please report this file"),
                    warnings);
        }
    }

    private ReadResult toPost(SourceFile file, SourceText text, List<Problem> warnings) {
        String rel = file.relativePath();
        boolean draft = file.kind() == SourceFile.Kind.DRAFT;
        String below = belowCollection(rel);
        Matcher name = (draft ? UNDATED_NAME : DATED_NAME).matcher(below);
        if (!name.matches()) {
            throw new InvalidPost(0, "not a post file name: expected YYYY-MM-DD-title.ext");
        }
        String fileDate = draft ? null : name.group(1);
        String fileSlug = (draft ? name.group(1) : name.group(2)).replaceAll("\\.+$", "");
        String ext = draft ? name.group(2) : name.group(3);

        Map<String, Object> data = text.data();
        LeadBlock lead = LeadBlock.read(text.body());
        if (data == null) {
            warnings.add(Problem.warning(rel, 1, "no front matter: title, date and source link were inferred"
                    + " from the article's lead"));
            data = Map.of();
        }
        data = FrontMatterDefaults.apply(settings.defaults(), rel, file.defaultsType(), data);
        FrontMatter fm = FrontMatter.of(data, text);

        ZonedDateTime date = postDate(fm, text, lead, fileDate, file, draft);
        String slug = fm.slug() != null ? fm.slug() : fileSlug;
        String title = fm.titleValue().or(lead::title).orElse(titleize(slug));
        String sourceLink = fm.sourceLink() != null ? fm.sourceLink() : lead.link().orElse("");
        String image = fm.image() == null ? "" : fm.image().trim();
        if (!image.isEmpty() && !WEB_LINK.matcher(image).lookingAt() && !image.startsWith("/")) {
            warnings.add(Problem.warning(rel, fm.lineOf("image"), "the image is neither an http(s) URL nor a path "
                    + "on this site and is left out"));
            image = "";
        }
        if (!sourceLink.isEmpty() && !WEB_LINK.matcher(sourceLink).lookingAt()) {
            warnings.add(Problem.warning(rel, fm.lineOf(fm.params().containsKey("link") ? "link" : "from"),
                    "the source link is not an http(s) URL and is left out"));
            sourceLink = "";
        }
        List<String> categories = categories(file.dirCategories(), fm);

        String body = text.body();
        if (lead.title().isPresent() && lead.title().get().equals(title.trim())) {
            body = lead.stripFrom(body);
        }
        String outputExt = outputExtension(ext);
        String stem = below.substring(below.lastIndexOf('/') + 1, below.length() - ext.length());
        String pathStem = "/" + below.substring(0, below.length() - ext.length());
        String url = permalinks.postUrl(fm.permalink(), slug, stem, pathStem, categories, date, outputExt, "posts");
        String shortened = UrlPaths.shortenLongNames(url, outputExt);
        if (!shortened.equals(url)) {
            warnings.add(Problem.warning(rel, fm.lineOf("permalink"), "a name in the URL is longer than "
                    + UrlPaths.MAX_NAME_BYTES + " bytes, which file systems refuse; shortened to " + shortened));
            url = shortened;
        }
        String outputPath = UrlPaths.outputPath(url, outputExt);
        String unsafe = UrlPaths.unsafe(outputPath).orElse(null);
        if (unsafe != null) {
            throw new InvalidPost(fm.lineOf("permalink"), "cannot write this post to '"
                    + outputPath.replace('\0', '?') + "': " + unsafe + "; change its permalink or file name");
        }
        if (fm.title() == null && text.hasFrontMatter()) {
            warnings.add(Problem.warning(rel, 1, "no title in the front matter; using '" + title + "'"));
        }
        String html = MarkdownRenderer.isMarkdown(ext.substring(1)) ? markdown.render(body) : body;
        Post post = new Post(rel, slug, title, date, categories, fm.tags(), layoutOf(fm),
                Objects.requireNonNullElse(fm.author(), ""), sourceLink, url, outputPath,
                html, Objects.requireNonNullElse(fm.excerpt(), ""), image, draft,
                fm.params());

        if (Boolean.FALSE.equals(fm.published()) && !settings.unpublished()) {
            return ReadResult.skipped(post, "unpublished", warnings);
        }
        if (draft && !settings.showDrafts()) {
            return ReadResult.skipped(post, "draft", warnings);
        }
        if (!settings.future() && date.toInstant().getEpochSecond() > now.getEpochSecond()) {
            return ReadResult.skipped(post, FUTURE, warnings);
        }
        return ReadResult.built(post, warnings);
    }

    private static String layoutOf(FrontMatter fm) {
        if (fm.layout() != null) {
            return fm.layout();
        }
        return fm.hasLayoutKey() ? "none" : "post";
    }

    private ZonedDateTime postDate(FrontMatter fm, SourceText text, LeadBlock lead, String fileDate,
                                   SourceFile file, boolean draft) {
        if (fm.date() != null) {
            String value = fm.date();
            return dates.parse(value).orElseThrow(() -> new InvalidPost(fm.lineOf("date"),
                    "invalid date '" + value + "': write it as YYYY-MM-DD HH:MM:SS +/-TTTT"));
        }
        if (!text.hasFrontMatter()) {
            Optional<Instant> inferred = lead.timestamp().or(() -> LeadBlock.firstIsoInstant(text.body()));
            if (inferred.isPresent()) {
                return inferred.get().atZone(settings.timezone());
            }
        }
        if (fileDate != null) {
            return dates.startOfDay(fileNameDate(fileDate));
        }
        try {
            return Files.getLastModifiedTime(file.path()).toInstant().atZone(settings.timezone());
        } catch (IOException e) {
            throw new InvalidPost(0, "cannot read the file's date: " + e.getMessage());
        }
    }

    private static LocalDate fileNameDate(String text) {
        String[] parts = text.split("-");
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (java.time.DateTimeException e) {
            throw new InvalidPost(0, "impossible date '" + text + "' in the file name");
        }
    }

    /**
     * Jekyll's categories, quirks included: folder categories, then the front matter's {@code categories} as
     * written, then every category as text. A YAML number (2024) and its text ("2024") are two entries there.
     */
    static List<String> categories(List<String> fromFolders, FrontMatter fm) {
        List<Object> raw = new ArrayList<>(fromFolders);
        fm.categories().forEach(item -> addUnique(raw, item));
        List<Object> asText = new ArrayList<>();
        raw.forEach(item -> addUnique(asText, String.valueOf(item)));
        List<Object> extra = fm.category() != null ? FrontMatter.written(List.of(fm.category())) : fm.categories();
        extra.forEach(item -> addUnique(asText, String.valueOf(item)));
        asText.forEach(item -> addUnique(raw, item));
        return raw.stream().map(String::valueOf).toList();
    }

    private static void addUnique(List<Object> list, Object item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    private static String belowCollection(String rel) {
        int at = rel.indexOf("_posts/");
        if (at < 0) {
            at = rel.indexOf("_drafts/");
            return at < 0 ? rel : rel.substring(at + "_drafts/".length());
        }
        return rel.substring(at + "_posts/".length());
    }

    static String outputExtension(String ext) {
        String bare = ext.startsWith(".") ? ext.substring(1) : ext;
        if (MarkdownRenderer.isMarkdown(bare) || bare.equalsIgnoreCase("htm")) {
            return ".html";
        }
        return "." + bare;
    }

    private static String titleize(String slug) {
        StringBuilder out = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** A post that cannot be built, with the line at fault. */
    static final class InvalidPost extends RuntimeException {
        final int line;

        InvalidPost(int line, String message) {
            super(message);
            this.line = line;
        }
    }
}
