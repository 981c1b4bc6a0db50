package io.github.masthead.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * Turns a built site folder into a git tree, straight into the object database (no work tree, no checkout),
 * adding {@code .nojekyll} (GitHub Pages then serves the files as they are) and, when a domain is given, a
 * {@code CNAME}. Symbolic links are left out. Not thread-safe; one per deploy.
 */
final class SiteTree {

    static final String NOJEKYLL = ".nojekyll";
    static final String CNAME = "CNAME";

    private final Map<String, Path> files = new TreeMap<>();
    private final Map<String, byte[]> extra = new TreeMap<>();

    SiteTree(Path site, String cname) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(p -> !Files.isSymbolicLink(p)).toList()) {
                files.put(site.relativize(file).toString().replace('\\', '/'), file);
            }
        }
        if (!files.containsKey(NOJEKYLL)) {
            extra.put(NOJEKYLL, new byte[0]);
        }
        if (cname != null) {
            files.remove(CNAME);
            extra.put(CNAME, (cname.strip() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Every path of the tree, sorted. */
    List<String> paths() {
        TreeMap<String, Boolean> all = new TreeMap<>();
        files.keySet().forEach(p -> all.put(p, true));
        extra.keySet().forEach(p -> all.put(p, true));
        return List.copyOf(all.keySet());
    }

    /** Writes the blobs and the tree; returns the tree's id. */
    ObjectId write(ObjectInserter inserter) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            long size = Files.size(file.getValue());
            try (InputStream in = Files.newInputStream(file.getValue())) {
                builder.add(entry(file.getKey(), inserter.insert(Constants.OBJ_BLOB, size, in), size));
            }
        }
        for (Map.Entry<String, byte[]> file : extra.entrySet()) {
            builder.add(entry(file.getKey(), inserter.insert(Constants.OBJ_BLOB, file.getValue()),
                    file.getValue().length));
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    private static DirCacheEntry entry(String path, ObjectId blob, long size) {
        DirCacheEntry entry = new DirCacheEntry(path);
        entry.setFileMode(FileMode.REGULAR_FILE);
        entry.setObjectId(blob);
        entry.setLength(size);
        return entry;
    }
}
