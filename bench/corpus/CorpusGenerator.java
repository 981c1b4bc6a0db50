import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes a deterministic synthetic corpus of feed-mirrored news posts for the build benchmarks, as two
 * equivalent sites over the same posts:
 *
 * <pre>
 * OUT/site/   a Jekyll site (read by Masthead and by Jekyll): _config.yml, _posts/, _layouts/, _plugins/, index.html
 * OUT/hugo/   the same posts as a Hugo site: config.yaml, content/posts/, layouts/
 * OUT/corpus.txt   what was written: counts, sizes, the generator's version
 * </pre>
 *
 * <p>The posts are shaped like the mirrored archives Masthead is made for: {@code .html} and {@code .md}
 * bodies of 1 to 50 KB of pseudo-Chinese text (drawn from a fixed character table), images behind the
 * images.weserv.nl proxy, lazy-loaded {@code <picture>} and {@code img.lazyload} images, advertisement
 * sections, feedx.net and DW copyright footers, ten sources as categories, topic tags, and dates spread over
 * eight years. Front matter comes in the two forms found in real archives: {@code categories: aj} with a
 * {@code link}, and {@code categories: [ (臺)中央社CNA ]} with {@code author}, {@code from} and a lead block.
 *
 * <p>Every post depends only on (seed, index), so the same arguments give byte-identical files, and posts are
 * written in parallel. Usage (Java 17, no dependencies):
 *
 * <pre>java bench/corpus/CorpusGenerator.java OUT N SEED</pre>
 *
 * <p>All three tools are set up to do the same work: render every post in full, a home page paginated by 50,
 * paginated category and tag pages, and a feed of the 20 newest posts for the home page and for every
 * category and tag.
 */
public final class CorpusGenerator {

