package io.humanlink.web.ws;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The app JVM's heap, read from outside with the JDK's own tools: {@code jcmd <pid> GC.run} (a full GC, so only live
 * objects remain), then {@code jstat -gc <pid>} (survivor, eden and old space used, in KB) and {@code GC.heap_info}
 * for the maximum.
 */
final class AppHeap {

    private final long pid;
    private final Path bin = Path.of(System.getProperty("java.home"), "bin");

    AppHeap(long pid) {
        this.pid = pid;
    }

    /** Bytes used after two full GCs. */
    long usedAfterFullGc() throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "GC.run");
        run("jcmd", Long.toString(pid), "GC.run");
        String[] lines = run("jstat", "-gc", Long.toString(pid)).strip().split("\n");
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        double kb = 0;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("S0U") || names[i].equals("S1U") || names[i].equals("EU") || names[i].equals("OU")) {
                kb += Double.parseDouble(values[i]);
            }
        }
        return (long) (kb * 1024);
    }

    /** -Xmx as the JVM resolved it. */
    long maxBytes() throws IOException, InterruptedException {
        String flags = run("jcmd", Long.toString(pid), "VM.flags");
        java.util.regex.Matcher max = java.util.regex.Pattern.compile("MaxHeapSize=(\\d+)").matcher(flags);
        return max.find() ? Long.parseLong(max.group(1)) : -1;
    }

    private String run(String tool, String... arguments) throws IOException, InterruptedException {
        String[] command = new String[arguments.length + 1];
        command[0] = bin.resolve(tool).toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
