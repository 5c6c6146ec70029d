package org.entente.app.security;

import org.entente.app.EntenteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes a fresh embedded registry usable without a built-in password: on the first start of an empty
 * store, with no user declared and no identity provider, an administrator {@value #NAME} is created with
 * a random password. The password is written once to a file only its owner can read, and the log names
 * the file, never the password. The administrator then creates the real users and should change or
 * disable this account.
 */
final class InitialAdministrator {

    static final String NAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private InitialAdministrator() {
    }

    static void createIfNobodyCanSignIn(UserDirectory directory, UserAccounts accounts, PasswordEncoder encoder,
                                        Path passwordFile, Clock clock) {
        if (directory.anyoneMaySignIn()) {
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        writeOwnerOnly(passwordFile, password);
        UserAccount admin = new UserAccount(NAME, encoder.encode(password), null, Set.of(Role.ADMIN), true, clock.instant());
        if (!accounts.create(admin)) {
            return;
        }
        log.warn("Created the initial administrator '{}'; its password is in {} (readable by its owner only). "
                + "Sign in, create the registry's users, then remove the file.", NAME, passwordFile.toAbsolutePath());
    }

    private static void writeOwnerOnly(Path file, String password) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.deleteIfExists(file);
            if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Cannot create " + file + ": it appeared while being written", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial administrator's password to " + file, e);
        }
    }

    /** Where the password goes: as configured, else beside the embedded data file. */
    static Path passwordFile(EntenteProperties properties) {
        Path configured = properties.security().initialAdminPasswordFile();
        if (configured != null) {
            return configured;
        }
        Path dataFile = properties.mongodb().embedded().dataFile().toAbsolutePath();
        return dataFile.resolveSibling("initial-admin-password");
    }
}