    /** Bumped whenever the output changes, so cached corpora are regenerated. */
    static final String VERSION = "1";
    static final int PER_PAGE = 50;
    static final int FEED_LIMIT = 20;
    static final int MIN_BYTES = 1_000;
    static final int MAX_BYTES = 50_000;
    static final long FIRST = LocalDateTime.of(2018, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    static final long LAST = LocalDateTime.of(2025, 10, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    static final ZoneOffset SITE_ZONE = ZoneOffset.ofHours(8);

    private final Path out;
    private final int count;
    private final long seed;
    private final List<String> topics;

    CorpusGenerator(Path out, int count, long seed) {
        this.out = out;
        this.count = count;
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed ^ 0x70_91C5L);
        List<String> words = new ArrayList<>();
        while (words.size() < 40) {
            String w = Text.word(r, 2, 4);
            if (!words.contains(w)) {
                words.add(w);
            }
        }
        this.topics = List.copyOf(words);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/corpus/CorpusGenerator.java OUT N SEED");
            System.exit(64);
        }
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        if (n < 1) {
            throw new IllegalArgumentException("N must be at least 1, was " + n);
        }
        if (Files.exists(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    System.err.println(out + " is not empty: give a new folder (the corpus is never written over)");
                    System.exit(65);
                }
            }
        }
        long started = System.nanoTime();
        String summary = new CorpusGenerator(out, n, seed).write();
        System.out.printf("%s%nwritten in %.1f s to %s%n", summary, (System.nanoTime() - started) / 1e9, out);
    }

    /** Writes both sites and returns the summary that also goes to corpus.txt. */
    String write() throws IOException {
        Path site = out.resolve("site");
        Path hugo = out.resolve("hugo");
        Files.createDirectories(site.resolve("_posts"));
        Files.createDirectories(hugo.resolve("content/posts"));
        Templates.writeJekyll(site, Source.ALL, count, seed);
        Templates.writeHugo(hugo, count, seed);

        int[] sizes = new int[count];
        int[] sources = new int[count];
        boolean[] markdown = new boolean[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            Post post = post(i);
            sizes[i] = Text.utf8Length(post.body());
            sources[i] = Arrays.asList(Source.ALL).indexOf(post.source());
            markdown[i] = post.markdown();
            try {
                Files.writeString(site.resolve("_posts").resolve(post.fileName()), post.jekyll(), StandardCharsets.UTF_8);
                Files.writeString(hugo.resolve("content/posts").resolve(post.fileName()), post.hugo(),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write post " + post.fileName(), e);
            }
        });
        String summary = summary(sizes, sources, markdown);
        Files.writeString(out.resolve("corpus.txt"), summary, StandardCharsets.UTF_8);
        return summary;
    }

    private String summary(int[] sizes, int[] sources, boolean[] markdown) {
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        long total = Arrays.stream(sizes).asLongStream().sum();
        long md = IntStream.range(0, count).filter(i -> markdown[i]).count();
        StringBuilder s = new StringBuilder();
        s.append("generator: CorpusGenerator ").append(VERSION).append('\n');
        s.append("posts: ").append(count).append('\n');
        s.append("seed: ").append(seed).append('\n');
        s.append("markdown: ").append(md).append("\nhtml: ").append(count - md).append('\n');
        s.append("body bytes: total ").append(total).append(", min ").append(sorted[0])
                .append(", median ").append(sorted[count / 2]).append(", max ").append(sorted[count - 1]).append('\n');
        for (int k = 0; k < Source.ALL.length; k++) {
            final int src = k;
            s.append("category ").append(Source.ALL[k].category()).append(": ")
                    .append(IntStream.of(sources).filter(x -> x == src).count()).append('\n');
        }
        return s.toString();
    }

    /** Post number {@code i}: a function of (seed, i) only. */
    Post post(int i) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 1);
        Source source = Source.pick(r);
        long epoch = FIRST + r.nextLong(LAST - FIRST);
        OffsetDateTime date = Instant.ofEpochSecond(epoch).atOffset(source.offset());
        String title = Text.title(r);
        int target = (int) Math.round(Math.exp(Math.log(MIN_BYTES)
                + r.nextDouble() * (Math.log(MAX_BYTES) - Math.log(MIN_BYTES))));
        Bodies bodies = new Bodies(r, date, title);
        String body = bodies.body(source, target);
        List<String> tags = new ArrayList<>();
        if (source.form() == Form.LEAD_BLOCK) {
            tags.add(source.category());
        } else if (r.nextInt(2) == 0) {
            int k = 1 + r.nextInt(3);
            while (tags.size() < k) {
                String t = topics.get(r.nextInt(topics.size()));
                if (!tags.contains(t)) {
                    tags.add(t);
                }
            }
        }
        String slug = (source.form() == Form.LEAD_BLOCK ? "" : source.code().toUpperCase(Locale.ROOT) + "-")
                + Text.slug(title) + "-" + i;
        String fileName = date.atZoneSameInstant(SITE_ZONE).toLocalDate() + "-" + slug
                + (source.form() == Form.FRONT_MATTER_HTML ? ".html" : ".md");
        return new Post(source, title, date, bodies.link(source), slug, fileName, tags, body);
    }

    /** How a post's file is written. */
    enum Form {
        /** {@code categories: aj}, a {@code link}, an HTML body. */
        FRONT_MATTER_HTML,
        /** The same front matter over a plain Markdown body. */
        FRONT_MATTER_MD,
        /** {@code categories: [ name ]}, {@code author}, {@code from}, a lead block and an HTML body in Markdown. */
        LEAD_BLOCK
    }

    /** A news source: its category, the form of its files and the style of its article HTML. */
    record Source(String code, String category, Form form, String style, int weight, ZoneOffset offset) {

        static final Source[] ALL = {
            new Source("aj", "aj", Form.FRONT_MATTER_HTML, "aj", 10, ZoneOffset.UTC),
            new Source("bbc", "bbc", Form.FRONT_MATTER_HTML, "bbc", 12, ZoneOffset.UTC),
            new Source("cna", "cna", Form.FRONT_MATTER_HTML, "cna", 12, ZoneOffset.UTC),
            new Source("kyodo", "kyodo", Form.FRONT_MATTER_HTML, "kyodo", 10, ZoneOffset.UTC),
            new Source("nyt", "nyt", Form.FRONT_MATTER_HTML, "nyt", 10, ZoneOffset.UTC),
            new Source("chosun", "chosun", Form.FRONT_MATTER_HTML, "chosun", 10, ZoneOffset.UTC),
            new Source("dw", "dw", Form.FRONT_MATTER_HTML, "dw", 10, ZoneOffset.UTC),
            new Source("rthk", "rthk", Form.FRONT_MATTER_MD, "rthk", 10, ZoneOffset.ofHours(8)),
            new Source("cna", "(臺)中央社CNA", Form.LEAD_BLOCK, "cna", 8, ZoneOffset.UTC),
            new Source("dw", "(德)德國之聲DW", Form.LEAD_BLOCK, "dw", 8, ZoneOffset.UTC),
        };

        static Source pick(SplittableRandom r) {
            int total = Arrays.stream(ALL).mapToInt(Source::weight).sum();
            int x = r.nextInt(total);
            for (Source s : ALL) {
                x -= s.weight();
                if (x < 0) {
                    return s;
                }
            }
            throw new IllegalStateException("weights");
        }
    }

    /** One generated post and its two renderings as files. */
    record Post(Source source, String title, OffsetDateTime date, String link, String slug, String fileName,
                List<String> tags, String body) {

        static final DateTimeFormatter JEKYLL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS xxx");

        boolean markdown() {
            return source.form() != Form.FRONT_MATTER_HTML;
        }

        /** The Jekyll file, front matter in the source's real form. */
        String jekyll() {
            StringBuilder s = new StringBuilder(body.length() + 400);
            s.append("---\nlayout: post\n");
            if (source.form() == Form.LEAD_BLOCK) {
                s.append("title: ").append(Text.quoted(title)).append('\n');
                s.append("date: ").append(date.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS"))).append("Z\n");
                s.append("author: ").append(source.category()).append('\n');
                s.append("from: ").append(link).append('\n');
                s.append("tags: [ ").append(source.category()).append(" ]\n");
                s.append("comments: True\n");
                s.append("categories: [ ").append(source.category()).append(" ]\n");
                s.append("---\n");
                s.append("<!--").append(date.toInstant().toEpochMilli()).append("-->\n");
                s.append('[').append(title).append("](").append(link).append(")\n------\n\n");
            } else {
                s.append("title: ").append(title.startsWith("“") ? Text.quoted(title) : title).append('\n');
                s.append("date: ").append(date.format(JEKYLL_DATE)).append('\n');
                s.append("link: ").append(link).append('\n');
                s.append("categories: ").append(source.category()).append('\n');
                if (!tags.isEmpty()) {
                    s.append("tags: [").append(String.join(", ", tags)).append("]\n");
                }
                s.append("---\n\n");
            }
            return s.append(body).toString();
        }

        /** The Hugo file: the same title, date, taxonomies and body, in Hugo's front matter. */
        String hugo() {
            StringBuilder s = new StringBuilder(body.length() + 400);
            s.append("---\n");
            s.append("title: ").append(Text.quoted(title)).append('\n');
            s.append("date: ").append(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
            s.append("slug: ").append(Text.quoted(slug)).append('\n');
            s.append("link: ").append(Text.quoted(link)).append('\n');
            s.append("categories: [").append(Text.quoted(source.category())).append("]\n");
            if (!tags.isEmpty()) {
                s.append("tags: [").append(String.join(", ", tags.stream().map(Text::quoted).toList())).append("]\n");
            }
            s.append("---\n");
            if (source.form() == Form.LEAD_BLOCK) {
                s.append("<!--").append(date.toInstant().toEpochMilli()).append("-->\n");
                s.append('[').append(title).append("](").append(link).append(")\n------\n\n");
            } else {
                s.append('\n');
            }
            return s.append(body).toString();
        }
    }

    /** Article bodies in each source's HTML style, grown paragraph by paragraph to a target size in bytes. */
    static final class Bodies {
        private final SplittableRandom r;
        private final OffsetDateTime date;
        private final String title;
        private final StringBuilder b = new StringBuilder();
        private int bytes;

        Bodies(SplittableRandom r, OffsetDateTime date, String title) {
            this.r = r;
            this.date = date;
            this.title = title;
        }

        private Bodies add(String s) {
            b.append(s);
            bytes += Text.utf8Length(s);
            return this;
        }

        private boolean full(int target) {
            return bytes >= target;
        }

        String link(Source s) {
            String d = date.toLocalDate().toString().replace("-", "");
            return switch (s.style()) {
                case "aj" -> "https://chinese.aljazeera.net/news/" + date.getYear() + "/" + date.getMonthValue() + "/"
                        + date.getDayOfMonth() + "/" + URLEncoder.encode(title, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                case "bbc" -> "https://www.bbc.com/zhongwen/articles/c" + Text.alnum(r, 11) + "/simp";
                case "cna" -> "https://www.cna.com.tw/news/aopl/" + d + String.format("%04d", r.nextInt(10000)) + ".aspx";
                case "kyodo" -> "https://china.kyodonews.net/news/" + date.getYear() + "/"
                        + String.format("%02d", date.getMonthValue()) + "/" + Text.hex(r, 12) + ".html";
                case "nyt" -> "https://cn.nytimes.com/world/" + d + "/" + Text.alnum(r, 8) + "-" + Text.alnum(r, 6) + "/";
                case "chosun" -> "https://cnnews.chosun.com/client/news/viw.asp?nNewsNumb=" + d.substring(0, 6)
                        + (10000 + r.nextInt(90000)) + "&cate=&mcate=";
                case "dw" -> "https://www.dw.com/zh/" + title + "/a-" + (60_000_000 + r.nextInt(20_000_000));
                case "rthk" -> "https://news.rthk.hk/rthk/ch/component/k2/" + (1_500_000 + r.nextInt(400_000)) + "-"
                        + d + ".htm";
                default -> throw new IllegalArgumentException(s.style());
            };
        }

        String body(Source s, int target) {
            if (s.form() == Form.LEAD_BLOCK) {
                add("<div>\n");
                if (s.style().equals("cna")) {
                    cnaPicture();
                    cna(target);
                } else {
                    dw(target, true);
                }
                add("<br><hr><div>获取更多RSS：<br><a href=\"https://feedx.net\" style=\"color:orange\" target=\"_blank\">"
                        + "https://feedx.net</a> <br><a href=\"https://feedx.best\" style=\"color:orange\" "
                        + "target=\"_blank\">https://feedx.best</a><br></div>\n</div>\n");
                return b.toString();
            }
            switch (s.style()) {
                case "aj" -> aj(target);
                case "bbc" -> bbc(target);
                case "cna" -> cna(target);
                case "kyodo" -> kyodo(target);
                case "nyt" -> nyt(target);
                case "chosun" -> chosun(target);
                case "dw" -> dw(target, false);
                case "rthk" -> rthk(target);
                default -> throw new IllegalArgumentException(s.style());
            }
            return b.toString();
        }

        private String p() {
            return Text.paragraph(r);
        }

        private String proxied(String hostAndPath) {
            return "https://images.weserv.nl/?url=" + hostAndPath;
        }

        private void aj(int target) {
            add("<div aria-live=\"polite\" aria-atomic=\"true\"><p>" + p() + "</p><p>" + p() + "</p>");
            int n = 3 + r.nextInt(3);
            add("<section><h2>" + Text.word(r, 4, 4) + "<!-- --> </h2><span>list of " + n + " items</span><ul>");
            for (int k = 1; k <= n; k++) {
                String t = Text.title(r);
                add("<li><span>list " + k + " of " + n + "</span><a href=\"https://chinese.aljazeera.net/news/"
                        + date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth() + "/"
                        + URLEncoder.encode(t, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT) + "\">" + t + "</a></li>");
            }
            add("</ul><span>end of list</span></section>");
            while (!full(target)) {
                int x = r.nextInt(10);
                if (x == 0) {
                    add("<figure><img loading=\"lazy\" src=\"https://chinese.aljazeera.net/wp-content/uploads/"
                            + date.getYear() + "/" + date.getMonthValue() + "/image-" + r.nextInt(40) + "-"
                            + (1_600_000_000 + r.nextInt(200_000_000)) + ".jpg?w=608&amp;resize=608%2C1080&amp;quality=80\""
                            + " alt=\"\" fetchpriority=\"low\"/><figcaption id=\"caption-attachment-" + r.nextInt(2_000_000)
                            + "\">" + Text.sentence(r) + "</figcaption></figure>");
                } else if (x == 1) {
                    add("<h3>" + Text.title(r) + "</h3>");
                }
                add("<p>" + p() + "</p>");
            }
            add("</div><div>来源: <!-- -->" + Text.word(r, 4, 5) + "＋通讯社</div>");
        }

        private void bbc(int target) {
            add("<main role=\"main\"><div></div><div><div><img src=\"" + proxied("ichef.bbci.co.uk/ace/ws/640/cpsprodpb/"
                    + Text.hex(r, 4) + "/live/" + Text.uuid(r) + ".jpg") + "\" alt=\"" + Text.sentence(r)
                    + "\" loading=\"eager\" width=\"3592\" height=\"2020\"/><p role=\"text\"><span>图像来源，</span><span>"
                    + (r.nextBoolean() ? "EPA" : "Getty Images") + "</span><br>" + Text.sentence(r) + "</br></p></div>"
                    + "<section role=\"region\" aria-labelledby=\"article-byline\"><strong id=\"article-byline\" "
                    + "aria-hidden=\"true\">Article Information</strong><ul><li><ul role=\"list\"><li><span role=\"text\">"
                    + "<span>Author, </span><span>" + Text.word(r, 3, 4) + "</span></span></li></ul></li><li><div><time "
                    + "dateTime=\"" + date.toLocalDate() + "\">" + Text.cjkDate(date) + "</time></div></li></ul></section>");
            int ad = 2;
            int paragraphs = 0;
            while (!full(target)) {
                add("<div><p>" + p() + "</p></div>");
                if (++paragraphs % 6 == 0) {
                    add("<section aria-label=\"广告 " + ad++ + "\" aria-hidden=\"true\" role=\"region\" "
                            + "data-e2e=\"advertisement\"><div id=\"dotcom-mpu\"></div></section>");
                }
                if (r.nextInt(12) == 0) {
                    add("<figure><div><img src=\"" + proxied("ichef.bbci.co.uk/ace/ws/640/cpsprodpb/" + Text.hex(r, 4)
                            + "/live/" + Text.uuid(r) + ".jpg") + "\" alt=\"" + Text.sentence(r) + "\" loading=\"lazy\" "
                            + "width=\"1024\" height=\"576\"/></div><figcaption>" + Text.sentence(r) + "</figcaption></figure>");
                }
            }
            add("</main>");
        }

        private void cnaPicture() {
            String day = date.toLocalDate().toString().replace("-", "");
            String file = (800 + r.nextInt(1200)) + "x" + (600 + r.nextInt(600)) + "_wmkn_" + (100_000_000_000L
                    + r.nextLong(900_000_000_000L)) + ".jpg";
            String small = "https://imgcdn.cna.com.tw/www/WebPhotos/800/" + day + "/" + file;
            String big = "https://imgcdn.cna.com.tw/www/WebPhotos/1024/" + day + "/" + file;
            String caption = Text.sentence(r) + "（" + Text.word(r, 3, 3) + "）";
            add("<div class='paragraph'><figure><picture style='--aspect-ratio:1200/800;'><source media='(max-width: 800px)' "
                    + "data-srcset='" + small + " 1x, " + big + " 2x'><source media='(min-width: 801px)' data-srcset='" + big
                    + "'><img class='lazyload' data-src='" + small + "' alt='" + caption + "'></picture>"
                    + "<figcaption class='picinfo'>" + caption + "</figcaption></figure></div>");
        }

        private void cna(int target) {
            add("<div></div><div><p>（" + Text.word(r, 3, 3) + Text.word(r, 2, 3) + date.getDayOfMonth() + "日綜合外電報導）"
                    + p() + "</p>");
            boolean news = false;
            while (!full(target)) {
                add("<p>" + p() + "</p>");
                if (!news && r.nextInt(3) == 0) {
                    news = true;
                    add("<div class='gmailNews'><div class='gmailNewsWrapper'><img width='78' height='64' "
                            + "src='https://imgcdn.cna.com.tw/www/website/img/google-news.png' alt='google news'><span>透過 "
                            + "Google News</span><a href='https://news.google.com/publications/CAAqBwgKMKD2uwswrZHTAw?hl=zh-TW"
                            + "&gl=TW&ceid=TW%3Azh-Hant'target='_blank'>追蹤中央社</a></div></div>");
                } else if (r.nextInt(8) == 0) {
                    cnaPicture();
                }
            }
            add("<p>（編譯：" + Text.word(r, 3, 3) + "）" + (date.getYear() - 1911) + String.format("%02d%02d",
                    date.getMonthValue(), date.getDayOfMonth()) + "</p></div>");
        }

        private void kyodo(int target) {
            add("<div>\n                    <p>【共同社" + Text.word(r, 2, 3) + date.getMonthValue() + "月" + date.getDayOfMonth()
                    + "日电】" + p() + "&ldquo;" + Text.sentence(r) + "&rdquo;</p>\n");
            while (!full(target)) {
                add("<p>" + p() + (r.nextInt(3) == 0 ? "&ldquo;" + Text.sentence(r) + "&rdquo;" : "") + "</p>\n");
            }
            add("<p>" + Text.sentence(r) + "（完）</p>\n            </div>\n");
        }

        private void nyt(int target) {
            String slug = Text.alnum(r, 6) + "-" + Text.alnum(r, 8);
            String day = String.format("%d/%02d/%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            add("<address>" + Text.latinName(r).toUpperCase(Locale.ROOT) + "</address><time pudate=\""
                    + date.toLocalDateTime().toString().replace('T', ' ') + "\" datetime=\""
                    + date.toLocalDateTime().toString().replace('T', ' ') + "\">" + Text.cjkDate(date) + "</time><figure><img src=\""
                    + proxied("static01.nyt.com/images/" + day + "/world/" + slug + "/" + slug + "-master1050.jpg")
                    + "\"><figcaption> <cite>" + Text.latinName(r) + "/The New York Times</cite></figcaption></figure><section>");
            while (!full(target)) {
                int x = r.nextInt(10);
                if (x == 0) {
                    add("<p><b>" + Text.word(r, 4, 6) + "</b><b></b></p>");
                } else if (x == 1) {
                    add("<p><img src=\"" + proxied("static01.nyt.com/images/" + day + "/multimedia/" + Text.alnum(r, 10)
                            + "/" + Text.alnum(r, 10) + "-master1050.jpg") + "\"><small style=\"color: #999;\">"
                            + Text.sentence(r) + "</small></p>");
                }
                add("<p>" + p() + "</p>");
            }
            String name = Text.latinName(r);
            add("</section><footer><p><a rel=\"nofollow\" target=\"_blank\" href=\"https://www.nytimes.com/by/"
                    + name.toLowerCase(Locale.ROOT).replace(' ', '-') + "\">" + name + "</a>" + Text.sentence(r)
                    + "</p><p>翻译：" + Text.word(r, 2, 2) + "</p><p><a rel=\"nofollow\" target=\"_blank\" "
                    + "href=\"https://www.nytimes.com/" + day + "/world/asia/" + slug + ".html\">点击查看本文英文版。</a></p></footer>");
        }

        private void chosun(int target) {
            add("<div>" + date.toLocalDate() + "&nbsp;" + String.format("%02d:%02d", date.getHour(), date.getMinute())
                    + "  &nbsp;</div><div id=\"articleBody\" itemprop=\"articleBody\">\n\t\t\t\t\t\t\t\n\t\t\t\t\t\t\t\t"
                    + "<div >\t\n\t\t\t\t\t\t\t\t\t<dl>\t\t\n\t\t\t\t\t\t\t\t\t\t<dt><img src=\""
                    + proxied("cnnews.chosun.com/up_fd/wc_news/" + date.getYear() + "-"
                    + String.format("%02d", date.getMonthValue()) + "/bimg_thumb/" + Text.alnum(r, 6) + ".jpg")
                    + "\"></dt>\n\t\t\t\t\t\t\t\t\t\t<dd>▲ " + Text.sentence(r) + "</dd>\n\t\t\t\t\t\t\t\t\t</dl>\n"
                    + "\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\n\n\t\t\t\t\t\t<!-- \n\t\t\t\t\t\t\t<audio id=\"player1\" controls "
                    + "src=\"/up_fd/wc_news/\" ></audio>\n\t\t\t\t\t\t-->\n\n\t\t\t\t\t\t\t\t");
            add(p());
            while (!full(target)) {
                add("<br /><br />" + p());
            }
            add("\n\t\t\t\t\t\t\t</div>");
        }

        private void dw(int target, boolean traditional) {
            add("<div><i>  " + Text.word(r, 2, 2) + "<br>" + date.toInstant() + "</i></div>");
            dwImage();
            add("<p>（" + (traditional ? "德國之聲中文網" : "德国之声中文网") + "）" + p() + "</p>");
            while (!full(target)) {
                int x = r.nextInt(10);
                if (x == 0) {
                    dwImage();
                } else if (x == 1) {
                    add("<p><strong>" + Text.word(r, 4, 8) + "</strong></p>");
                }
                if (r.nextInt(4) == 0) {
                    add("<p>" + Text.sentence(r) + "<a href=\"https://api.dw.com/api/detail/article/"
                            + (60_000_000 + r.nextInt(20_000_000)) + "\" rel=\"ArticleRef\">" + Text.sentence(r) + "</a>"
                            + p() + "</p>");
                } else {
                    add("<p>" + p() + "</p>");
                }
            }
            String notice = traditional ? "德國之聲版權聲明" : "德国之声版权声明";
            add("<p><em>© " + date.getYear() + "年" + notice + "：" + Text.sentence(r) + Text.sentence(r) + "</em></p>");
        }

        private void dwImage() {
            add("<img src=\"" + proxied("static.dw.com/image/" + (50_000_000 + r.nextInt(30_000_000)) + "_303.jpg")
                    + "\" width=\"100%\"><div><small style=\"color: #999;\">" + Text.sentence(r) + "</small></div>");
        }

        private void rthk(int target) {
            add(p());
            while (!full(target)) {
                add("\n\n" + p());
            }
            add("\n");
        }
    }

    /** Pseudo-Chinese text from a fixed character table. */
    static final class Text {
        /** Frequent Han characters; text is drawn from these, never copied from articles. */
        static final String HAN = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对"
                + "可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分"
                + "将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门"
                + "相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张"
                + "活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八"
                + "特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传"
                + "近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持"
                + "取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济"
                + "选议港台湾韩日俄乌朝美欧盟会谈判协约制裁贸易关税市场股票央行利率通胀经济增长就业选举总统首相议会法院警方调查报告官员"
                + "记者媒体社交平台网络安全军事演习导弹核能源石油天然气气候环境暴雨地震台风疫情医院疫苗教育学生大学研究科技芯片人工智能";
        static final String SEPARATORS = "，，，，、；：";

        static String word(SplittableRandom r, int min, int max) {
            int n = min + r.nextInt(max - min + 1);
            StringBuilder s = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                s.append(HAN.charAt(r.nextInt(HAN.length())));
            }
            return s.toString();
        }

        static String sentence(SplittableRandom r) {
            int n = 8 + r.nextInt(30);
            StringBuilder s = new StringBuilder(n + 8);
            int nextBreak = 5 + r.nextInt(12);
            for (int k = 0; k < n; k++) {
                if (k == nextBreak) {
                    s.append(SEPARATORS.charAt(r.nextInt(SEPARATORS.length())));
                    nextBreak += 5 + r.nextInt(12);
                }
                int x = r.nextInt(60);
                if (x == 0) {
                    s.append(1 + r.nextInt(2025));
                    s.append(r.nextBoolean() ? "年" : "名");
                } else if (x == 1) {
                    s.append('（').append(latinName(r)).append('）');
                } else if (x == 2) {
                    s.append('“').append(word(r, 2, 6)).append('”');
                } else {
                    s.append(HAN.charAt(r.nextInt(HAN.length())));
                }
            }
            return s.append('。').toString();
        }

        static String paragraph(SplittableRandom r) {
            int n = 2 + r.nextInt(4);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < n; k++) {
                s.append(sentence(r));
            }
            return s.toString();
        }

        static String title(SplittableRandom r) {
            String t = word(r, 4, 10) + (r.nextInt(3) == 0 ? "：" : r.nextInt(2) == 0 ? "　" : "") + word(r, 4, 12);
            return r.nextInt(10) == 0 ? "“" + word(r, 2, 4) + "”" + t : t;
        }

        static String latinName(SplittableRandom r) {
            return capital(alpha(r, 3 + r.nextInt(5))) + " " + capital(alpha(r, 4 + r.nextInt(6)));
        }

        private static String capital(String s) {
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        static String alpha(SplittableRandom r, int n) {
            StringBuilder s = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                s.append((char) ('a' + r.nextInt(26)));
            }
            return s.toString();
        }

        static String alnum(SplittableRandom r, int n) {
            String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
            StringBuilder s = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                s.append(chars.charAt(r.nextInt(chars.length())));
            }
            return s.toString();
        }

        static String hex(SplittableRandom r, int n) {
            StringBuilder s = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                s.append(Character.forDigit(r.nextInt(16), 16));
            }
            return s.toString();
        }

        static String uuid(SplittableRandom r) {
            return hex(r, 8) + "-" + hex(r, 4) + "-" + hex(r, 4) + "-" + hex(r, 4) + "-" + hex(r, 12);
        }

        static String cjkDate(OffsetDateTime d) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }

        /** Jekyll's file-name slug: letters and digits kept, every other run turned into one hyphen. */
        static String slug(String title) {
            StringBuilder s = new StringBuilder();
            boolean dash = false;
            for (int k = 0; k < title.length() && s.length() < 40; k++) {
                char c = title.charAt(k);
                if (Character.isLetterOrDigit(c)) {
                    s.append(Character.toLowerCase(c));
                    dash = false;
                } else if (!dash && s.length() > 0) {
                    s.append('-');
                    dash = true;
                }
            }
            while (s.length() > 0 && s.charAt(s.length() - 1) == '-') {
                s.setLength(s.length() - 1);
            }
            return s.toString();
        }

        static String quoted(String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }

        static int utf8Length(CharSequence s) {
            int n = 0;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c < 0x80) {
                    n += 1;
                } else if (c < 0x800) {
                    n += 2;
                } else if (Character.isHighSurrogate(c)) {
                    n += 4;
                    k++;
                } else {
                    n += 3;
                }
            }
            return n;
        }
    }

    /** The configuration and layouts of both sites, set up so both do the same work. */
    static final class Templates {

        static void writeJekyll(Path site, Source[] sources, int count, long seed) throws IOException {
            StringBuilder categories = new StringBuilder();
            for (Source s : sources) {
                categories.append("    - \"").append(s.category()).append("\"\n");
            }
            write(site.resolve("_config.yml"), """
                    # Synthetic benchmark corpus: %d posts, seed %d (bench/corpus/CorpusGenerator.java %s).
                    title: 基准新闻
                    description: 用于构建速度测试的合成新闻。
                    url: "https://bench.example.org"
                    baseurl: ""
                    lang: zh-Hans
                    timezone: Asia/Singapore
                    paginate: %d
                    paginate_path: /page:num/
                    plugins:
                      - jekyll-feed
                      - jekyll-paginate
                    feed:
                      posts_limit: %d
                      tags: true
                      categories:
                    %s""".formatted(count, seed, VERSION, PER_PAGE, FEED_LIMIT, categories));
            write(site.resolve("index.html"), """
                    ---
                    layout: home
                    title: 首页
                    ---
                    """);
            write(site.resolve("_layouts/default.html"), """
                    <!DOCTYPE html>
                    <html lang="{{ site.lang }}">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title | escape }}</title>
                    <link rel="alternate" type="application/atom+xml" href="{{ '/feed.xml' | relative_url }}">
                    </head>
                    <body>
                    <header><a href="{{ '/' | relative_url }}">{{ site.title | escape }}</a></header>
                    <main>
                    {{ content }}
                    </main>
                    </body>
                    </html>
                    """);
            write(site.resolve("_layouts/post.html"), """
                    ---
                    layout: default
                    ---
                    <article>
                    <h1>{{ page.title | escape }}</h1>
                    <time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: "%Y-%m-%d %H:%M" }}</time>
                    <p class="terms">{% for c in page.categories %}<a href="{{ c | slugify | prepend: '/categories/' | relative_url }}/">{{ c }}</a> {% endfor %}{% for t in page.tags %}<a href="{{ t | slugify | prepend: '/tags/' | relative_url }}/">{{ t }}</a> {% endfor %}</p>
                    {{ content }}
                    <nav>{% if page.previous %}<a rel="prev" href="{{ page.previous.url | relative_url }}">{{ page.previous.title | escape }}</a>{% endif %}
                    {% if page.next %}<a rel="next" href="{{ page.next.url | relative_url }}">{{ page.next.title | escape }}</a>{% endif %}</nav>
                    </article>
                    """);
            String item = """
                    <li><a href="{{ post.url | relative_url }}">{{ post.title | escape }}</a>
                    <time datetime="{{ post.date | date_to_xmlschema }}">{{ post.date | date: "%Y-%m-%d %H:%M" }}</time>
                    <p>{{ post.excerpt | strip_html | truncate: 160 }}</p></li>""";
            write(site.resolve("_layouts/home.html"), """
                    ---
                    layout: default
                    ---
                    <ol class="stories">
                    {% for post in paginator.posts %}
                    ITEM
                    {% endfor %}
                    </ol>
                    <nav class="pagination">{% if paginator.previous_page_path %}<a rel="prev" href="{{ paginator.previous_page_path | relative_url }}">&larr;</a>{% endif %}
                    <span>{{ paginator.page }} / {{ paginator.total_pages }}</span>
                    {% if paginator.next_page_path %}<a rel="next" href="{{ paginator.next_page_path | relative_url }}">&rarr;</a>{% endif %}</nav>
                    """.replace("ITEM", item));
            write(site.resolve("_layouts/list.html"), """
                    ---
                    layout: default
                    ---
                    <h1>{{ page.title | escape }}</h1>
                    <ol class="stories">
                    {% for post in page.term_posts %}
                    ITEM
                    {% endfor %}
                    </ol>
                    <nav class="pagination">{% if page.previous_path %}<a rel="prev" href="{{ page.previous_path | relative_url }}">&larr;</a>{% endif %}
                    <span>{{ page.page_number }} / {{ page.total_pages }}</span>
                    {% if page.next_path %}<a rel="next" href="{{ page.next_path | relative_url }}">&rarr;</a>{% endif %}</nav>
                    """.replace("ITEM", item));
            write(site.resolve("_plugins/term_pages.rb"), """
                    # Paginated category and tag pages, PAGINATE posts a page, newest first: the work Hugo does for
                    # its taxonomy term pages, which Jekyll's own plugins (jekyll-paginate) do not do.
                    module BenchTermPages
                      class Generator < Jekyll::Generator
                        safe true
                        priority :low

                        def generate(site)
                          per = (site.config['paginate'] || 50).to_i
                          { 'categories' => site.categories, 'tags' => site.tags }.each do |kind, terms|
                            terms.each do |term, posts|
                              slug = Jekyll::Utils.slugify(term.to_s)
                              slug = 'term' if slug.empty?
                              base = "/#{kind}/#{slug}/"
                              slices = posts.sort_by { |p| -p.date.to_f }.each_slice(per).to_a
                              slices.each_with_index do |slice, i|
                                dir = i.zero? ? base : "#{base}page/#{i + 1}/"
                                page = Jekyll::PageWithoutAFile.new(site, site.source, dir, 'index.html')
                                page.content = ''
                                page.data['layout'] = 'list'
                                page.data['title'] = term.to_s
                                page.data['term_posts'] = slice
                                page.data['page_number'] = i + 1
                                page.data['total_pages'] = slices.size
                                page.data['previous_path'] = i.zero? ? nil : (i == 1 ? base : "#{base}page/#{i}/")
                                page.data['next_path'] = i + 1 < slices.size ? "#{base}page/#{i + 2}/" : nil
                                site.pages << page
                              end
                            end
                          end
                        end
                      end
                    end
                    """);
        }

        static void writeHugo(Path hugo, int count, long seed) throws IOException {
            write(hugo.resolve("config.yaml"), """
                    # Synthetic benchmark corpus: %d posts, seed %d (bench/corpus/CorpusGenerator.java %s).
                    # The same work as the Jekyll site beside it: posts, home and term pages paginated by %d, feeds.
                    baseURL: https://bench.example.org/
                    title: 基准新闻
                    languageCode: zh-Hans
                    hasCJKLanguage: true
                    timeZone: Asia/Singapore
                    paginate: %d
                    rssLimit: %d
                    summaryLength: 70
                    disableKinds: [section, taxonomy, sitemap, robotsTXT, "404"]
                    ignoreErrors: [error-disable-taxonomy]
                    taxonomies:
                      category: categories
                      tag: tags
                    outputs:
                      home: [HTML, RSS]
                      term: [HTML, RSS]
                    permalinks:
                      posts: /:year/:month/:day/:slug/
                    markup:
                      goldmark:
                        renderer:
                          unsafe: true
                    """.formatted(count, seed, VERSION, PER_PAGE, PER_PAGE, FEED_LIMIT));
            write(hugo.resolve("layouts/_default/baseof.html"), """
                    <!DOCTYPE html>
                    <html lang="{{ .Site.LanguageCode }}">
                    <head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ .Site.Title }}</title>
                    <link rel="alternate" type="application/rss+xml" href="{{ "index.xml" | relURL }}">
                    </head>
                    <body>
                    <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
                    <main>
                    {{ block "main" . }}{{ end }}
                    </main>
                    </body>
                    </html>
                    """);
            write(hugo.resolve("layouts/_default/single.html"), """
                    {{ define "main" }}<article>
                    <h1>{{ .Title }}</h1>
                    <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2006-01-02 15:04" }}</time>
                    <p class="terms">{{ range .GetTerms "categories" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
                    {{ .Content }}
                    <nav>{{ with .Prev }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                    {{ with .Next }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
                    </article>{{ end }}
                    """);
            write(hugo.resolve("layouts/partials/stories.html"), """
                    <ol class="stories">
                    {{ range .Pages }}
                    <li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
                    <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2006-01-02 15:04" }}</time>
                    <p>{{ .Summary | plainify | truncate 160 }}</p></li>
                    {{ end }}
                    </ol>
                    <nav class="pagination">{{ if .HasPrev }}<a rel="prev" href="{{ .Prev.URL }}">&larr;</a>{{ end }}
                    <span>{{ .PageNumber }} / {{ .TotalPages }}</span>
                    {{ if .HasNext }}<a rel="next" href="{{ .Next.URL }}">&rarr;</a>{{ end }}</nav>
                    """);
            write(hugo.resolve("layouts/index.html"), """
                    {{ define "main" }}{{ partial "stories.html" (.Paginate .Site.RegularPages) }}{{ end }}
                    """);
            write(hugo.resolve("layouts/_default/list.html"), """
                    {{ define "main" }}<h1>{{ .Title }}</h1>
                    {{ partial "stories.html" .Paginator }}{{ end }}
                    """);
            write(hugo.resolve("layouts/_default/rss.xml"), """
                    {{- $pages := .Pages -}}
                    {{- if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end -}}
                    {{- $pages = first LIMIT $pages -}}
                    {{- printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
                    <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
                    <channel>
                    <title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ .Site.Title }}</title>
                    <link>{{ .Permalink }}</link>
                    <description>{{ .Site.Title }}</description>
                    {{ with .OutputFormats.Get "RSS" }}<atom:link href="{{ .Permalink }}" rel="self" type="application/rss+xml"/>{{ end }}
                    {{ range $pages }}<item>
                    <title>{{ .Title }}</title>
                    <link>{{ .Permalink }}</link>
                    <pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate>
                    <guid>{{ .Permalink }}</guid>
                    <description>{{ .Content | html }}</description>
                    </item>
                    {{ end }}</channel>
                    </rss>
                    """.replace("LIMIT", Integer.toString(FEED_LIMIT)));
        }

        private static void write(Path file, String text) throws IOException {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
