package org.entente.query.dashboard;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a timeline covers, both included. Left out, the window is the quarter of the day judged and the one
 * after it: the first day of that quarter when {@code from} is left out (the quarter before the one of {@code to},
 * when only {@code to} is given), and the last day of the quarter after the one of {@code from} when {@code to} is.
 * A window ends on or after its first day and spans at most {@value #MAX_YEARS} years.
 */
public record MilestoneWindow(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 10;

    /** The window asked for, with what was left out filled in; refused when it is not a window. */
    public static MilestoneWindow of(LocalDate from, LocalDate to, LocalDate judgedOn) {
        LocalDate start = from != null ? from : to != null ? quarterOf(to).minusMonths(3) : quarterOf(judgedOn);
        LocalDate end = to != null ? to : quarterOf(start).plusMonths(6).minusDays(1);
        problemWith(start, end).ifPresent(problem -> {
            throw new IllegalArgumentException("to " + problem);
        });
        return new MilestoneWindow(start, end);
    }

    /** What is wrong with the end of a window, if anything: it is before the start, or too far after it. */
    public static Optional<String> problemWith(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        if (to.isBefore(from)) {
            return Optional.of("must not be before from (" + from + ")");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            return Optional.of("must be at most " + MAX_YEARS + " years after from (" + from + ")");
        }
        return Optional.empty();
    }

    boolean holds(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate quarterOf(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}
