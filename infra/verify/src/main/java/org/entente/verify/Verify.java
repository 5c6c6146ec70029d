package org.entente.verify;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar entente-verify.jar FILE [--head HASH]}: checks an export bundle with no server and no
 * database. Prints one line; exits 0 when the chain holds, 1 when it breaks (naming the first bad line),
 * 2 when the file cannot be read or the arguments are wrong.
 */
public final class Verify {

    static final int VERIFIED = 0;
    static final int BROKEN = 1;
    static final int UNREADABLE = 2;

    private Verify() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    public static int run(List<String> args, PrintStream out) {
        boolean wellFormed = args.size() == 1 || args.size() == 3 && args.get(1).equals("--head");
        if (!wellFormed) {
            out.println("usage: verify FILE [--head HASH]");
            return UNREADABLE;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(args.get(0)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("UNREADABLE: " + args.get(0) + ": " + unreadable(e));
            return UNREADABLE;
        }
        return verify(lines, args.size() == 3 ? args.get(2) : null, out);
    }

    private static int verify(List<String> lines, String head, PrintStream out) {
        List<StoredEvent> events = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                events.add(ExportLine.read(lines.get(i)));
                lineNumbers.add(i + 1);
            } catch (IOException e) {
                out.println("BROKEN at line " + (i + 1) + ": " + e.getMessage());
                return BROKEN;
            }
        }
        ChainVerifier.Verdict verdict = ChainVerifier.verify(events, head);
        if (verdict.verified()) {
            out.println("VERIFIED: " + verdict.events() + " events, head " + verdict.headHash());
            return VERIFIED;
        }
        int failed = verdict.failedAt().intValue();
        String where = failed < lineNumbers.size() ? "at line " + lineNumbers.get(failed) : "at end of file";
        out.println("BROKEN " + where + " (sequence " + failed + "): " + verdict.reason());
        return BROKEN;
    }

    private static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof MalformedInputException) {
            return "not UTF-8 text";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
