package kz.shanyraq.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import kz.shanyraq.app.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Two doors: the API ({@code /api/**}) takes HTTP Basic on every request and keeps no session; the web UI takes a
 * form login with a session and CSRF protection. Only the login page, static files, health and the API's
 * description are open without signing in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Only our own origin; no inline scripts (htmx's indicator styles are switched off in the page config). */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default; the prefix lets hashes move to a stronger scheme without a flag day. A match is
        // remembered for minutes: the API checks HTTP Basic on every request (see VerifiedPasswords).
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * The one password check of both doors: the throttle first, then the user's stored hash (see
     * {@link ThrottledSignIn}).
     */
    @Bean
    AuthenticationManager authenticationManager(AppUsers users, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, AuditTrail audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledSignIn(passwords, throttle, audit));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, Clock clock)
            throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.realmName("Shanyraq").authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof LoginThrottledException t) {
                        response.setHeader(HttpHeaders.RETRY_AFTER,
                                Long.toString(t.retryAfterSeconds(clock.instant())));
                        problem(request, response, 429, "Too many wrong passwords",
                                "Sign-in is locked for a while after repeated wrong passwords. Try again later "
                                        + "or ask an administrator to unlock the account.");
                        return;
                    }
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Shanyraq\"");
                    problem(request, response, 401, "Unauthorized",
                            "Sign in with HTTP Basic (user name and password).");
                }))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) ->
                        problem(request, response, 403, "Forbidden", "Your role may not do this.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless, credentials on every request and no cookies: no CSRF token to steal.
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll()
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LoginThrottledException ? "/login?throttled" : "/login?error"))))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                // The way to the sign-in page is a path, never an absolute URL built from the Host header.
                .exceptionHandling(e -> e.authenticationEntryPoint(signInPage()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    private static LoginUrlAuthenticationEntryPoint signInPage() {
        LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");
        page.setFavorRelativeUris(true);
        return page;
    }

    /** An RFC 9457 problem detail written by hand: these answers leave before Spring MVC sees the request. */
    private static void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                                String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
