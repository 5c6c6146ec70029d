package org.entente.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web application's pages, server-rendered with Thymeleaf; their browser libraries are WebJars and their
 * own style and script are static files, so nothing is built with Node. Every page, the error page included,
 * finds the signed-in user under {@value PageUser#ATTRIBUTE} for the header the pages share.
 */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration implements WebMvcConfigurer {

    static final String CURRENT_PATH = "currentPath";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                PageUser.current().ifPresent(user -> request.setAttribute(PageUser.ATTRIBUTE, user));
                // For the navigation to mark the page it is on; the error page's own path is not one of them.
                request.setAttribute(CURRENT_PATH, request.getRequestURI());
                return true;
            }
        }).excludePathPatterns("/api/**", "/actuator/**", "/v3/**", "/swagger-ui/**", "/webjars/**", "/css/**", "/js/**");
    }
}
