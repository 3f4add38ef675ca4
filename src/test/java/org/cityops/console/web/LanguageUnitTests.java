package org.cityops.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguageUnitTests {

	@Test
	void understandsLanguageCodesWithOrWithoutRegion() {
		assertThat(Language.of("en")).contains(Language.EN);
		assertThat(Language.of("EN-gb")).contains(Language.EN);
		assertThat(Language.of("zh")).contains(Language.ZH);
		assertThat(Language.of("zh_CN")).contains(Language.ZH);
	}

	@Test
	void rejectsLanguagesTheConsoleDoesNotSpeak() {
		assertThat(Language.of("fr")).isEmpty();
		assertThat(Language.of("")).isEmpty();
		assertThat(Language.of((String) null)).isEmpty();
	}

	@Test
	void fallsBackToChineseForAnyOtherLocale() {
		assertThat(Language.of(Locale.UK)).isEqualTo(Language.EN);
		assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.ZH);
		assertThat(Language.ZH.locale().toLanguageTag()).isEqualTo("zh-CN");
	}
}
