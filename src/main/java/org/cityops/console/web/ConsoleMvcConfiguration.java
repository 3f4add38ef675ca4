package org.cityops.console.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's web setup. Language: Chinese unless the user chose English with {@code ?lang=en};
 * the choice is kept in a cookie for a year. The browser's Accept-Language is not consulted: the
 * platform is Chinese first, whatever language the browser was installed in. API clients without the
 * cookie keep Accept-Language (validation messages). Every full page gets the layout's
 * {@link ConsoleFrame}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleMvcConfiguration implements WebMvcConfigurer {

	static final String PARAMETER = "lang";
	static final String COOKIE = "cityops-lang";
	private static final String[] API_PATHS = { "/api/**", "/open311/**" };

	private final ConsoleFrameInterceptor frame;

	ConsoleMvcConfiguration(ConsoleFrameInterceptor frame) {
		this.frame = frame;
	}

	/** Named {@code localeResolver} so that the DispatcherServlet (and Spring Boot) use it. */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {

			@Override
			protected Locale parseLocaleValue(String value) {
				return Language.of(value).orElse(Language.ZH).locale();
			}
		};
		resolver.setDefaultLocaleFunction(request -> isApi(request) ? request.getLocale() : Language.ZH.locale());
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/open311/");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor() {

			@Override
			protected Locale parseLocaleValue(String value) {
				return Language.of(value).map(Language::locale)
						.orElseThrow(() -> new IllegalArgumentException("unsupported language " + value));
			}
		};
		languageSwitch.setParamName(PARAMETER);
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
		registry.addInterceptor(frame).excludePathPatterns(API_PATHS).excludePathPatterns("/webjars/**", "/css/**", "/js/**");
	}
}
