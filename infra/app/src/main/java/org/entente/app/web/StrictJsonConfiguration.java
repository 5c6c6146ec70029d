package org.entente.app.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Request bodies are read strictly, because a record is never edited: what the registry keeps must be what the
 * client meant, so anything it might not have meant is refused, naming the field, rather than guessed at.
 * <ul>
 * <li>a field given twice, or a field the request does not have, or anything after the JSON document;</li>
 * <li>a date or instant in any form but an ISO-8601 string (not days or seconds since 1970, not an array such as
 * {@code [2011,6,23]}, not with spaces around it, not {@code []} taken for null);</li>
 * <li>an enumeration value that is not exactly one of its names ({@code "IN_FORCE "}, {@code "in_force"}, or its
 * position as a number);</li>
 * <li>text given as a number or boolean, a boolean given as text or a number, an empty string or an empty array
 * taken for a missing object, date or value;</li>
 * <li>text that is not valid Unicode or holds control characters ({@link RegistryText}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictRequestReading() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfigDefaults(c -> c
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("strict-values")
                        .addDeserializer(String.class, new RegistryTextDeserializer())
                        .addDeserializer(LocalDate.class, new IsoDeserializer<>(LocalDate.class, IsoTime::date, IsoTime.DATE_FORM))
                        .addDeserializer(Instant.class, new IsoDeserializer<>(Instant.class, IsoTime::instant, IsoTime.INSTANT_FORM))
                        .setDeserializerModifier(new ValueDeserializerModifier() {
                            @Override
                            public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                                               BeanDescription.Supplier description,
                                                                               ValueDeserializer<?> deserializer) {
                                return new ExactEnumDeserializer(type.getRawClass());
                            }
                        }));
    }

    /**
     * A value the registry's own readers refused, with the message a client is shown; the problem document takes
     * it as it is, and the field from where Jackson met it.
     */
    static final class RefusedValue extends MismatchedInputException {

        RefusedValue(JsonParser parser, String message, Class<?> target) {
            super(parser, message, target);
        }
    }

    static final class RegistryTextDeserializer extends StdScalarDeserializer<String> {

        RegistryTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = RegistryText.problemWith(text);
            if (problem != null) {
                throw new RefusedValue(parser, problem, String.class);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    static final class IsoDeserializer<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;
        private final String form;

        IsoDeserializer(Class<T> type, Function<String, T> parse, String form) {
            super(type);
            this.parse = parse;
            this.form = form;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                throw new RefusedValue(parser, form, handledType());
            }
            try {
                return parse.apply(parser.getString());
            } catch (UnacceptableValue refused) {
                throw new RefusedValue(parser, refused.getMessage(), handledType());
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    static final class ExactEnumDeserializer extends StdScalarDeserializer<Object> {

        private final Map<String, Object> byName;
        private final String allowed;

        ExactEnumDeserializer(Class<?> type) {
            super(type);
            this.byName = Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(c -> ((Enum<?>) c).name(), c -> c));
            this.allowed = ExpectedValues.oneOf(type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            Object constant = parser.hasToken(JsonToken.VALUE_STRING) ? byName.get(parser.getString()) : null;
            if (constant == null) {
                throw new RefusedValue(parser, allowed, handledType());
            }
            return constant;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }
    }
}
