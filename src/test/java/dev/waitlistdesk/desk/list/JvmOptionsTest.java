package dev.waitlistdesk.desk.list;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The app runs with one set of JVM options wherever it starts: the app-image's launcher
 * (jlink-config/app-image.args), {@code mvn javafx:run} (pom.xml) and the desks of PulseBenchmark, which
 * reads them from the launcher's file. A lever tried in one place and forgotten in another fails here.
 */
class JvmOptionsTest {

    @Test
    void mvnJavafxRunStartsTheAppWithTheAppImagesOptions() throws Exception {
        List<String> image = PulseBenchmark.appJvmOptions();
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher plugin = Pattern.compile("<artifactId>javafx-maven-plugin</artifactId>(.*?)</plugin>", Pattern.DOTALL)
                .matcher(pom);
        assertTrue(plugin.find(), "pom.xml configures the javafx-maven-plugin");
        List<String> run = Pattern.compile("<option>([^<]*)</option>").matcher(plugin.group(1)).results()
                .map(option -> option.group(1)).toList();

        assertFalse(image.isEmpty());
        assertTrue(run.containsAll(image), "javafx:run " + run + " lacks some of the app-image's " + image);
    }
}
