package io.humanlink.profile;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Sets of vocabulary codes as stored: sorted, comma-separated, lower case ("de,en"). */
public final class Codes {

    private Codes() {
    }

    public static String join(Collection<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }

    public static Set<String> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
