import io.github.masthead.BuildEvent;
import io.github.masthead.BuildReport;
import io.github.masthead.Site;
import io.github.masthead.SiteConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds one site with Masthead from a plain JVM, for the benchmarks: no Maven in the measured time. Like the
 * command line, it keeps its build cache in {@code SOURCE/.masthead-cache}.
 * Prints the build report's summary and how long each pipeline phase took (from the build events).
 *
 * <pre>java -cp "$MASTHEAD_CLASSPATH" bench/corpus/BuildSite.java SOURCE DESTINATION</pre>
 *
 * Exits 1 when the build reported errors or rendered no post.
 */
public final class BuildSite {

    private BuildSite() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: BuildSite SOURCE DESTINATION");
            System.exit(64);
        }
        long jvmStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStarted = System.currentTimeMillis();
        List<String> phases = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        AtomicInteger problems = new AtomicInteger();
        BuildReport report = Site.build(SiteConfig.builder(Path.of(args[0])).destination(Path.of(args[1]))
                        .cacheDirectory(Path.of(args[0]).resolve(".masthead-cache")).build(),
                event -> {
                    if (event.kind() == BuildEvent.Kind.PHASE_STARTED) {
                        synchronized (phases) {
                            phases.add(event.phase().name());
                            starts.add(System.nanoTime());
                        }
                    } else if (event.kind() == BuildEvent.Kind.PROBLEM && problems.getAndIncrement() < 5) {
                        System.err.println(event.message());
                    }
                });
        long ended = System.nanoTime();
        System.out.println(report.summary());
        StringBuilder line = new StringBuilder("phases:");
        for (int k = 0; k < phases.size(); k++) {
            long until = k + 1 < starts.size() ? starts.get(k + 1) : ended;
            line.append(' ').append(phases.get(k)).append('=').append((until - starts.get(k)) / 1_000_000).append("ms");
        }
        line.append(" (jvm start to main ").append(mainStarted - jvmStarted).append("ms)");
        System.out.println(line);
        System.exit(report.hasErrors() || report.postsRendered() == 0 ? 1 : 0);
    }
}
