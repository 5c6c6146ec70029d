package org.entente.verify;


import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar entente-verify.jar FILE [--head HASH]}: checks an export bundle with no server and no
 * database. Prints one line; exits 0 when the chain holds, 1 when it breaks (naming the first bad line),
 * 2 when the file cannot be read.
 */
public final class Verify {

    private Verify() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    public static int run(List<String> args, PrintStream out) {
        if (args.isEmpty() || args.size() == 2 || args.size() > 3 || args.size() == 3 && !args.get(1).equals("--head")) {
            out.println("usage: verify FILE [--head HASH]");
            return 2;
        }
        String head = args.size() == 3 ? args.get(2) : null;
        List<StoredEvent> events = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(args.get(0)));
        } catch (IOException e) {
            out.println("UNREADABLE: " + args.get(0) + ": " + e.getMessage());
            return 2;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                events.add(ExportLine.read(lines.get(i)));
            } catch (IOException e) {
                out.println("BROKEN at line " + (i + 1) + ": not JSON");
                return 1;
            }
        }
        ChainVerifier.Verdict verdict;
        try {
            verdict = ChainVerifier.verify(events, head);
        } catch (RuntimeException e) {
            out.println("BROKEN: " + e.getMessage());
            return 1;
        }
        if (verdict.verified()) {
            out.println("VERIFIED: " + verdict.events() + " events, head " + verdict.headHash());
            return 0;
        }
        out.println("BROKEN at line " + Math.min(verdict.failedAt() + 1, Math.max(1, events.size()))
                + " (sequence " + verdict.failedAt() + "): " + verdict.reason());
        return 1;
    }
}
