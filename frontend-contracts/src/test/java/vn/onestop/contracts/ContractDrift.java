package vn.onestop.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The differences between two OpenAPI documents, as JSON pointers with what each side holds. Object
 * keys are compared regardless of order; arrays in order.
 */
final class ContractDrift {

    private static final int MAX = 20;

    private ContractDrift() {}

    static List<String> between(JsonNode committed, JsonNode generated) {
        List<String> differences = new ArrayList<>();
        compare("", committed, generated, differences);
        return differences;
    }

    private static void compare(String path, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() >= MAX) {
            return;
        }
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            out.add(path + ": committed " + brief(a) + ", generated " + brief(b));
            return;
        }
        if (a.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                compare(
                        path + "/" + key.replace("~", "~0").replace("/", "~1"),
                        a.get(key),
                        b.get(key),
                        out);
            }
        } else if (a.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": committed " + a.size() + " items, generated " + b.size());
                return;
            }
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            for (int i = 0; left.hasNext(); i++) {
                compare(path + "/" + i, left.next(), right.next(), out);
            }
        } else if (!a.equals(b)) {
            out.add(path + ": committed " + brief(a) + ", generated " + brief(b));
        }
    }

    private static String brief(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
