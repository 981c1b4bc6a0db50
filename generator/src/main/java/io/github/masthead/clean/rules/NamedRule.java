package io.github.masthead.clean.rules;

/** The name and stage every rule has. */
abstract class NamedRule implements Rule {

    private final String name;
    private final Stage stage;

    NamedRule(String name, Stage stage) {
        this.name = name;
        this.stage = stage;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Stage stage() {
        return stage;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
