package org.entente.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;
import java.util.List;

/**
 * Which role may call which route (function-level access), in one table. Reads of an arrangement's
 * records are set apart from reads of its views: viewers see the views, not the record. Everything else
 * under {@code /api} that is not a read is a write, and only registrars write. What a role may do to one
 * object is decided further on (ArrangementScope, the aggregates).
 */
final class AccessRules {

    /** An arrangement's record: its events, their proof, and the papers' content. */
    static final List<String> RECORDS = List.of(
            "/api/arrangements/*/history",
            "/api/arrangements/*/export",
            "/api/arrangements/*/integrity",
            "/api/arrangements/*/papers/*/content");

    /** Pages that show an arrangement's record: the auditor's view, with its history, integrity and export. */
    static final List<String> RECORD_PAGES = List.of("/arrangements/*/audit");

    /** Pages that make a write through the API, for registrars only; the API refuses a write of another party. */
    static final List<String> FORM_PAGES = List.of(
            "/arrangements/new",
            "/arrangements/*/commitments/new",
            "/arrangements/*/commitments/*/progress",
            "/arrangements/*/commitments/*/fulfil",
            "/arrangements/*/commitments/*/deadline",
            "/arrangements/*/contacts/new",
            "/arrangements/*/contacts/*/edit",
            "/arrangements/*/papers/new",
            "/arrangements/*/papers/*/acknowledge",
            "/arrangements/*/checks/*/answer");

    /** What a browser may fetch before signing in: the sign-in page and what pages are made of. */
    static final List<String> PUBLIC_PAGES = List.of("/login", "/error", "/favicon.ico", "/webjars/**", "/css/**", "/js/**");

    private static final RequestMatcher RECORDS_READ = reads(RECORDS.toArray(String[]::new));
    private static final RequestMatcher RECORD_PAGES_READ = reads(RECORD_PAGES.toArray(String[]::new));

    private AccessRules() {
    }

    static boolean isRecordsRead(HttpServletRequest request) {
        return RECORDS_READ.matches(request) || RECORD_PAGES_READ.matches(request);
    }

    /**
     * The web application's pages, by the same roles as the API they show: readers see the dashboard and the
     * arrangements, an auditor (or a party's registrar, as for the records) the audit view, registrars the forms,
     * administrators the operations page. Every other address needs a signed-in user, and answers 404.
     */
    static void applyToPages(HttpSecurity http) throws Exception {
        String registrar = Role.REGISTRAR.name();
        String auditor = Role.AUDITOR.name();
        String viewer = Role.VIEWER.name();
        String admin = Role.ADMIN.name();
        http.authorizeHttpRequests(pages -> pages
                .requestMatchers(PUBLIC_PAGES.toArray(String[]::new)).permitAll()
                .requestMatchers(reads("/operations")).hasRole(admin)
                .requestMatchers(reads(FORM_PAGES.toArray(String[]::new))).hasRole(registrar)
                .requestMatchers(RECORD_PAGES_READ).hasAnyRole(auditor, registrar)
                .requestMatchers(reads("/", "/dashboard/**", "/arrangements", "/arrangements/**")).hasAnyRole(viewer, auditor, registrar)
                .anyRequest().authenticated());
    }

    static void apply(HttpSecurity http) throws Exception {
        String registrar = Role.REGISTRAR.name();
        String auditor = Role.AUDITOR.name();
        String viewer = Role.VIEWER.name();
        String admin = Role.ADMIN.name();
        http.authorizeHttpRequests(routes -> routes
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers("/actuator/**").hasRole(admin)
                .requestMatchers("/api/admin/**").hasRole(admin)
                .requestMatchers("/api/me", "/api/me/**").authenticated()
                .requestMatchers(reads("/api/integrity")).hasRole(auditor)
                .requestMatchers(RECORDS_READ).hasAnyRole(auditor, registrar)
                // Every reader follows the changes; a registrar only those of its party's arrangements (ChangeFollower).
                .requestMatchers(reads("/api/stream")).hasAnyRole(viewer, auditor, registrar)
                .requestMatchers(reads("/api/**")).hasAnyRole(viewer, auditor, registrar)
                .requestMatchers("/api/**").hasRole(registrar)
                .anyRequest().denyAll());
    }

    private static RequestMatcher reads(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .flatMap(pattern -> java.util.stream.Stream.of(HttpMethod.GET, HttpMethod.HEAD)
                        .map(method -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(method, pattern)))
                .toList());
    }
}
