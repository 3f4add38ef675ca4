package org.cityops.dispatch;

/**
 * Who reported a case. Personal data: shown in full only to staff who handle the case.
 *
 * @param name the reporter's name, may be {@code null} (anonymous)
 * @param phone a phone number to call back, may be {@code null}
 * @param account the login of a reporter who reported while logged in, may be {@code null}
 */
public record Reporter(String name, String phone, String account) {

	public static final Reporter ANONYMOUS = new Reporter(null, null, null);

	/** Whether the reporter can be called back. */
	public boolean reachable() {
		return phone != null && !phone.isBlank();
	}
}
