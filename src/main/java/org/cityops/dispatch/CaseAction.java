package org.cityops.dispatch;

import java.util.Locale;
import java.util.Optional;

/**
 * What someone does to a case; the names are the path segments of
 * {@code POST /api/cases/{id}/actions/{action}}.
 */
public enum CaseAction {

	ACCEPT("受理"),
	DISPATCH("派遣"),
	SIGN("签收"),
	CONTACT("联系"),
	ARRIVE("到场"),
	HANDLE("处置"),
	VERIFY("核查"),
	CLOSE("结案"),
	EVALUATE("评价"),
	RETURN("退回"),
	REASSIGN("改派"),
	ESCALATE("提级"),
	SUSPEND("挂账"),
	RESUME("恢复"),
	VOID("作废"),
	/** Recorded by the platform: the case was opened. */
	REPORT("上报"),
	/** Recorded by the platform: the case was linked to an open case about the same thing. */
	LINK_DUPLICATE("并案"),
	/** Recorded by the centre: a consultation decided how to handle an escalated case. */
	CONSULT("会商");

	private final String label;

	CaseAction(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The action named by a path segment such as {@code sign}, if any. */
	public static Optional<CaseAction> fromPath(String segment) {
		try {
			return Optional.of(valueOf(segment.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	public String path() {
		return name().toLowerCase(Locale.ROOT);
	}
}
