package vn.onestop.workflow.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Working days of the Vietnamese civil service: Monday to Friday, less public holidays, plus
 * weekend days worked to make up a swapped day off. Holidays come from one data file per year
 * ({@code calendar/vn/YYYY.txt}), loaded when a date of that year is first asked about.
 */
public final class WorkingDayCalendar {

    private static final Logger LOG = Logger.getLogger(WorkingDayCalendar.class.getName());
    private static final String RESOURCES = "calendar/vn/";

    /** The exceptions to Monday–Friday within one year. */
    record Year(Set<LocalDate> holidays, Set<LocalDate> workdays, boolean provisional) {}

    private final Map<Integer, Year> years = new ConcurrentHashMap<>();
    private final YearSource source;

    /** Where a year's exceptions come from; tests may supply their own. */
    @FunctionalInterface
    public interface YearSource {
        /** The year's file, or null when none exists. */
        InputStream open(int year);
    }

    public WorkingDayCalendar(YearSource source) {
        this.source = source;
    }

    /** The calendar of the data files shipped with this module. */
    public static WorkingDayCalendar vietnam() {
        ClassLoader loader = WorkingDayCalendar.class.getClassLoader();
        return new WorkingDayCalendar(
                year -> loader.getResourceAsStream(RESOURCES + year + ".txt"));
    }

    public boolean isWorkingDay(LocalDate date) {
        Year year = year(date.getYear());
        if (year.workdays().contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return !weekend && !year.holidays().contains(date);
    }

    /**
     * The date on which a period of {@code days} working days that starts the day after {@code
     * start} ends: the start day itself is not counted, as in Vietnamese administrative practice.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Working days in the half-open interval (from, to]: 0 when {@code to} is not after it. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Year year(int year) {
        return years.computeIfAbsent(year, this::load);
    }

    private Year load(int year) {
        try (InputStream in = source.open(year)) {
            if (in == null) {
                LOG.warning(
                        () ->
                                "No holiday data for "
                                        + year
                                        + ": counting weekends only; add "
                                        + RESOURCES
                                        + year
                                        + ".txt");
                return new Year(Set.of(), Set.of(), true);
            }
            Year parsed = parse(year, in);
            if (parsed.provisional()) {
                LOG.warning(() -> "Holiday data for " + year + " is provisional (no lunar dates)");
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday data for " + year, e);
        }
    }

    private static Year parse(int year, InputStream in) throws IOException {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        boolean provisional = true;
        var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.strip();
            if (text.startsWith("# status:")) {
                provisional = !text.endsWith("announced");
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 3);
            LocalDate date = LocalDate.parse(parts[0]);
            if (date.getYear() != year) {
                throw new IllegalStateException(date + " is listed in the file of " + year);
            }
            switch (parts[1]) {
                case "HOLIDAY" -> holidays.add(date);
                case "WORKDAY" -> workdays.add(date);
                default -> throw new IllegalStateException("Unknown day kind: " + parts[1]);
            }
        }
        return new Year(Set.copyOf(holidays), Set.copyOf(workdays), provisional);
    }
}
