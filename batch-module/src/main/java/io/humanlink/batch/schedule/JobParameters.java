package io.humanlink.batch.schedule;

import io.humanlink.platform.DomainException;
import io.humanlink.platform.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The job parameters of our jobs, checked in one place for ops (API), the scheduler and the job artifacts.
 *
 * <p>Every execution is started with every parameter its job accepts filled in (defaults included), so an execution
 * records exactly what it ran with and a restart, which reuses those parameters, scores against the same run date even
 * when it happens the next day.
 */
public final class JobParameters {

    /** {@code yyyy-MM-dd}: the day the proposals are for; scoring uses that day at 00:00 UTC as its reference. */
    public static final String RUN_DATE = "runDate";
    /** Items per chunk (one transaction and one checkpoint), also the page size of the readers. */
    public static final String CHUNK_SIZE = "chunkSize";
    /**
     * How many user-id ranges the nightly job splits the seekers into; at most as many run at once as the server has
     * cores, so more ranges than cores even out the ends of the ranges (one slow range finishing alone).
     */
    public static final String PARTITIONS = "partitions";

    public static final int DEFAULT_CHUNK_SIZE = 200;
    public static final int MAX_CHUNK_SIZE = 1000;
    public static final int DEFAULT_PARTITIONS = 8;
    public static final int MAX_PARTITIONS = 16;

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private JobParameters() {
    }

    /**
     * The parameters of a new execution of {@code job}: the requested ones validated, the others at their defaults.
     *
     * @param requested parameter name to value (a {@link String} or an integral {@link Number}); may be empty
     * @param today     the default run date
     * @throws DomainException 400 listing every offending parameter as {@code parameters.<name>}
     */
    public static Properties forStart(BatchJob job, Map<String, ?> requested, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, ?> given = requested == null ? Map.of() : requested;
        for (String name : new TreeMap<>(given).keySet()) {
            if (!job.parameterNames().contains(name)) {
                errors.add(new FieldError(field(name), "is not a parameter of " + job.jobName() + "; accepted: "
                        + sortedNames(job)));
            }
        }
        Properties parameters = new Properties();
        if (job.parameterNames().contains(RUN_DATE)) {
            LocalDate runDate = given.containsKey(RUN_DATE) ? date(given.get(RUN_DATE), errors) : today;
            if (runDate != null) {
                parameters.setProperty(RUN_DATE, runDate.toString());
            }
        }
        if (job.parameterNames().contains(CHUNK_SIZE)) {
            putInt(parameters, CHUNK_SIZE, given, DEFAULT_CHUNK_SIZE, MAX_CHUNK_SIZE, errors);
        }
        if (job.parameterNames().contains(PARTITIONS)) {
            putInt(parameters, PARTITIONS, given, DEFAULT_PARTITIONS, MAX_PARTITIONS, errors);
        }
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
        return parameters;
    }

    /** The run date an artifact was given ({@code #{jobParameters['runDate']}}), or today in UTC when there is none. */
    public static LocalDate runDate(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock.withZone(ZoneOffset.UTC));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("job parameter runDate must be yyyy-MM-dd, was '" + value + "'", e);
        }
    }

    /** The instant every partition, and every restart, of a run scores against: the run date at 00:00 UTC. */
    public static Instant reference(LocalDate runDate) {
        return runDate.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** A positive whole-number artifact property, or {@code fallback} when it is empty (not given). */
    public static int positiveInt(String value, int fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
    }

    /** A long artifact property, or {@code fallback} when it is empty (not given). */
    public static long longValue(String value, long fallback, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
    }

    private static String sortedNames(BatchJob job) {
        return String.join(", ", job.parameterNames().stream().sorted().toList());
    }

    private static String field(String name) {
        return "parameters." + name;
    }

    private static LocalDate date(Object value, List<FieldError> errors) {
        if (value instanceof String text && ISO_DATE.matcher(text.strip()).matches()) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        errors.add(new FieldError(field(RUN_DATE), "must be a date as yyyy-MM-dd"));
        return null;
    }

    private static void putInt(Properties parameters, String name, Map<String, ?> given, int fallback, int max,
                               List<FieldError> errors) {
        if (!given.containsKey(name)) {
            parameters.setProperty(name, Integer.toString(fallback));
            return;
        }
        Long value = wholeNumber(given.get(name));
        if (value == null || value < 1 || value > max) {
            errors.add(new FieldError(field(name), "must be a whole number from 1 to " + max));
            return;
        }
        parameters.setProperty(name, Long.toString(value));
    }

    private static Long wholeNumber(Object value) {
        try {
            if (value instanceof String text) {
                return Long.parseLong(text.strip());
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.longValueExact();
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return ((Number) value).longValue();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
        return null;
    }
}
