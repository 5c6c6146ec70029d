package org.entente.app.operations;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Each projection's lag and rebuild progress as gauges, from the same figures as the administration
 * endpoint. A scrape reads every gauge in turn; the figures are computed once for all of them and kept for
 * a moment, so a scrape costs one computation.
 */
final class ProjectionMetrics implements MeterBinder {

    private static final String ALL = "all";

    private final Projections projections;
    private final LoadingCache<String, Map<String, Projections.Status>> figures;

    ProjectionMetrics(Projections projections, Duration keptFor) {
        this.projections = projections;
        this.figures = Caffeine.newBuilder().expireAfterWrite(keptFor)
                .build(key -> projections.all().stream().collect(Collectors.toMap(Projections.Status::name, Function.identity())));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : projections.names()) {
            gauge(registry, "entente.projection.lag.events", "Events stored that the projection has not folded yet", name,
                    s -> s.lag() == null ? Double.NaN : s.lag());
            gauge(registry, "entente.projection.lag.seconds",
                    "Time between the newest stored event and the last event the projection handled", name,
                    s -> s.lagSeconds() == null ? Double.NaN : s.lagSeconds());
            gauge(registry, "entente.projection.rebuild.processed.events", "Events a running rebuild has folded (0 when none runs)", name,
                    s -> s.rebuild() == null ? 0 : s.rebuild().processed());
            gauge(registry, "entente.projection.rebuild.total.events", "Events a running rebuild has to fold (0 when none runs)", name,
                    s -> s.rebuild() == null ? 0 : s.rebuild().total());
            Gauge.builder("entente.projection.last.handled.age.seconds", projections,
                            p -> p.secondsSinceLastHandled(name).orElse(Double.NaN))
                    .description("Time since the projection last handled an event in this process")
                    .tag("projection", name).register(registry);
        }
    }

    private void gauge(MeterRegistry registry, String metric, String description, String name,
                       ToDoubleFunction<Projections.Status> value) {
        Gauge.builder(metric, figures, f -> {
                    Projections.Status status = f.get(ALL).get(name);
                    return status == null ? Double.NaN : value.applyAsDouble(status);
                })
                .description(description).tag("projection", name).register(registry);
    }
}
