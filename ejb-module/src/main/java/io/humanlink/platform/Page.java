package io.humanlink.platform;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** One page of a list; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows ordered by id: the extra row only tells that
     * another page exists.
     */
    public static <E, T> Page<T> fromOverfetch(List<E> rows, PageRequest request, ToLongFunction<E> id,
                                               Function<E, T> view) {
        boolean more = rows.size() > request.limit();
        List<E> pageRows = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? PageRequest.cursorAfter(id.applyAsLong(pageRows.get(pageRows.size() - 1))) : null;
        return new Page<>(pageRows.stream().map(view).toList(), next);
    }
}
