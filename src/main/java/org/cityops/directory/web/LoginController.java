package org.cityops.directory.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's login page; Spring Security handles the form post.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
