package org.cityops.console;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Files for browser tests to upload: a real small photo, or any bytes under a name.
 */
public final class TestFiles {

	private TestFiles() {
	}

	/** A 64 × 48 PNG photo; answers its path. */
	public static String photo() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x2f6fa8));
		graphics.fillRect(0, 0, 64, 48);
		graphics.dispose();
		Path file = Files.createTempFile("cityops-photo", ".png");
		ImageIO.write(image, "png", file.toFile());
		return file.toString();
	}

	/** A file of that name with that content; answers its path. */
	public static String file(String name, byte[] content) throws IOException {
		Path file = Files.createTempDirectory("cityops-upload").resolve(name);
		Files.write(file, content);
		return file.toString();
	}
}
