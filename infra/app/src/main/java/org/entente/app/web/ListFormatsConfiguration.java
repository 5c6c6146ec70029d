package org.entente.app.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The formats answers are written in: JSON everywhere, and {@code text/csv} for the lists that declare
 * a {@link CsvTable}. YAML is not offered: a YAML writer found on the class path would write dates in
 * its own way, so a client asking for it gets 406 rather than a second, different contract.
 */
@Configuration(proxyBeanMethods = false)
class ListFormatsConfiguration implements WebMvcConfigurer {

    private final List<CsvTable<?>> tables;

    ListFormatsConfiguration(List<CsvTable<?>> tables) {
        this.tables = tables;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter.getSupportedMediaTypes().stream()
                .anyMatch(type -> type.getSubtype().endsWith("yaml")));
        converters.add(new CsvMessageConverter(tables));
    }
}
