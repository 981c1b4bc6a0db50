package io.github.masthead.clean.rules;

/**
 * When a rule runs. The cleaner runs every rule of {@link #EARLY}, then {@link #MAIN}, then {@link #TIDY},
 * then rewrites images and links and sanitizes, then runs {@link #FINAL}; within a stage, rules run in pack
 * order and, within a pack, in the order written.
 */
public enum Stage {
    /** Before anything else: comments, scripts, the lead block. */
    EARLY,
    /** The default: ads, promotions, footers, recommendations: what is removed. */
    MAIN,
    /** Once the cruft is gone: attributes and URLs rewritten, duplicated headlines. */
    TIDY,
    /** After sanitizing: empty blocks, stray line breaks, invisible characters. */
    FINAL
}
