package org.cityops.console.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The console's languages: Chinese first, English on request ({@code ?lang=en}).
 */
enum Language {

	ZH("zh", Locale.SIMPLIFIED_CHINESE, "中文"),
	EN("en", Locale.ENGLISH, "English");

	private final String code;
	private final Locale locale;
	private final String ownName;

	Language(String code, Locale locale, String ownName) {
		this.code = code;
		this.locale = locale;
		this.ownName = ownName;
	}

	/** The language a value such as {@code en}, {@code en-GB}, {@code zh} or {@code zh_CN} asks for. */
	static Optional<Language> of(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String language = value.trim().split("[-_]", 2)[0];
		return Arrays.stream(values()).filter(candidate -> candidate.code.equalsIgnoreCase(language)).findFirst();
	}

	/** The supported language closest to a locale; Chinese for anything else. */
	static Language of(Locale locale) {
		return locale != null && EN.code.equals(locale.getLanguage()) ? EN : ZH;
	}

	String code() {
		return code;
	}

	Locale locale() {
		return locale;
	}

	/** The language's name in itself, as the switch shows it. */
	String ownName() {
		return ownName;
	}
}
