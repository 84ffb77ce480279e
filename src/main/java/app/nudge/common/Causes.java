package app.nudge.common;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks an exception and its causes, in one place. A cause chain can loop (an exception that is
 * its own cause, or A caused by B caused by A through initCause), so each is visited once.
 */
public final class Causes {

    private Causes() {
    }

    /** The first of {@code e} and its causes that is a {@code kind}. */
    public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> kind) {
        return first(e, kind::isInstance).map(kind::cast);
    }

    /** Whether {@code e} or one of its causes is a {@code kind}. */
    public static boolean has(Throwable e, Class<? extends Throwable> kind) {
        return anyMatch(e, kind::isInstance);
    }

    /** Whether {@code e} or one of its causes matches. */
    public static boolean anyMatch(Throwable e, Predicate<? super Throwable> test) {
        return first(e, test).isPresent();
    }

    /** The first of {@code e} and its causes that matches. */
    public static Optional<Throwable> first(Throwable e, Predicate<? super Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (test.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
