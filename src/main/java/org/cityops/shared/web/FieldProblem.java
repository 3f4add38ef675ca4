package org.cityops.shared.web;

/**
 * One rejected input field and why.
 *
 * @param field the request field, parameter or path variable, as the client named it
 * @param message what is wrong, in words a user can act on
 */
public record FieldProblem(String field, String message) {
}
