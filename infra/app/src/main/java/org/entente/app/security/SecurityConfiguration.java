package org.entente.app.security;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.entente.app.EntenteProperties;
import org.entente.app.mongo.QueryIndexes;
import org.entente.app.web.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.RequestCacheConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

/**
 * Who may sign in and how, and what each role may call. The API ({@code /api}, the actuator and the
 * published contract) signs in with HTTP Basic, an API token or the identity provider's token on every
 * request and keeps no session of its own; the web page signs in with a form and a session, and requests
 * the session signs in must carry its CSRF token. Object-level access is {@link ArrangementScope}'s.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityMetrics securityMetrics(MeterRegistry registry) {
        return new SecurityMetrics(registry);
    }

    @Bean
    UserAccounts userAccounts(MongoDatabase database) {
        return new MongoUserAccounts(database);
    }

    @Bean
    ApiTokens apiTokens(MongoDatabase database, QueryIndexes indexes) {
        return new MongoApiTokens(database, indexes);
    }

    @Bean
    SignInAttempts signInAttempts(EntenteProperties properties, Clock clock) {
        return new SignInAttempts(properties.security().signIn(), clock);
    }

    /**
     * The directory, made usable: a fresh embedded store gets its initial administrator, and a registry on
     * a real MongoDB that nobody could sign in to refuses to start rather than run open or locked. An
     * application started without a web server (a benchmark, a tool on the store) takes no sign-ins, so
     * it needs neither.
     */
    @Bean
    UserDirectory userDirectory(EntenteProperties properties, UserAccounts accounts, SignInAttempts attempts,
                                PasswordEncoder encoder, Clock clock, ApplicationContext context) {
        UserDirectory directory = new UserDirectory(properties.security(), accounts, attempts);
        boolean embedded = properties.mongodb().uri() == null || properties.mongodb().uri().isBlank();
        boolean identityProvider = properties.security().jwt().configured();
        boolean servesHttp = context instanceof WebApplicationContext;
        if (servesHttp && !directory.anyoneMaySignIn() && !identityProvider) {
            if (!embedded) {
                throw new IllegalStateException("Nobody could sign in: the MongoDB at entente.mongodb.uri holds no users, "
                        + "entente.security.users declares none and no identity provider is set (entente.security.jwt.*)");
            }
            InitialAdministrator.createIfNobodyCanSignIn(directory, accounts, encoder,
                    InitialAdministrator.passwordFile(properties), clock);
        }
        return directory;
    }

    @Bean
    PasswordSignIn passwordSignIn(UserDirectory directory, PasswordEncoder encoder, SignInAttempts attempts,
                                  SecurityMetrics metrics) {
        return new PasswordSignIn(directory, encoder, attempts, metrics);
    }

    @Bean
    ApiTokenSignIn apiTokenSignIn(ApiTokens tokens, UserDirectory directory, SecurityMetrics metrics,
                                  EntenteProperties properties, Clock clock) {
        return new ApiTokenSignIn(tokens, directory, metrics, properties.security().tokens(), clock);
    }

    @Bean
    LongReads longReads(EntenteProperties properties) {
        return new LongReads(properties.security().longReads());
    }

    @Bean
    SecurityProblems securityProblems(SecurityMetrics metrics, Clock clock) {
        return new SecurityProblems(metrics, clock);
    }

    @Bean
    ArrangementVisibility arrangementVisibility(EventStorageEngine events, SecurityMetrics metrics) {
        return new ArrangementVisibility(events, metrics);
    }

    @Bean
    WebMvcConfigurer arrangementScope(ArrangementVisibility visibility) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ArrangementScope(visibility)).addPathPatterns("/api/arrangements/**", "/arrangements/**");
            }
        };
    }

    /** Requests the firewall refuses (encoded slashes, path parameters, NUL…) get a problem document, not an error page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ProblemResponses.malformedRequest(response, "The request's path or headers "
                + "are not accepted (encoded separators, path parameters, control characters or traversal)");
    }

    // Only a web application has requests to filter (and Spring Security's HttpSecurity to build the chains with).
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, PasswordSignIn passwords, ApiTokenSignIn apiTokens, EntenteProperties properties,
                            Clock clock, SecurityMetrics metrics, SecurityProblems problems) throws Exception {
        AuthenticationManager bearer = bearerSignIn(apiTokens, properties, clock, metrics);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                "/swagger-ui.html", "/swagger-ui/**");
        AccessRules.apply(http);
        return http
                .authenticationManager(new ProviderManager(passwords))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .oauth2ResourceServer(tokens -> tokens
                        .authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::signedInBySession))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(RequestCacheConfigurer::disable)
                .addFilterAfter(new ClaimedIdentity(metrics), AuthorizationFilter.class)
                .build();
    }

    /**
     * The web application: its own sign-in page, a session, CSRF tokens on every write the session makes. Who is
     * not signed in is sent to the sign-in page, and back to the page asked for afterwards; a page the user's roles
     * do not allow is a readable page saying so, rendered by the container's error page.
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain webPage(HttpSecurity http, PasswordSignIn passwords) throws Exception {
        HttpSessionRequestCache afterSignIn = new HttpSessionRequestCache();
        // The page asked for is kept as it was: a marker parameter added to it would be refused as unknown.
        afterSignIn.setMatchingRequestParameterName(null);
        afterSignIn.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader(PAGE_FRAGMENT_HEADER) == null && !request.getRequestURI().startsWith("/.well-known/"));
        AccessRules.applyToPages(http);
        return http
                .authenticationManager(new ProviderManager(passwords))
                .formLogin(form -> form.loginPage("/login").successHandler(new SignInLanding(afterSignIn)).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .requestCache(cache -> cache.requestCache(afterSignIn))
                .exceptionHandling(errors -> errors.accessDeniedHandler(SecurityConfiguration::pageRefused))
                .build();
    }

    /** The header the pages' own script sends when it fetches a part of a page to refresh it. */
    static final String PAGE_FRAGMENT_HEADER = "X-Entente-Fragment";

    private static void pageRefused(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN, denied instanceof CsrfException
                ? "The form was sent without this page's security token, or the page is too old: reload it and try again"
                : "Your role does not allow this page");
    }

    /**
     * A write that carries no credentials of its own but comes with a session is signed in by the web page's
     * session, which a browser sends along with requests another site makes it send: it must prove, with
     * the CSRF token, that the page made it.
     */
    private static boolean signedInBySession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null
                && request.getSession(false) != null;
    }

    /** Our API tokens by their prefix, anything else as the identity provider's token if one is set. */
    private static AuthenticationManager bearerSignIn(ApiTokenSignIn apiTokens, EntenteProperties properties, Clock clock,
                                                      SecurityMetrics metrics) {
        IdentityProviderSignIn identityProvider = properties.security().jwt().configured()
                ? new IdentityProviderSignIn(properties.security().jwt(), clock, metrics) : null;
        return authentication -> {
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            if (ApiTokenSignIn.looksLikeOurs(token)) {
                return apiTokens.authenticate(authentication);
            }
            if (identityProvider != null) {
                return identityProvider.authenticate(authentication);
            }
            metrics.signInFailed("bearer", null, "no-identity-provider");
            throw new InvalidBearerTokenException("Not an API token of this registry, and no identity provider is set");
        };
    }
}
