package org.entente.app.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Request bodies are read strictly: a date must be an ISO-8601 string (not a number of days since
 * 1970), text must be a JSON string (not a number or boolean turned into one), and text must be valid
 * Unicode. Lenient reading would record something the client did not mean, and records are never edited.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictRequestReading() {
        return builder -> builder
                .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("well-formed-text").addDeserializer(String.class, new WellFormedText()));
    }

    /**
     * JSON can spell a lone UTF-16 surrogate ({@code "\ud800"}), which no UTF-8 document can hold: stored,
     * it would turn into a replacement character and no longer match what its hash was computed over.
     * Such text is refused where it enters, naming the field.
     */
    static final class WellFormedText extends StdScalarDeserializer<String> {

        WellFormedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !StandardCharsets.UTF_8.newEncoder().canEncode(text)) {
                throw InvalidFormatException.from(parser,
                        "is not valid Unicode text: it holds an unpaired UTF-16 surrogate", "(not shown)", String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
