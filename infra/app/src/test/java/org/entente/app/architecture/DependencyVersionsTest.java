package org.entente.app.architecture;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No milestone, release-candidate or pre-release library on the application's test classpath (which
 * contains the runtime one). The enforcer bans snapshots, but its version patterns cannot express
 * "a milestone": any version pattern that is not a range matches every version, which was tried.
 * The jar names carry the versions, so they are checked here.
 */
class DependencyVersionsTest {

    /** A version ending in a pre-release qualifier: 1.0.0-M2, 2.0-RC1, 3.0.0.CR1, 4.0.0-beta-5, 1.0-alpha. */
    private static final Pattern PRE_RELEASE = Pattern.compile(
            "-\\d[\\w.]*?[.-](M\\d+|RC\\d*|rc\\d*|CR\\d*|alpha[.-]?\\d*|beta[.-]?\\d*|Alpha\\d*|Beta\\d*|ea\\d*|preview\\d*)\\.jar$");

    @Test
    void no_library_is_a_milestone_or_a_release_candidate() {
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .map(entry -> new File(entry).getName())
                .toList();

        assertThat(jars).as("the classpath as seen by the test").hasSizeGreaterThan(50);
        assertThat(jars).filteredOn(jar -> PRE_RELEASE.matcher(jar).find()).isEmpty();
    }

    @Test
    void the_check_recognises_pre_release_names() {
        assertThat(List.of("spring-core-7.0.0-M3.jar", "axon-messaging-5.0.0-RC1.jar", "thing-1.0.0.CR2.jar",
                "maven-compiler-plugin-4.0.0-beta-5.jar", "lib-2.0-alpha1.jar"))
                .allMatch(jar -> PRE_RELEASE.matcher(jar).find());
        assertThat(List.of("axon-messaging-4.13.0.jar", "mongo-java-server-1.47.0.jar", "junit-jupiter-6.0.3.jar",
                "jakarta.annotation-api-2.1.1.jar", "HdrHistogram-2.2.2.jar"))
                .noneMatch(jar -> PRE_RELEASE.matcher(jar).find());
    }
}
