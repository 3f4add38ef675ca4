package org.cityops.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.cityops.directory.StaffOnly;
import org.cityops.intake.internal.CitizenPhotos;
import org.cityops.shared.web.ImageUploads;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A citizen's photo: uploaded by anyone (rate-limited) before the report that refers to it, seen only
 * by staff.
 */
@RestController
class CitizenPhotoController {

	private final CitizenPhotos photos;

	CitizenPhotoController(CitizenPhotos photos) {
		this.photos = photos;
	}

	@PostMapping("/api/public/photos")
	ResponseEntity<Map<String, String>> upload(@RequestParam(required = false) MultipartFile photo,
			HttpServletRequest request) {
		if (photo == null || photo.isEmpty()) {
			throw new InvalidInputException(FieldProblem.coded("photo", "problem.image.required",
					"is required: a JPEG, PNG or WebP image of at most 5 MB"));
		}
		ImageUploads.tooLarge("photo", photo.getSize());
		try {
			String ref = photos.store(photo.getBytes(), request.getRemoteAddr());
			return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("ref", ref));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@StaffOnly
	@GetMapping(CitizenPhotos.PATH + "{id}")
	ResponseEntity<byte[]> show(@PathVariable UUID id) {
		CitizenPhotos.Photo photo = photos.find(id).orElseThrow(() -> new NotFoundException("id", "no photo " + id));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
				.cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
				.body(photo.content());
	}
}
