package vn.onestop.support.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Every string in every JSON body is refused, with the field's path, when it carries a control
 * character ({@link ControlCharacters}): one place for all request bodies of both services.
 */
@Singleton
public class PlainTextStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("plain-text-strings").addDeserializer(String.class, new Reader()));
    }

    static final class Reader extends StdScalarDeserializer<String> {

        Reader() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context)
                throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && ControlCharacters.contains(text)) {
                throw InvalidFormatException.from(
                        parser, "Control characters are not accepted", text, String.class);
            }
            return text;
        }
    }
}
