package dev.storyline.testing.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A Java main class run in a JVM of its own, on the test JVM's class path, its standard output and error appended to
 * a log file. A child never outlives the test JVM: a shutdown hook kills every child still running, and a child whose
 * main calls {@link ExitWhenParentDies#watchStandardInput()} exits when the test JVM dies without running hooks.
 *
 * <pre>{@code
 * ChildJvm node = ChildJvm.start("node-0", OpenSearchNodeMain.class, List.of("-Xmx256m"), args, dir.resolve("node-0.log"));
 * node.kill9();
 * }</pre>
 */
public final class ChildJvm {

    private static final Set<ChildJvm> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Thread KILL_ALL = new Thread(() -> RUNNING.forEach(child -> child.process.destroyForcibly()),
            "kill-child-jvms");

    static {
        Runtime.getRuntime().addShutdownHook(KILL_ALL);
    }

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildJvm(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code mainClass} with {@code jvmOptions} and {@code arguments}; output goes to {@code logFile}
     * (appended, so a restarted child keeps the log of its earlier lives).
     */
    public static ChildJvm start(String name, Class<?> mainClass, List<String> jvmOptions, List<String> arguments,
            Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(arguments);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, "---- start " + name + ": " + String.join(" ", command.subList(0, 1))
                    + " " + String.join(" ", jvmOptions) + " " + mainClass.getName() + " "
                    + String.join(" ", arguments) + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            ChildJvm child = new ChildJvm(name, process, logFile);
            RUNNING.add(child);
            process.onExit().thenRun(() -> RUNNING.remove(child));
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start child JVM " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Kills the child at once with SIGKILL (kill -9: no shutdown hook runs) and waits until it is gone. */
    public void kill9() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** Sends SIGTERM and returns at once: the child's shutdown hooks run; {@link #stop} then waits for it. */
    public void requestStop() {
        process.destroy();
    }

    /**
     * Asks the child to stop (SIGTERM: its shutdown hooks run), and kills it when it has not stopped within
     * {@code grace}.
     */
    public void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill9();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " (pid " + pid() + ") still runs " + timeout + " after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to exit", e);
        }
    }

    /** The exit code, when the child has ended. */
    public OptionalLong exitCode() {
        return process.isAlive() ? OptionalLong.empty() : OptionalLong.of(process.exitValue());
    }

    /** The child's resident memory now (VmRSS of /proc/PID/status), when the process runs and Linux tells it. */
    public OptionalLong residentMemoryBytes() {
        return procStatusKilobytes("VmRSS:");
    }

    /** The most resident memory the child has had so far (VmHWM of /proc/PID/status). */
    public OptionalLong peakResidentMemoryBytes() {
        return procStatusKilobytes("VmHWM:");
    }

    private OptionalLong procStatusKilobytes(String field) {
        Path status = Path.of("/proc", Long.toString(pid()), "status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith(field)) {
                    String kilobytes = line.substring(field.length()).replace("kB", "").trim();
                    return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
                }
            }
            return OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The last {@code maxLines} lines of the child's log, headed by its name and log file, for failure reports. */
    public String logTail(int maxLines) {
        StringBuilder out = new StringBuilder("==== ").append(name).append(" (pid ").append(pid()).append(", ")
                .append(process.isAlive() ? "running" : "exited " + process.exitValue()).append(") log ")
                .append(logFile.toAbsolutePath()).append(", last lines:").append(System.lineSeparator());
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            int window = (int) Math.min(length, 64 * 1024);
            byte[] bytes = new byte[window];
            file.seek(length - window);
            file.readFully(bytes);
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            lines.subList(Math.max(0, lines.size() - maxLines), lines.size())
                    .forEach(line -> out.append(line).append(System.lineSeparator()));
        } catch (IOException e) {
            out.append("(log unreadable: ").append(e).append(')').append(System.lineSeparator());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
