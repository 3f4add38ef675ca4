package org.cityops.console.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cityops.directory.DirectoryManagement;
import org.cityops.directory.Person;
import org.cityops.directory.Role;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Adds the {@link ConsoleFrame} to every full page that a controller of any module renders, so that
 * the layout's menu, user menu and language switch need nothing from the page's own controller.
 */
@Component
class ConsoleFrameInterceptor implements HandlerInterceptor {

	static final String MODEL_NAME = "console";

	private final DirectoryManagement directory;

	ConsoleFrameInterceptor(DirectoryManagement directory) {
		this.directory = directory;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !rendersFullPage(page)) {
			return;
		}
		String path = pagePath(request);
		ConsoleFrame.User user = user(request);
		List<Menu.Link> menu = user == null ? List.of() : Menu.linksFor(role -> request.isUserInRole(role.name()), path);
		page.addObject(MODEL_NAME, new ConsoleFrame(menu, user, languages(request, path)));
	}

	private static boolean rendersFullPage(ModelAndView page) {
		String view = page.getViewName();
		return page.getView() != null
				|| (view != null && !view.contains("::") && !view.startsWith("redirect:") && !view.startsWith("forward:"));
	}

	private ConsoleFrame.User user(HttpServletRequest request) {
		String username = request.getRemoteUser();
		if (username == null) {
			return null;
		}
		List<String> roles = Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name()))
				.map(role -> "role." + role.name()).toList();
		String name = directory.personByUsername(username).map(Person::name).orElse(username);
		return new ConsoleFrame.User(username, name, roles);
	}

	private static List<ConsoleFrame.LanguageLink> languages(HttpServletRequest request, String path) {
		Language current = Language.of(LocaleContextHolder.getLocale());
		String query = request.getDispatcherType() == DispatcherType.ERROR ? null : request.getQueryString();
		return Arrays.stream(Language.values())
				.map(language -> new ConsoleFrame.LanguageLink(language.code(), language.locale().toLanguageTag(),
						language.ownName(), UriComponentsBuilder.fromPath(path).query(query)
								.replaceQueryParam(ConsoleMvcConfiguration.PARAMETER, language.code()).build().toUriString(),
						language == current))
				.toList();
	}

	/** The path of the page inside the application; for an error page, the path that failed. */
	private static String pagePath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String failedUri ? failedUri : request.getRequestURI();
		return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
	}
}
