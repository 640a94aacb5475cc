package vn.onestop.support.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.onestop.support.json.ControlCharacters;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.Wording;

/**
 * Query and path parameters, once decoded, are refused with a 400 naming each one that carries a
 * control character ({@link ControlCharacters}): one place for every operation, before any of them
 * puts the text into a query.
 */
public class PlainTextParameters {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        List<ApplicationException.Invalid> invalid = new ArrayList<>();
        collect(uri.getPathParameters(), invalid);
        collect(uri.getQueryParameters(), invalid);
        if (!invalid.isEmpty()) {
            throw ApplicationException.invalid(invalid);
        }
    }

    private static void collect(
            MultivaluedMap<String, String> parameters, List<ApplicationException.Invalid> invalid) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (ControlCharacters.contains(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::contains)) {
                invalid.add(
                        new ApplicationException.Invalid(
                                printable(parameter.getKey()),
                                Wording.of("text.control-characters")));
            }
        }
    }

    /** A parameter's name as it can be shown back: its control characters as U+XXXX. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.chars()
                .forEach(
                        c -> {
                            if (ControlCharacters.isControl(c)) {
                                shown.append(String.format("U+%04X", c));
                            } else {
                                shown.append((char) c);
                            }
                        });
        return shown.toString();
    }
}
