package org.cityops.console.web;

import java.util.List;

/**
 * What the common layout shows around every page: the menu, who is logged in and the language
 * switch. Pages find it in their model as {@code console}.
 *
 * @param menu the menu entries this user sees ({@code empty} when nobody is logged in)
 * @param user who is logged in, {@code null} for anonymous visitors
 * @param languages one link per language, the current one marked
 */
record ConsoleFrame(List<Menu.Link> menu, User user, List<LanguageLink> languages) {

	/**
	 * The logged-in user.
	 *
	 * @param username the account name
	 * @param name the person's name, or the account name when no person is linked
	 * @param roleKeys message keys of the user's roles
	 */
	record User(String username, String name, List<String> roleKeys) {
	}

	/**
	 * A link that shows the same page in another language.
	 *
	 * @param code {@code zh} or {@code en}
	 * @param tag the language tag for {@code lang}/{@code hreflang}
	 * @param label the language's name in itself
	 * @param href this page with {@code ?lang=<code>}
	 * @param current whether the page is shown in this language now
	 */
	record LanguageLink(String code, String tag, String label, String href, boolean current) {
	}
}
