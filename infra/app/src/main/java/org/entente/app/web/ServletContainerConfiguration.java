package org.entente.app.web;

import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.AbstractProtocol;
import org.entente.app.EntenteProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Tomcat as the registry needs it: its own error answers are problem documents, a request's headers must
 * arrive within a deadline and are bounded in number.
 */
@Configuration(proxyBeanMethods = false)
class ServletContainerConfiguration {

    /** Last, so that the error valve Spring Boot puts on the host is there to be replaced. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> boundedProblemAnsweringTomcat(EntenteProperties properties) {
        EntenteProperties.Http http = properties.http();
        return factory -> {
            factory.setProtocol(HeaderDeadlineProtocol.class.getName());
            factory.addProtocolHandlerCustomizers(protocol -> {
                if (protocol instanceof HeaderDeadlineProtocol deadline) {
                    deadline.setHeaderReadTimeout(http.headerReadTimeout());
                }
                if (protocol instanceof AbstractProtocol<?> headers) {
                    headers.setMaxHeaderCount(http.maxHeaderCount());
                }
            });
            factory.addContextCustomizers(context -> answerErrorsWithProblems((Host) context.getParent()));
        };
    }

    private static void answerErrorsWithProblems(Host host) {
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
            }
        }
        // Named too, so that the host does not add Tomcat's own valve when it starts.
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
        pipeline.addValve(new ProblemReportValve());
    }
}
