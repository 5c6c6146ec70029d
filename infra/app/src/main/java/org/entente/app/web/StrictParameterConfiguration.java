package org.entente.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Only the query parameters an operation takes are accepted ({@link KnownQueryParameters}). Query
 * parameters, path variables, headers and form fields are read by the same rules as JSON bodies: dates and
 * instants in ISO-8601 form only, within the years the registry records, and text without control characters.
 * Registered after Spring's own formatters, these are the ones used, with or without {@code @DateTimeFormat}.
 * The same refusals reach a page as an HTML page naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class StrictParameterConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownQueryParameters());
    }

    /** Pages answer their errors, unknown parameters included, as pages; the API as before ({@link HtmlErrors}). */
    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, new HtmlErrors());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, (date, locale) -> date.toString(), (text, locale) -> IsoTime.date(text));
        registry.addFormatterForFieldType(Instant.class, (instant, locale) -> instant.toString(),
                (text, locale) -> IsoTime.instant(text));
        registry.addConverter(String.class, String.class, text -> {
            String problem = RegistryText.problemWith(text);
            if (problem != null) {
                throw new UnacceptableValue(problem);
            }
            return text;
        });
    }
}
