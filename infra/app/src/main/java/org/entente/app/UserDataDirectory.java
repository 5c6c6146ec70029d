package org.entente.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the embedded store keeps its data unless a data file is configured: {@code entente} in the user's data
 * directory, as the XDG Base Directory Specification names it ({@code $XDG_DATA_HOME}, else
 * {@code ~/.local/share}; {@code %LOCALAPPDATA%} on Windows). Not the working directory: started from the
 * repository's root, from a module's directory or from anywhere else, the registry finds the same data.
 */
final class UserDataDirectory {

    static final String DATA_FILE_NAME = "entente.mv";

    private UserDataDirectory() {
    }

    /** The default data file for the user running this process. */
    static Path defaultDataFile() {
        return defaultDataFile(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name", ""));
    }

    static Path defaultDataFile(Map<String, String> environment, String userHome, String osName) {
        return dataHome(environment, userHome, osName).resolve("entente").resolve(DATA_FILE_NAME);
    }

    private static Path dataHome(Map<String, String> environment, String userHome, String osName) {
        // The specification tells programs to ignore a relative XDG_DATA_HOME.
        Path xdg = absolute(environment.get("XDG_DATA_HOME"));
        if (xdg != null) {
            return xdg;
        }
        Path windows = osName.startsWith("Windows") ? absolute(environment.get("LOCALAPPDATA")) : null;
        if (windows != null) {
            return windows;
        }
        return Path.of(userHome, ".local", "share");
    }

    private static Path absolute(String directory) {
        if (directory == null || directory.isBlank()) {
            return null;
        }
        Path path = Path.of(directory);
        return path.isAbsolute() ? path : null;
    }
}
