package vn.onestop.support.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request body as a mutable JSON tree, made from a valid request record, so a test states only
 * the one thing it breaks: {@code JsonBody.of(request).set("identityDocument.number", "")}.
 */
public final class JsonBody {

    private static final ObjectMapper MAPPER =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Map<String, Object> tree;

    private JsonBody(Map<String, Object> tree) {
        this.tree = tree;
    }

    @SuppressWarnings("unchecked")
    public static JsonBody of(Object request) {
        return new JsonBody(MAPPER.convertValue(request, LinkedHashMap.class));
    }

    /** Sets a value at a dotted path; null writes an explicit JSON null. */
    public JsonBody set(String path, Object value) {
        String[] parts = path.split("\\.");
        parent(parts).put(parts[parts.length - 1], value);
        return this;
    }

    public JsonBody remove(String path) {
        String[] parts = path.split("\\.");
        parent(parts).remove(parts[parts.length - 1]);
        return this;
    }

    public Map<String, Object> tree() {
        return tree;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parent(String[] parts) {
        Map<String, Object> node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
        }
        return node;
    }
}
