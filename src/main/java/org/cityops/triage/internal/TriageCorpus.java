package org.cityops.triage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The authored classifier corpus on the class path (see {@code triage/README.md}): UTF-8 TSV files,
 * one {@code category<TAB>text} per line; the edge cases have {@code kind<TAB>expect<TAB>text}.
 * Lines starting with {@code #} are comments.
 */
public final class TriageCorpus {

	public static final String TRAINING = "triage/corpus/train.tsv";
	/** A second authored batch of training texts (never held out), see the corpus README. */
	public static final String TRAINING_EXTRA = "triage/corpus/train-extra.tsv";
	/** A third authored batch (never held out): about forty more texts per class, see the corpus README. */
	public static final String TRAINING_MORE = "triage/corpus/train-more.tsv";
	public static final String HELD_OUT = "triage/corpus/heldout.tsv";
	public static final String EDGE_CASES = "triage/corpus/edge-cases.tsv";

	private TriageCorpus() {
	}

	/** A case text with its category code. */
	public record LabelledText(String category, String text) {
	}

	/** A bad-input text, what kind of bad it is, and what triage should do with it. */
	public record EdgeCase(String kind, Expectation expect, String text) {
	}

	/** HUMAN_TRIAGE: must go to the human queue with a reason; ANY: classified or queued, never an error. */
	public enum Expectation {
		HUMAN_TRIAGE, ANY
	}

	public static List<LabelledText> labelled(String resource) {
		return lines(resource).stream().map(columns -> {
			if (columns.length != 2 || columns[0].isBlank()) {
				throw new IllegalStateException(resource + ": not category<TAB>text: " + String.join("|", columns));
			}
			return new LabelledText(columns[0], columns[1]);
		}).toList();
	}

	/** Every training text: {@link #TRAINING}, {@link #TRAINING_EXTRA} and {@link #TRAINING_MORE}. */
	public static List<LabelledText> training() {
		List<LabelledText> all = new ArrayList<>(labelled(TRAINING));
		all.addAll(labelled(TRAINING_EXTRA));
		all.addAll(labelled(TRAINING_MORE));
		return all;
	}

	public static List<EdgeCase> edgeCases() {
		return lines(EDGE_CASES).stream()
				.map(columns -> new EdgeCase(columns[0], Expectation.valueOf(columns[1]),
						columns.length > 2 ? columns[2] : ""))
				.toList();
	}

	private static List<String[]> lines(String resource) {
		List<String[]> lines = new ArrayList<>();
		try (InputStream in = TriageCorpus.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("corpus file not on the class path: " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.startsWith("#") && !line.isEmpty()) {
					lines.add(line.split("\t", -1));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lines;
	}
}
