package vn.onestop.support.rest;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every paged list: the items of one page and where that page sits. */
@Schema(description = "One page of a list")
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(example = "57") long totalItems,
        @Schema(example = "3") int totalPages) {

    public static <E, T> PageResponse<T> of(
            List<E> items, int page, int size, long totalItems, Function<E, T> mapper) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return new PageResponse<>(
                items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
