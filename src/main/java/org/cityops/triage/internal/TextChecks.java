package org.cityops.triage.internal;

import java.lang.Character.UnicodeScript;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a text can be classified at all. Texts without enough Chinese (empty, emoji,
 * digits, punctuation, other languages, pinyin, a greeting, one character repeated) go to human
 * triage with the reason; see {@code triage/corpus/edge-cases.tsv}.
 */
final class TextChecks {

	/** Only the start of a longer text is classified (latency); the reason says so. */
	static final int CLASSIFIED_CHARACTERS = 500;
	private static final int MIN_DISTINCT_HAN = 4;
	private static final List<String> GREETINGS = List.of("你好", "您好", "在吗", "在不在", "有人吗", "请问", "听得到吗",
			"听得见吗", "听到吗", "喂", "哈喽", "谢谢", "麻烦", "打扰", "嗯", "啊", "哦", "了", "呢", "吗");

	private TextChecks() {
	}

	/** Why the text cannot be classified, if it cannot. */
	static Optional<String> unusable(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of("the text is empty");
		}
		int han = 0;
		int kanaOrHangul = 0;
		int otherLetters = 0;
		int digits = 0;
		Set<Integer> distinctHan = new HashSet<>();
		for (int c : text.codePoints().toArray()) {
			UnicodeScript script = UnicodeScript.of(c);
			if (script == UnicodeScript.HAN) {
				han++;
				distinctHan.add(c);
			}
			else if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL) {
				kanaOrHangul++;
			}
			else if (Character.isDigit(c)) {
				digits++;
			}
			else if (Character.isLetter(c)) {
				otherLetters++;
			}
		}
		if (han == 0 && kanaOrHangul == 0 && otherLetters == 0) {
			return Optional.of(digits > 0 ? "the text has only digits" : "the text has no words (only emoji, symbols or punctuation)");
		}
		if (kanaOrHangul > 0 && kanaOrHangul * 2 >= han) {
			return Optional.of("the text is not in Chinese (Japanese kana or Korean hangul)");
		}
		if (han == 0) {
			return Optional.of("the text is not in Chinese (no Chinese characters; English, pinyin or another language)");
		}
		if (distinctHan.size() < MIN_DISTINCT_HAN) {
			return Optional.of("the text has only " + distinctHan.size() + " different Chinese characters; too little to classify");
		}
		String rest = text;
		for (String greeting : GREETINGS) {
			rest = rest.replace(greeting, "");
		}
		if (rest.codePoints().filter(c -> UnicodeScript.of(c) == UnicodeScript.HAN).count() < MIN_DISTINCT_HAN) {
			return Optional.of("the text is only a greeting; it says nothing about a matter");
		}
		return Optional.empty();
	}

	/** The part of the text the classifier reads. */
	static String classified(String text) {
		return text.length() <= CLASSIFIED_CHARACTERS ? text : text.substring(0, CLASSIFIED_CHARACTERS);
	}
}
