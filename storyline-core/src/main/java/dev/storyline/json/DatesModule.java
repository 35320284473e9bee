package dev.storyline.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.storyline.model.PartialDate;
import dev.storyline.model.Timestamp;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The JSON forms of the model's dates, in one place: each is its ISO 8601 string, as the native JSON has always
 * printed it.
 *
 * <pre>
 * PartialDate   "2019-05-21", or "--02-26" when the year is unknown (XML Schema gMonthDay)
 * Timestamp     "2019-05-21", "1987-02-26T15:01:01.790", "2019-05-21T10:00:00+09:00", "2019-05-21T01:00:00Z"
 * LocalDate     "2019-05-21"
 * </pre>
 *
 * Reading is lenient in one way only: a date string that is not ISO 8601 reads as absent rather than failing the
 * whole record. Earlier versions stored a web page's publication date as the page printed it ({@code "Oct 12,
 * 2025"}); those articles still read from an old index, without that value. A value of the wrong JSON type (a
 * number, an object) is an error.
 */
final class DatesModule extends SimpleModule {

    DatesModule() {
        super("storyline-dates");
        addSerializer(PartialDate.class, new IsoWriter<>());
        addSerializer(Timestamp.class, new IsoWriter<>());
        addSerializer(LocalDate.class, new IsoWriter<>());
        addDeserializer(PartialDate.class, new IsoReader<>(PartialDate.class, PartialDate::parse));
        addDeserializer(Timestamp.class, new IsoReader<>(Timestamp.class, Timestamp::parse));
        addDeserializer(LocalDate.class, new IsoReader<>(LocalDate.class, LocalDate::parse));
    }

    /** Writes a value as its {@code toString()}, which is its ISO 8601 form. */
    private static final class IsoWriter<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    /** Reads a value from its ISO 8601 string; a string in another form reads as {@code null}. */
    private static final class IsoReader<T> extends JsonDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parse;

        IsoReader(Class<T> type, Function<String, T> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            if (text.isBlank()) {
                return null;
            }
            try {
                return parse.apply(text);
            } catch (DateTimeException notIso) {
                return null; // an old index's page date as printed ("Oct 12, 2025"): see the class comment
            }
        }
    }
}
