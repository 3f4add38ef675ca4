package org.cityops.directory.security;

import java.util.List;

import javax.sql.DataSource;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.cityops.shared.security.PublicEndpoints;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.jdbc.JdbcDaoImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. The API chain ({@code /api/**}, {@code /open311/**}) takes HTTP Basic or a bearer
 * token, never creates a session and needs no CSRF token; a browser already logged in to the console
 * may call it with its session cookie, and then unsafe methods need the console's CSRF token. The
 * console chain (everything else) uses form login at {@code /login} with CSRF protection. Endpoints
 * declared in {@link PublicEndpoints} beans are open in both; everything else needs a user, and
 * controllers check roles with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "An opaque token from POST /api/auth/tokens")
class SecurityConfiguration {

	private static final String[] API = { "/api/**", "/open311/**" };

	@Bean
	PublicEndpoints platformPublicEndpoints() {
		return PublicEndpoints.of("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
				"/login", "/error", "/webjars/**");
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints,
			ProblemResponses problems, ApiTokenIntrospector introspector) throws Exception {
		http.securityMatcher(API)
				.authorizeHttpRequests(requests -> permitPublic(requests, publicEndpoints).anyRequest().authenticated())
				.httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
				.oauth2ResourceServer(bearer -> bearer.opaqueToken(token -> token.introspector(introspector))
						.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
				.securityContext(context -> context.securityContextRepository(new ConsoleSessionReader()))
				.csrf(csrf -> csrf.requireCsrfProtectionMatcher(ConsoleSessionReader::needsCsrfToken))
				.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.requestCache(cache -> cache.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain consoleFilterChain(HttpSecurity http, List<PublicEndpoints> publicEndpoints) throws Exception {
		http.authorizeHttpRequests(requests -> permitPublic(requests, publicEndpoints)
				.requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
				.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").permitAll())
				.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

	private static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry permitPublic(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			List<PublicEndpoints> publicEndpoints) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		publicEndpoints.stream().flatMap(declared -> declared.endpoints().stream())
				.forEach(endpoint -> requests.requestMatchers(paths.matcher(endpoint.method(), endpoint.pattern()))
						.permitAll());
		return requests;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Accounts and their roles, read by Spring Security's JDBC user store. */
	@Bean
	UserDetailsService userDetailsService(DataSource dataSource) {
		JdbcDaoImpl users = new JdbcDaoImpl();
		users.setDataSource(dataSource);
		users.setUsersByUsernameQuery(
				"select username, password_hash, enabled from directory.account where username = ?");
		users.setAuthoritiesByUsernameQuery("""
				select a.username, 'ROLE_' || r.role from directory.account a
				join directory.person_role r on r.person_id = a.person_id where a.username = ?""");
		return users;
	}

	@Bean
	ProblemResponses problemResponses(JsonMapper json) {
		return new ProblemResponses(json);
	}

	@Bean
	ApiTokenIntrospector apiTokenIntrospector(ApiTokens tokens) {
		return new ApiTokenIntrospector(tokens);
	}
}
