package io.github.masthead.content;

import java.util.List;

/**
 * One page of a paginated list, with the fields jekyll-paginate gives templates.
 *
 * @param page             this page's number, from 1
 * @param perPage          posts per page
 * @param posts            the posts on this page
 * @param totalPosts       posts in the whole list
 * @param totalPages       pages in the whole list
 * @param previousPage     the previous page's number, or {@code null}
 * @param previousPagePath the previous page's URL, or {@code null}
 * @param nextPage         the next page's number, or {@code null}
 * @param nextPagePath     the next page's URL, or {@code null}
 */
public record Paginator(int page, int perPage, List<Post> posts, int totalPosts, int totalPages,
                        Integer previousPage, String previousPagePath, Integer nextPage, String nextPagePath) {

    public Paginator {
        posts = List.copyOf(posts);
    }

    /**
     * Splits {@code posts} into pages of {@code perPage}.
     *
     * @param firstUrl     the URL of page 1, e.g. {@code /}
     * @param paginatePath the URL pattern of pages 2 and later, with {@code :num}
     */
    public static List<Paginator> paginate(List<Post> posts, int perPage, String firstUrl, String paginatePath) {
        return paginate(posts, perPage, n -> pageUrl(n, firstUrl, paginatePath));
    }

    /** Splits {@code posts} into pages of {@code perPage}, page {@code n} being at {@code urlOf.apply(n)}. */
    public static List<Paginator> paginate(List<Post> posts, int perPage, java.util.function.IntFunction<String> urlOf) {
        int total = Math.max(1, (posts.size() + perPage - 1) / perPage);
        java.util.ArrayList<Paginator> pages = new java.util.ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            List<Post> slice = posts.subList(Math.min((n - 1) * perPage, posts.size()),
                    Math.min(n * perPage, posts.size()));
            pages.add(new Paginator(n, perPage, slice, posts.size(), total,
                    n > 1 ? n - 1 : null, n > 1 ? urlOf.apply(n - 1) : null,
                    n < total ? n + 1 : null, n < total ? urlOf.apply(n + 1) : null));
        }
        return pages;
    }

    /** The URL of page {@code n}: {@code firstUrl} for 1, otherwise {@code paginatePath} with the number. */
    public static String pageUrl(int n, String firstUrl, String paginatePath) {
        if (n <= 1) {
            return firstUrl;
        }
        String path = paginatePath.replace(":num", Integer.toString(n));
        path = path.startsWith("/") ? path : "/" + path;
        return path.endsWith("/") || path.endsWith(".html") ? path : path + "/";
    }
}
