package org.newsgraph.link.wikidata;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which items an import keeps. An item passes when it has an English label (if {@code englishLabel}), is a direct
 * instance (P31) of at least one of {@code classes} (any class when empty), and holds a truthy value for every one of
 * {@code requiredProperties}. Subclasses are not followed: a dump has no P279 closure at hand, so list the classes
 * you want ({@code Q515} city, {@code Q1549591} big city, …).
 *
 * <pre>{@code ItemFilter politicians = ItemFilter.instanceOf("Q5").holding("P39");}</pre>
 */
public record ItemFilter(Set<String> classes, Set<String> requiredProperties, boolean englishLabel)
        implements Predicate<WikidataItem> {

    /** Every item with an English label. */
    public static final ItemFilter ANY = new ItemFilter(Set.of(), Set.of(), true);

    public ItemFilter {
        classes = Set.copyOf(classes);
        requiredProperties = Set.copyOf(requiredProperties);
        for (String c : classes) {
            if (!WD.isItemId(c)) throw new IllegalArgumentException("class filter: not a Wikidata item id: " + c);
        }
        for (String p : requiredProperties) {
            if (!WD.isPropertyId(p)) throw new IllegalArgumentException("property filter: not a property id: " + p);
        }
    }

    /** Items that are a direct instance of any of the given classes and have an English label. */
    public static ItemFilter instanceOf(String... classes) {
        return new ItemFilter(Set.of(classes), Set.of(), true);
    }

    /** This filter, also requiring a truthy value for each of the given properties. */
    public ItemFilter holding(String... properties) {
        Set<String> all = new java.util.HashSet<>(requiredProperties);
        all.addAll(Arrays.asList(properties));
        return new ItemFilter(classes, all, englishLabel);
    }

    @Override
    public boolean test(WikidataItem item) {
        if (englishLabel && item.label() == null) return false;
        if (!classes.isEmpty() && item.values(WD.P31).stream().noneMatch(classes::contains)) return false;
        return item.properties().containsAll(requiredProperties);
    }
}
